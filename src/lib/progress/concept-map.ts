/*
 * The concept map's geometry: one band per core concept (1–13, top to bottom), each lesson in the
 * column of its prerequisite depth (the longest chain of prerequisites before it), lessons of one
 * concept and depth stacked in lanes. Arrows run from a prerequisite to the lesson that needs it
 * along the free space between columns and between lanes, so they never cross a lesson's box.
 * Also the learner's status per lesson as the map shows it. Pure: no DOM, no Svelte, no database.
 */
import type { Language } from '../content/types';
import { lessonStatus, type ProgressRow } from './summary';

export const CONCEPT_COUNT = 13;

/** The parts of a lesson summary the map needs. */
export interface MapLesson {
	id: string;
	concept: number;
	prerequisites: string[];
}

/** A lesson as the map page gets it: its place, and its title in each language. */
export interface TitledMapLesson extends MapLesson {
	text: Record<Language, { title: string }>;
}

/** Sizes in SVG units (CSS pixels when drawn at 1:1). */
export const GEOMETRY = {
	nodeWidth: 176,
	nodeHeight: 58,
	/** Between two columns: the arrows' vertical runs. */
	columnGap: 56,
	/** Between two lanes: the arrows' horizontal runs. */
	laneGap: 16,
	/** Above a concept's first lane: its name, then a lane gap's room for arrows below the name. */
	header: 38,
	/** Below a concept's last lane. */
	rowGap: 6,
	margin: 8,
	/** Corner radius of the arrows' bends. */
	bend: 8
} as const;

export interface MapNode {
	id: string;
	concept: number;
	depth: number;
	lane: number;
	/** Top-left corner of the lesson's box. */
	x: number;
	y: number;
}

export interface MapRow {
	concept: number;
	/** Top of the band and its height. */
	y: number;
	height: number;
	/** Lesson ids in reading order: by depth, then lane (prerequisites come first). */
	lessons: string[];
}

export interface MapEdge {
	from: string;
	to: string;
	/** SVG path data, from the right side of `from` to the left side of `to`. */
	path: string;
}

export interface ConceptMapLayout {
	width: number;
	height: number;
	columns: number;
	rows: MapRow[];
	nodes: MapNode[];
	edges: MapEdge[];
}

/**
 * Each lesson's depth: 0 without prerequisites, else one more than its deepest prerequisite.
 * Prerequisites that are not among `lessons` are left out. The build refuses prerequisites that go
 * round in a circle; should one reach this function anyway it throws instead of looping.
 */
export function prerequisiteDepths(lessons: readonly MapLesson[]): Map<string, number> {
	const byId = new Map(lessons.map((l) => [l.id, l]));
	const depths = new Map<string, number>();
	const visiting = new Set<string>();
	const depthOf = (id: string): number => {
		const known = depths.get(id);
		if (known !== undefined) return known;
		if (visiting.has(id)) throw new Error(`prerequisites go round in a circle through "${id}"`);
		visiting.add(id);
		const before = byId.get(id)!.prerequisites.filter((p) => byId.has(p));
		const depth = before.length === 0 ? 0 : 1 + Math.max(...before.map(depthOf));
		visiting.delete(id);
		depths.set(id, depth);
		return depth;
	};
	for (const l of lessons) depthOf(l.id);
	return depths;
}

/** Where every lesson's box goes, and the arrows between them. */
export function conceptMapLayout(lessons: readonly MapLesson[], conceptCount = CONCEPT_COUNT): ConceptMapLayout {
	const g = GEOMETRY;
	const depths = prerequisiteDepths(lessons);
	const columns = Math.max(1, ...[...depths.values()].map((d) => d + 1));
	const columnX = (depth: number) => g.margin + depth * (g.nodeWidth + g.columnGap);
	const laneY = (rowY: number, lane: number) => rowY + g.header + lane * (g.nodeHeight + g.laneGap);

	// Bands first: a concept is as tall as its most crowded column (one lane when it has no lessons).
	const cell = (concept: number, depth: number) =>
		lessons.filter((l) => l.concept === concept && depths.get(l.id) === depth);
	const rows: MapRow[] = [];
	let y = g.margin;
	for (let concept = 1; concept <= conceptCount; concept++) {
		const lanes = Math.max(1, ...Array.from({ length: columns }, (_, d) => cell(concept, d).length));
		const height = g.header + lanes * g.nodeHeight + (lanes - 1) * g.laneGap + g.rowGap;
		rows.push({ concept, y, height, lessons: [] });
		y += height;
	}

	// Then the boxes, column by column: in each cell, lessons whose prerequisites sit higher go
	// higher, so that arrows cross less.
	const placed = new Map<string, MapNode>();
	const meanPrerequisiteY = (l: MapLesson) => {
		const ys = l.prerequisites.flatMap((p) => placed.get(p)?.y ?? []);
		return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : -1;
	};
	for (let depth = 0; depth < columns; depth++) {
		for (const row of rows) {
			const here = cell(row.concept, depth).sort(
				(a, b) => meanPrerequisiteY(a) - meanPrerequisiteY(b) || a.id.localeCompare(b.id)
			);
			here.forEach((l, lane) => {
				placed.set(l.id, { id: l.id, concept: l.concept, depth, lane, x: columnX(depth), y: laneY(row.y, lane) });
				row.lessons.push(l.id);
			});
		}
	}
	const nodes = [...placed.values()];

	return {
		width: 2 * g.margin + columns * g.nodeWidth + (columns - 1) * g.columnGap,
		height: y + g.margin,
		columns,
		rows,
		nodes,
		edges: routeEdges(lessons, placed)
	};
}

/**
 * Arrows as bent lines: out of the prerequisite's right side into the gap after its column, up or
 * down that gap, along the free lane gap just above the lesson, down the gap before the lesson's
 * column and into its left side. Arrows leaving one lesson share their first vertical run, arrows
 * reaching one lesson their last; different lessons' runs get their own x within a gap.
 */
function routeEdges(lessons: readonly MapLesson[], placed: ReadonlyMap<string, MapNode>): MapEdge[] {
	const g = GEOMETRY;
	const pairs = lessons.flatMap((l) =>
		l.prerequisites.filter((p) => placed.has(p)).map((p) => ({ from: placed.get(p)!, to: placed.get(l.id)! }))
	);

	// The vertical runs in each gap (gap k lies after column k), keyed by the lesson they belong to.
	const runs = new Map<number, Map<string, number>>();
	const claim = (gap: number, key: string, y: number) => {
		if (!runs.has(gap)) runs.set(gap, new Map());
		runs.get(gap)!.set(key, y);
	};
	for (const { from, to } of pairs) {
		claim(from.depth, `from:${from.id}`, from.y);
		if (to.depth > from.depth + 1) claim(to.depth - 1, `to:${to.id}`, to.y);
	}
	const runX = (gap: number, key: string) => {
		const keys = [...runs.get(gap)!].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([k]) => k);
		const spacing = Math.min(8, (g.columnGap - 2 * g.bend - 4) / Math.max(1, keys.length - 1));
		const centre = g.margin + gap * (g.nodeWidth + g.columnGap) + g.nodeWidth + g.columnGap / 2;
		return centre + (keys.indexOf(key) - (keys.length - 1) / 2) * spacing;
	};

	return pairs.map(({ from, to }) => {
		const start: Point = [from.x + g.nodeWidth, from.y + g.nodeHeight / 2];
		const end: Point = [to.x, to.y + g.nodeHeight / 2];
		const out = runX(from.depth, `from:${from.id}`);
		let points: Point[];
		if (to.depth === from.depth + 1) {
			points = [start, [out, start[1]], [out, end[1]], end];
		} else {
			const into = runX(to.depth - 1, `to:${to.id}`);
			const lane = to.y - g.laneGap / 2;
			points = [start, [out, start[1]], [out, lane], [into, lane], [into, end[1]], end];
		}
		return { from: from.id, to: to.id, path: roundedPath(points, g.bend) };
	});
}

type Point = [number, number];

/** SVG path data through `points` (horizontal and vertical runs), each bend rounded. */
export function roundedPath(points: readonly Point[], radius: number): string {
	// Drop repeated points and points in the middle of a straight run.
	const p = points.filter((q, i) => i === 0 || q[0] !== points[i - 1][0] || q[1] !== points[i - 1][1]);
	const corners = p.filter((q, i) => {
		if (i === 0 || i === p.length - 1) return true;
		const [a, c] = [p[i - 1], p[i + 1]];
		return (q[0] - a[0]) * (c[1] - q[1]) !== (q[1] - a[1]) * (c[0] - q[0]);
	});
	const n = (v: number) => String(Math.round(v * 10) / 10);
	let d = `M${n(corners[0][0])} ${n(corners[0][1])}`;
	for (let i = 1; i < corners.length - 1; i++) {
		const [a, q, c] = [corners[i - 1], corners[i], corners[i + 1]];
		const lenIn = Math.hypot(q[0] - a[0], q[1] - a[1]);
		const lenOut = Math.hypot(c[0] - q[0], c[1] - q[1]);
		const r = Math.min(radius, lenIn / 2, lenOut / 2);
		const before: Point = [q[0] - ((q[0] - a[0]) / lenIn) * r, q[1] - ((q[1] - a[1]) / lenIn) * r];
		const after: Point = [q[0] + ((c[0] - q[0]) / lenOut) * r, q[1] + ((c[1] - q[1]) / lenOut) * r];
		d += `L${n(before[0])} ${n(before[1])}Q${n(q[0])} ${n(q[1])} ${n(after[0])} ${n(after[1])}`;
	}
	const last = corners[corners.length - 1];
	return `${d}L${n(last[0])} ${n(last[1])}`;
}

/**
 * A title cut into at most `maxLines` lines that fit `width` at `fontSize`, the last one ending in
 * "…" when the title is longer. Widths are estimated (Chinese characters a full em, others about
 * half), so the map needs no font metrics; Latin text breaks at spaces, Chinese anywhere.
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines: number): string[] {
	const wide = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018-\u201d\u2026]/;
	const charWidth = (ch: string) => (wide.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.65 : 0.55) * fontSize;
	const measure = (s: string) => [...s].reduce((w, ch) => w + charWidth(ch), 0);
	// Pieces that stay together: a Latin word with the spaces after it, or one wide character.
	const pieces = text.match(/[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+\s*|\s+|./gu) ?? [];

	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (measure((line + piece).trimEnd()) <= width) {
			line += piece;
			continue;
		}
		// Chinese punctuation that closes ("？", "”", "，"…) never starts a line: the character
		// before it moves down with it.
		const carried = CLOSING.test(piece) && line.trim().length > 1 ? [...line].at(-1)! : '';
		if (carried) line = [...line].slice(0, -1).join('');
		if (line.trim()) lines.push(line.trimEnd());
		line = carried + piece.trimStart();
		// A word wider than a whole line: cut it.
		while (measure(line.trimEnd()) > width) {
			let cut = 1;
			while (measure(line.slice(0, cut + 1)) <= width) cut++;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;

	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && measure(`${last}…`) > width) last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}

const CLOSING = /^[，。、；：？！”’）》」』…—]/;

/** A lesson's status on the map: "started" covers both in progress and completed. */
export type MapStatus = 'not-started' | 'started' | 'mastered' | 'due';
export const MAP_STATUSES: readonly MapStatus[] = ['not-started', 'started', 'mastered', 'due'];

/**
 * A lesson's status from its progress row (undefined when never opened) and the lessons that have
 * a review card due now: any started lesson with a card due is "due".
 */
export function mapStatus(row: ProgressRow | undefined, dueLessonIds: ReadonlySet<string>): MapStatus {
	const status = lessonStatus(row);
	if (status === 'not-started' || !row) return 'not-started';
	if (dueLessonIds.has(row.lessonId)) return 'due';
	return status === 'mastered' ? 'mastered' : 'started';
}

/** Every opened lesson's map status; a lesson not in the map has not been started. */
export function mapStatuses(rows: readonly ProgressRow[], dueLessonIds: ReadonlySet<string>): Map<string, MapStatus> {
	return new Map(rows.map((r) => [r.lessonId, mapStatus(r, dueLessonIds)]));
}
