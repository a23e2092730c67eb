/*
 * Recording answers against a real (fake-indexeddb) database: one transaction writes the attempt
 * and everything it changes, and decides "first try" from what is stored, so that a failed save
 * leaves the retry a first try and two tabs on one question count one first try.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/lib/db/database';
import type { QuizRun } from '../../../src/lib/db/rows';
import {
	addReadingTime,
	recordAnswer,
	saveAnswer,
	saveProgress,
	type AnswerDraft
} from '../../../src/lib/db/quiz-records';
import { StorageFullError } from '../../../src/lib/db/storage-errors';
import { newRun } from '../../../src/lib/quiz/record';
import { dayOf } from '../../../src/lib/progress/days';

const NOW = Date.UTC(2026, 11, 5, 10);
const P = 'p-1';
const L = 'levers';
const run: QuizRun = newRun(NOW - 60_000, 'run-1', 7);
const quiz = { kind: 'quiz', run } as const;

function draft(questionId: string, correct: boolean, at: number): AnswerDraft {
	return {
		profileId: P,
		lessonId: L,
		questionId,
		runId: run.id,
		answer: { type: 'single', choice: 1 },
		correct,
		hintsUsed: 0,
		ms: 4000,
		at
	};
}

async function stored() {
	const db = database();
	return {
		attempts: await db.attempts.orderBy('at').toArray(),
		progress: await db.lessonProgress.toArray(),
		days: await db.dailyActivity.toArray(),
		cards: await db.reviewCards.toArray()
	};
}

const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

beforeEach(async () => {
	await Promise.all(database().tables.map((t) => t.clear()));
	await saveProgress(P, L, { step: 3 }, NOW - 60_000);
});
afterEach(() => vi.restoreAllMocks());

describe('recordAnswer', () => {
	it('stores the attempt with the run, the day, the lesson time and the first try’s card', async () => {
		await recordAnswer(draft('q1', false, NOW), quiz);
		await recordAnswer(draft('q1', true, NOW + 5000), quiz);
		await recordAnswer(draft('q2', true, NOW + 9000), quiz);

		const { attempts, progress, days, cards } = await stored();
		expect(attempts.map((a) => [a.questionId, a.correct, a.firstTry])).toEqual([
			['q1', false, true],
			['q1', true, false],
			['q2', true, true]
		]);
		expect(progress[0]).toMatchObject({ step: 3, run, timeMs: 12_000, updatedAt: NOW + 9000 });
		expect(days).toEqual([{ profileId: P, day: dayOf(NOW), answers: 3, correct: 2, ms: 12_000 }]);
		expect(cards.map((c) => [c.questionId, c.card.reps])).toEqual([
			['q1', 1],
			['q2', 1]
		]);
	});

	it('keeps a change made meanwhile (reading time) and counts the answer once', async () => {
		await addReadingTime(P, L, 30_000, NOW);
		await recordAnswer(draft('q1', true, NOW), quiz);
		const { attempts, progress, days } = await stored();
		expect(attempts).toHaveLength(1);
		expect(progress[0].timeMs).toBe(30_000 + 4000);
		expect(days[0].answers).toBe(1);
	});

	it('counts one first try when two tabs answer the same question at once', async () => {
		const [a, b] = await Promise.all([
			recordAnswer(draft('q1', true, NOW), quiz),
			recordAnswer(draft('q1', false, NOW + 1), quiz)
		]);
		expect([a.firstTry, b.firstTry].sort()).toEqual([false, true]);
		const { cards } = await stored();
		expect(cards).toHaveLength(1);
		expect(cards[0].card.reps).toBe(1); // the card moved once
	});

	it('writes nothing when the disk is full, and the retry is still the first try', async () => {
		const before = await stored();
		vi.spyOn(database().dailyActivity, 'put').mockRejectedValueOnce(quotaError());
		await expect(recordAnswer(draft('q1', true, NOW), quiz)).rejects.toBeInstanceOf(StorageFullError);
		expect(await stored()).toEqual(before);

		const retry = await recordAnswer(draft('q1', true, NOW + 2000), quiz);
		expect(retry.firstTry).toBe(true);
		expect((await stored()).attempts).toHaveLength(1);
	});

	it('in review, rates a card only while it is due and not yet tried in the session', async () => {
		await recordAnswer(draft('q1', true, NOW), quiz); // the card is now due days later
		const reviewDraft = { ...draft('q1', true, NOW + 60_000), runId: 'review' };
		const early = await recordAnswer(reviewDraft, { kind: 'review', triedInSession: false });
		expect(early.firstTry).toBe(false); // another tab, or the quiz, rated it already

		const due = (await database().reviewCards.toArray())[0].card.due;
		const onTime = await recordAnswer({ ...reviewDraft, at: due }, { kind: 'review', triedInSession: false });
		expect(onTime.firstTry).toBe(true);
		const retry = await recordAnswer({ ...reviewDraft, at: due + 1 }, { kind: 'review', triedInSession: true });
		expect(retry.firstTry).toBe(false);
		expect((await database().reviewCards.toArray())[0].card.reps).toBe(2);
	});
});

describe('saveAnswer', () => {
	it('tells a full disk from other failures', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(database().attempts, 'add').mockRejectedValueOnce(quotaError());
		expect(await saveAnswer(draft('q1', true, NOW), quiz)).toEqual({ failure: 'full' });
		vi.spyOn(database().attempts, 'add').mockRejectedValueOnce(new Error('disk gone'));
		expect(await saveAnswer(draft('q1', true, NOW), quiz)).toEqual({ failure: 'failed' });
		const saved = await saveAnswer(draft('q1', true, NOW), quiz);
		expect('attempt' in saved && saved.attempt.firstTry).toBe(true);
	});
});
