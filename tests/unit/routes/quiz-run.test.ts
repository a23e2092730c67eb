/*
 * The quiz run and the review session against a real (fake-indexeddb) database, with the clock,
 * ids and chance fixed: what the learner sees after each answer, after a reload and after a failed
 * save.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/lib/db/database';
import { QuizRunState, type RunDeps } from '../../../src/routes/lessons/[id]/quiz-run.svelte';
import { ReviewSession } from '../../../src/routes/review/review-session.svelte';
import { single, truefalse } from '../quiz/factories';
import type { QuizData } from '../../../src/lib/quiz-data';

const T0 = Date.UTC(2026, 11, 6, 9);
const questions = [single({ id: 'q1' }), truefalse({ id: 'q2' })];

function deps(): RunDeps & { clock: { t: number } } {
	const clock = { t: T0 };
	let ids = 0;
	return { clock, now: () => clock.t, newId: () => `run-${++ids}`, random: () => 0.5 };
}

const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});
const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

beforeEach(async () => {
	await Promise.all(database().tables.map((t) => t.clear()));
});
afterEach(() => vi.restoreAllMocks());

describe('a quiz run', () => {
	it('starts a run, records answers, and a reopened run shows the same state', async () => {
		const d = deps();
		const quiz = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, d);
		await quiz.open();
		expect(quiz.run).toMatchObject({ id: 'run-1', seed: 2 ** 30, current: 0 });

		d.clock.t += 4000;
		expect(await quiz.check(questions[0], { type: 'single', choice: 0 })).toMatchObject({ status: 'wrong' });
		expect(await quiz.check(questions[0], { type: 'single', choice: 1 })).toMatchObject({ status: 'correct' });
		await quiz.goTo(1);
		expect(await quiz.check(questions[1], { type: 'truefalse', value: false })).toMatchObject({ status: 'correct' });
		expect(quiz.result).toMatchObject({ score: 0.5, complete: true, mastered: false });

		const again = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, deps());
		await again.open();
		expect(again.run).toMatchObject({ id: 'run-1', current: 1 });
		expect(again.records).toEqual(quiz.records);
		const attempt = await database().attempts.orderBy('at').first();
		expect(attempt).toMatchObject({ ms: 4000, firstTry: true, correct: false });
	});

	it('shows no grade for an answer that was not saved, and the retry is still the first try', async () => {
		quiet();
		const quiz = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, deps());
		await quiz.open();
		vi.spyOn(database().attempts, 'add').mockRejectedValueOnce(quotaError());
		expect(await quiz.check(questions[0], { type: 'single', choice: 1 })).toBe('full');
		expect(quiz.records).toEqual({});
		expect(await quiz.check(questions[0], { type: 'single', choice: 1 })).toMatchObject({ status: 'correct' });
		expect(quiz.records.q1).toMatchObject({ tries: 1, firstTryCorrect: true });
	});

	it('takes in a first try made in another tab of the same run', async () => {
		const a = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, deps());
		await a.open();
		const b = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, deps());
		await b.open();
		await a.check(questions[0], { type: 'single', choice: 0 }); // wrong, first
		await b.check(questions[0], { type: 'single', choice: 1 }); // right, but not first
		expect(b.records.q1).toMatchObject({ tries: 2, firstTryCorrect: false, solved: true });
		expect(await database().reviewCards.count()).toBe(1);
	});
});

describe('a review session', () => {
	it('serves due cards, rates the first check only, and does not grade an unsaved answer', async () => {
		const d = deps();
		const quiz = new QuizRunState('p', 'l', ['q1', 'q2'], 0.8, d);
		await quiz.open();
		await quiz.check(questions[0], { type: 'single', choice: 0 }); // a miss: due again soon
		d.clock.t += 86_400_000;

		const lessons = new Map([
			['l', { text: { 'zh-CN': { quiz: questions }, en: { quiz: questions } } } as unknown as QuizData]
		]);
		const session = new ReviewSession('p', d.now, async () => lessons);
		await session.load();
		expect(session.cards.map((c) => c.questionId)).toEqual(['q1']);
		const card = session.current!;

		quiet();
		vi.spyOn(database().attempts, 'add').mockRejectedValueOnce(new Error('gone'));
		expect(await session.check(card, questions[0], { type: 'single', choice: 1 }, 0)).toBe('failed');
		expect(session.solved).toEqual([]);
		expect(await session.check(card, questions[0], { type: 'single', choice: 2 }, 0)).toMatchObject({
			status: 'wrong'
		});
		expect(await session.check(card, questions[0], { type: 'single', choice: 1 }, 0)).toMatchObject({
			status: 'correct'
		});
		const review = (await database().attempts.orderBy('at').toArray()).filter((a) => a.runId === 'review');
		expect(review.map((a) => a.firstTry)).toEqual([true, false]);
		expect((await database().reviewCards.get(['p', 'l', 'q1']))!.card.reps).toBe(2);
	});
});
