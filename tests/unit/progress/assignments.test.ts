import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/share/assignment-code';
import { assignmentState, buildReport } from '../../../src/lib/progress/assignments';

const assignment: Assignment = {
	id: 'aaaaaaaaaaaa',
	title: '光',
	note: '',
	className: '',
	due: '2026-12-01',
	lessons: ['light-refraction', 'inertia'],
	secret: 'A'.repeat(22),
	created: 0
};
const row = (lessonId: string, best?: { score: number; mastered: boolean }, timeMs = 0) => ({
	lessonId,
	step: 3,
	best,
	timeMs,
	updatedAt: 1
});

describe('assignmentState', () => {
	it('counts lessons done and says when the assignment is overdue', () => {
		const rows = [row('light-refraction', { score: 0.9, mastered: true })];
		const s = assignmentState(assignment, rows, '2026-12-02');
		expect(s.lessons).toEqual([
			{ id: 'light-refraction', status: 'mastered' },
			{ id: 'inertia', status: 'not-started' }
		]);
		expect(s).toMatchObject({ done: 1, complete: false, overdue: true });
		expect(assignmentState(assignment, rows, '2026-12-01').overdue).toBe(false);
	});

	it('asks for mastery when the assignment sets a target', () => {
		const rows = [
			row('light-refraction', { score: 0.6, mastered: false }),
			row('inertia', { score: 0.9, mastered: true })
		];
		expect(assignmentState(assignment, rows, '2026-11-01').complete).toBe(true);
		expect(assignmentState({ ...assignment, mastery: 0.8 }, rows, '2026-11-01').complete).toBe(false);
	});
});

describe('buildReport', () => {
	it('reports each lesson’s status, time and very first tries by question id', () => {
		const attempt = (questionId: string, correct: boolean, firstTry: boolean, at: number) => ({
			lessonId: 'light-refraction',
			questionId,
			correct,
			firstTry,
			at
		});
		const report = buildReport({
			assignment,
			student: ' 李梅 ',
			rows: [row('light-refraction', { score: 0.5, mastered: false }, 125_400)],
			attempts: [
				attempt('q2', true, true, 50), // a later run's first try does not replace the first
				attempt('q2', false, true, 10),
				attempt('q2', true, false, 20),
				attempt('q1', true, true, 5),
				attempt('q-removed', true, true, 6) // a question the quiz no longer has
			],
			questionIds: { 'light-refraction': ['q1', 'q2', 'q3'], inertia: ['i1'] },
			now: 99
		});
		expect(report).toEqual({
			assignmentId: 'aaaaaaaaaaaa',
			student: '李梅',
			made: 99,
			lessons: [
				{ id: 'light-refraction', status: 'completed', seconds: 125, questions: { q1: true, q2: false } },
				{ id: 'inertia', status: 'not-started', seconds: 0, questions: {} }
			]
		});
	});
});
