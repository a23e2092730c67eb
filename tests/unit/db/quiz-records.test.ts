/*
 * Recording answers against a real (fake-indexeddb) database: the read-ahead shortcut must give
 * exactly what the plain way gives, and must never lose a change made after the rows were read.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { database, type Attempt } from '../../../src/lib/db/database';
import {
	addReadingTime,
	readAnswerRows,
	recordAttempt,
	RowsAhead,
	saveProgress
} from '../../../src/lib/db/quiz-records';
import { dayOf } from '../../../src/lib/progress/days';

const NOW = Date.UTC(2026, 11, 5, 10);
const P = 'p-1';
const L = 'levers';

function attempt(questionId: string, correct: boolean, at: number, firstTry = true): Attempt {
	return {
		profileId: P,
		lessonId: L,
		questionId,
		runId: 'run-1',
		answer: { type: 'single', choice: 1 },
		correct,
		firstTry,
		hintsUsed: 0,
		ms: 4000,
		at
	};
}

/** Everything an answer can change, for comparing two ways of recording. */
async function state() {
	const db = database();
	return {
		attempts: (await db.attempts.toArray()).map(({ id: _, ...a }) => a),
		progress: await db.lessonProgress.toArray(),
		days: await db.dailyActivity.toArray(),
		cards: await db.reviewCards.toArray()
	};
}

beforeEach(async () => {
	await Promise.all(database().tables.map((t) => t.clear()));
	await saveProgress(P, L, { step: 3 }, NOW - 60_000);
});

describe('recording an answer with the rows read ahead', () => {
	it('stores exactly what recording without them stores', async () => {
		const answers = [
			attempt('q1', false, NOW),
			attempt('q1', true, NOW + 5000, false),
			attempt('q2', true, NOW + 9000)
		];
		for (const a of answers) await recordAttempt(a);
		const plain = await state();

		await Promise.all(database().tables.map((t) => t.clear()));
		await saveProgress(P, L, { step: 3 }, NOW - 60_000);
		for (const a of answers) await recordAttempt(a, undefined, await readAnswerRows(P, L, a.questionId, a.at));
		expect(await state()).toEqual(plain);
		expect(plain.days).toEqual([{ profileId: P, day: dayOf(NOW), answers: 3, correct: 2, ms: 12000 }]);
		expect(plain.cards.map((c) => c.questionId)).toEqual(['q1', 'q2']);
	});

	it('keeps a change made after the read (reading time saved meanwhile), and counts the answer once', async () => {
		const ahead = await readAnswerRows(P, L, 'q1', NOW);
		await addReadingTime(P, L, 30_000, NOW);
		await recordAttempt(attempt('q1', true, NOW), undefined, ahead);

		const { attempts, progress, days } = await state();
		expect(attempts).toHaveLength(1);
		expect(progress[0].timeMs).toBe(30_000 + 4000);
		expect(days[0].answers).toBe(1);
	});

	it('keeps an answer recorded meanwhile by another tab', async () => {
		const ahead = await readAnswerRows(P, L, 'q1', NOW);
		await recordAttempt(attempt('q2', false, NOW)); // the other tab
		await recordAttempt(attempt('q1', true, NOW + 1000), undefined, ahead);

		const { attempts, days, cards } = await state();
		expect(attempts).toHaveLength(2);
		expect(days[0]).toMatchObject({ answers: 2, correct: 1, ms: 8000 });
		expect(cards).toHaveLength(2);
	});

	it('ignores rows read for another question or another day', async () => {
		const other = await readAnswerRows(P, L, 'q2', NOW);
		await recordAttempt(attempt('q1', true, NOW), undefined, other);
		const yesterday = await readAnswerRows(P, L, 'q1', NOW - 86_400_000);
		await recordAttempt(attempt('q1', false, NOW + 1000, false), undefined, yesterday);

		const { cards, days } = await state();
		expect(cards.map((c) => c.questionId)).toEqual(['q1']);
		expect(days).toEqual([{ profileId: P, day: dayOf(NOW), answers: 2, correct: 1, ms: 8000 }]);
	});
});

describe('rows read in the background', () => {
	const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

	it('are handed to the next write once', async () => {
		const ahead = new RowsAhead(P);
		ahead.read(L, 'q1');
		await settled();
		expect(ahead.take()).toMatchObject({ lessonId: L, questionId: 'q1', progress: { step: 3 } });
		expect(ahead.take()).toBeUndefined();
	});

	it('are dropped when a write began before the read ended', async () => {
		const ahead = new RowsAhead(P);
		ahead.read(L, 'q1');
		expect(ahead.take()).toBeUndefined(); // the write: the read is still under way
		await settled();
		expect(ahead.take()).toBeUndefined();
	});
});
