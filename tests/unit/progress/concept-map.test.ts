import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	GEOMETRY,
	conceptMapLayout,
	mapStatus,
	mapStatuses,
	prerequisiteDepths,
	roundedPath,
	wrapLabel,
	type MapLesson
} from '../../../src/lib/progress/concept-map';
import { loadLibrary } from '../../../src/lib/server/library';

const lesson = (id: string, concept: number, prerequisites: string[] = []): MapLesson => ({
	id,
	concept,
	prerequisites
});

// a → b → d, a → c → d, and e → d skipping a column; f alone in concept 3.
const small = [
	lesson('d', 2, ['b', 'c', 'e']),
	lesson('a', 1),
	lesson('b', 1, ['a']),
	lesson('c', 2, ['a']),
	lesson('e', 2, ['b']),
	lesson('f', 3)
];

const library = loadLibrary({ root: resolve('lessons') }).lessons;

/** Whether a box and a segment between two points overlap (segments are horizontal or vertical). */
function crosses(box: { x: number; y: number }, [x1, y1]: number[], [x2, y2]: number[]): boolean {
	const [left, right, top, bottom] = [box.x, box.x + GEOMETRY.nodeWidth, box.y, box.y + GEOMETRY.nodeHeight];
	return Math.max(x1, x2) > left && Math.min(x1, x2) < right && Math.max(y1, y2) > top && Math.min(y1, y2) < bottom;
}

/** The points a path passes through (its M, L and Q end points). */
function pathPoints(d: string): number[][] {
	return [...d.matchAll(/([MLQ])([^MLQ]+)/g)].map((m) => {
		const n = m[2].trim().split(/\s+/).map(Number);
		return n.slice(-2);
	});
}

describe('prerequisiteDepths', () => {
	it('is the longest chain of prerequisites before a lesson', () => {
		const depths = prerequisiteDepths(small);
		expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 1, e: 2, d: 3, f: 0 });
	});

	it('ignores prerequisites that are not on the map', () => {
		expect(prerequisiteDepths([lesson('x', 1, ['gone'])]).get('x')).toBe(0);
	});

	it('throws on a circle instead of looping (the build refuses them before this)', () => {
		expect(() => prerequisiteDepths([lesson('x', 1, ['y']), lesson('y', 1, ['x'])])).toThrow(/circle/);
	});
});

describe('conceptMapLayout', () => {
	it('has a band per concept, 1 to 13, even an empty one, top to bottom', () => {
		const layout = conceptMapLayout(small);
		expect(layout.rows.map((r) => r.concept)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
		expect(layout.rows[3].lessons).toEqual([]);
		for (let i = 1; i < layout.rows.length; i++) {
			expect(layout.rows[i].y).toBe(layout.rows[i - 1].y + layout.rows[i - 1].height);
		}
		expect(layout.height).toBeGreaterThan(layout.rows[12].y + layout.rows[12].height - 1);
	});

	it('puts each lesson in its concept band and the column of its depth, prerequisites first', () => {
		const layout = conceptMapLayout(small);
		expect(layout.columns).toBe(4);
		const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
		expect(node('d')).toMatchObject({ concept: 2, depth: 3 });
		expect(node('a').x).toBeLessThan(node('b').x);
		expect(node('b').x).toBe(node('c').x);
		const band = layout.rows[1];
		for (const id of ['c', 'd', 'e']) {
			expect(node(id).y).toBeGreaterThanOrEqual(band.y);
			expect(node(id).y + GEOMETRY.nodeHeight).toBeLessThanOrEqual(band.y + band.height);
		}
		expect(band.lessons).toEqual(['c', 'e', 'd']);
		expect(layout.width).toBe(node('d').x + GEOMETRY.nodeWidth + GEOMETRY.margin);
	});

	it('stacks lessons of one concept and depth in lanes, the band growing to fit', () => {
		const layout = conceptMapLayout([lesson('p', 1), lesson('q', 1), lesson('r', 1), lesson('s', 2)]);
		const ys = layout.nodes.filter((n) => n.concept === 1).map((n) => n.y);
		expect(new Set(ys).size).toBe(3);
		expect(layout.rows[0].height).toBeGreaterThan(2 * layout.rows[1].height);
	});

	it('gives every lesson of the real library a place of its own, inside the map', () => {
		const layout = conceptMapLayout(library);
		expect(layout.nodes).toHaveLength(library.length);
		const places = new Set(layout.nodes.map((n) => `${n.x},${n.y}`));
		expect(places.size).toBe(library.length);
		for (const n of layout.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.x + GEOMETRY.nodeWidth).toBeLessThanOrEqual(layout.width);
			expect(n.y + GEOMETRY.nodeHeight).toBeLessThanOrEqual(layout.height);
		}
		for (const a of layout.nodes) {
			for (const b of layout.nodes) {
				if (a !== b) expect(crosses(a, [b.x, b.y], [b.x + GEOMETRY.nodeWidth, b.y + GEOMETRY.nodeHeight])).toBe(false);
			}
		}
	});

	it('draws an arrow for every prerequisite, never through another lesson', () => {
		for (const lessons of [small, library]) {
			const layout = conceptMapLayout(lessons);
			const expected = lessons.flatMap((l) => l.prerequisites.map((p) => `${p}→${l.id}`)).sort();
			expect(layout.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(expected);
			for (const edge of layout.edges) {
				const from = layout.nodes.find((n) => n.id === edge.from)!;
				const to = layout.nodes.find((n) => n.id === edge.to)!;
				const points = pathPoints(edge.path);
				expect(points[0]).toEqual([from.x + GEOMETRY.nodeWidth, from.y + GEOMETRY.nodeHeight / 2]);
				expect(points.at(-1)).toEqual([to.x, to.y + GEOMETRY.nodeHeight / 2]);
				for (let i = 1; i < points.length; i++) {
					for (const n of layout.nodes) {
						expect(crosses(n, points[i - 1], points[i]), `${edge.from}→${edge.to} through ${n.id}`).toBe(false);
					}
				}
			}
		}
	});
});

describe('roundedPath', () => {
	it('rounds each bend and drops points in the middle of a straight run', () => {
		expect(
			roundedPath(
				[
					[0, 0],
					[10, 0],
					[10, 0],
					[20, 0],
					[20, 40]
				],
				4
			)
		).toBe('M0 0L16 0Q20 0 20 4L20 40');
		expect(
			roundedPath(
				[
					[0, 5],
					[30, 5]
				],
				4
			)
		).toBe('M0 5L30 5');
	});
});

describe('wrapLabel', () => {
	it('breaks Latin text at spaces and Chinese anywhere, within the width', () => {
		expect(wrapLabel('Why is the sky blue', 60, 10, 3)).toEqual(['Why is the', 'sky blue']);
		expect(wrapLabel('水里的筷子为什么折断了', 50, 10, 3)).toEqual(['水里的筷子', '为什么折断', '了']);
	});
	it('never starts a line with closing punctuation', () => {
		expect(wrapLabel('一二三四五？六七', 50, 10, 3)).toEqual(['一二三四', '五？六七']);
		expect(wrapLabel('一二三“四五”六七', 50, 10, 3)).toEqual(['一二三“四', '五”六七']);
	});
	it('ends the last line with an ellipsis when the title is longer', () => {
		const lines = wrapLabel('一二三四五六七八九十', 40, 10, 2);
		expect(lines).toEqual(['一二三四', '五六七…']);
	});
	it('cuts a word wider than a line', () => {
		expect(wrapLabel('abcdefghij', 30, 10, 3)).toEqual(['abcde', 'fghij']);
	});
});

describe('mapStatus', () => {
	const row = (lessonId: string, best?: { score: number; mastered: boolean }) => ({
		lessonId,
		step: 2,
		best,
		updatedAt: 1
	});
	const due = new Set(['light-refraction']);

	it('says not started, started (in progress or completed) or mastered', () => {
		expect(mapStatus(undefined, due)).toBe('not-started');
		expect(mapStatus(row('inertia'), due)).toBe('started');
		expect(mapStatus(row('inertia', { score: 0.5, mastered: false }), due)).toBe('started');
		expect(mapStatus(row('inertia', { score: 1, mastered: true }), due)).toBe('mastered');
	});

	it('says due for any started lesson with a review card due', () => {
		expect(mapStatus(row('light-refraction', { score: 1, mastered: true }), due)).toBe('due');
		expect(mapStatus(row('light-refraction'), due)).toBe('due');
	});

	it('maps every opened lesson', () => {
		const statuses = mapStatuses([row('inertia'), row('light-refraction')], due);
		expect(Object.fromEntries(statuses)).toEqual({ inertia: 'started', 'light-refraction': 'due' });
	});
});
