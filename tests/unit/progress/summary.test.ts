import { describe, expect, it } from 'vitest';
import { lessonStatus, nextSteps, summarize, type ProgressRow } from '../../../src/lib/progress/summary';
import type { LessonSummary, Subject } from '../../../src/lib/content/types';

function lesson(id: string, subject: Subject, concept: number, prerequisites: string[] = []): LessonSummary {
	return {
		id,
		subject,
		concept,
		prerequisites,
		ages: [10, 12],
		minutes: 10,
		competencies: ['concepts'],
		mastery: 0.8,
		questionCount: 6,
		text: { 'zh-CN': { title: id, summary: '', tags: [] }, en: { title: id, summary: '', tags: [] } }
	};
}
const lessons = [
	lesson('a', 'physics', 3),
	lesson('b', 'physics', 3, ['a']),
	lesson('c', 'biology', 5),
	lesson('d', 'biology', 5, ['c'])
];
const row = (lessonId: string, over: Partial<ProgressRow> = {}): ProgressRow => ({
	lessonId,
	step: 1,
	updatedAt: 1,
	...over
});

describe('progress', () => {
	it('tells not started, in progress, completed and mastered apart', () => {
		expect(lessonStatus(undefined)).toBe('not-started');
		expect(lessonStatus(row('a'))).toBe('in-progress');
		expect(lessonStatus(row('a', { best: { score: 0.5, mastered: false } }))).toBe('completed');
		expect(lessonStatus(row('a', { best: { score: 0.9, mastered: true } }))).toBe('mastered');
	});

	it('sums subjects, concepts, time, streaks and badges', () => {
		const rows = [
			row('c', { best: { score: 1, mastered: true }, timeMs: 60_000 }),
			row('d', { best: { score: 0.83, mastered: true }, timeMs: 30_000 }),
			row('a', { timeMs: 5_000 })
		];
		const days = ['2026-11-22', '2026-11-23', '2026-11-24'].map((day) => ({ day, answers: 20, correct: 15, ms: 1000 }));
		const s = summarize(lessons, rows, days, '2026-11-24');
		expect(s.subjects.map((x) => [x.subject, x.completed, x.mastered])).toEqual([
			['physics', 0, 0],
			['biology', 2, 2]
		]);
		expect(s.subjects[0].lessons.map((l) => l.status)).toEqual(['in-progress', 'not-started']);
		expect(s.concepts).toEqual([
			{ concept: 3, lessons: 2, mastered: 0 },
			{ concept: 5, lessons: 2, mastered: 2 }
		]);
		expect(s.timeMs).toBe(95_000);
		expect(s.streak).toBe(3);
		expect(s.answers).toBe(60);
		expect(s.masteredSubjects).toEqual(['biology']);
		expect(s.badges).toEqual(['first-lesson', 'first-mastery', 'streak-3', 'answers-50', 'subject-biology']);
	});

	it('gives no badges to a new learner', () => {
		expect(summarize(lessons, [], [], '2026-11-24').badges).toEqual([]);
	});

	it('suggests the lesson to continue and the next one whose prerequisites are done', () => {
		expect(nextSteps(lessons, [])).toEqual({ continueId: undefined, nextId: 'a', because: undefined });
		const rows = [row('a', { best: { score: 1, mastered: true }, updatedAt: 5 }), row('c', { updatedAt: 9 })];
		expect(nextSteps(lessons, rows)).toEqual({ continueId: 'c', nextId: 'b', because: 'a' });
	});

	it('prefers a lesson that builds on the one finished last, and says so', () => {
		const chain = [
			{ ...lessons[0], id: 'x', prerequisites: [] },
			{ ...lessons[0], id: 'y', prerequisites: [] },
			{ ...lessons[0], id: 'after-x', prerequisites: ['x'] },
			{ ...lessons[0], id: 'after-y', prerequisites: ['y'] },
			{ ...lessons[0], id: 'fresh', prerequisites: [] }
		];
		const done = (id: string, at: number) => row(id, { best: { score: 1, mastered: true }, updatedAt: at });
		expect(nextSteps(chain, [done('x', 1), done('y', 2)])).toMatchObject({ nextId: 'after-y', because: 'y' });
		expect(nextSteps(chain, [done('x', 3), done('y', 2)])).toMatchObject({ nextId: 'after-x', because: 'x' });
	});
});
