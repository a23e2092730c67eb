import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/lib/db/rows';
import { newRun, rebuildRecords, recordTry, rowsAfterAnswer, type RateCard } from '../../../src/lib/quiz/record';

const at = Date.UTC(2026, 11, 6, 9);
const attempt = (over: Partial<Attempt> = {}): Attempt => ({
	profileId: 'p',
	lessonId: 'l',
	questionId: 'q1',
	runId: 'r',
	answer: { type: 'truefalse', value: true },
	correct: true,
	firstTry: true,
	hintsUsed: 0,
	ms: 3000,
	at,
	...over
});
// A stand-in scheduler that shows what it was asked.
const rate: RateCard = (card, correct, hints, now) => ({
	...(card ?? {
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		lapses: 0,
		state: 0
	}),
	due: now + (correct ? 86_400_000 : 60_000) * (hints + 1),
	reps: (card?.reps ?? 0) + 1
});

describe('question records', () => {
	it('count the first try’s result, later tries only towards solving', () => {
		const wrong = recordTry(undefined, attempt({ correct: false }));
		const right = recordTry(wrong, attempt({ correct: true, firstTry: false }));
		expect(wrong).toMatchObject({ tries: 1, firstTryCorrect: false, solved: false });
		expect(right).toMatchObject({ tries: 2, firstTryCorrect: false, solved: true });
	});

	it('rebuild from saved attempts as they were recorded one by one', () => {
		const attempts = [
			attempt({ questionId: 'q1', correct: false }),
			attempt({ questionId: 'q2', correct: true }),
			attempt({ questionId: 'q1', correct: true, firstTry: false })
		];
		expect(rebuildRecords(attempts)).toEqual({
			q1: { tries: 2, firstTryCorrect: false, lastAnswer: attempts[2].answer, solved: true },
			q2: { tries: 1, firstTryCorrect: true, lastAnswer: attempts[1].answer, solved: true }
		});
	});

	it('a new run starts at the first question with the id and seed it is given', () => {
		expect(newRun(at, 'run-9', 42)).toEqual({
			id: 'run-9',
			seed: 42,
			current: 0,
			hints: {},
			finished: false,
			startedAt: at
		});
	});
});

describe('rows after an answer', () => {
	it('add to the day and the lesson time, save the run and rate the card of a first try', () => {
		const run = newRun(at - 1000, 'r', 1);
		const next = rowsAfterAnswer(
			{ day: '2026-12-06', activity: { profileId: 'p', day: '2026-12-06', answers: 2, correct: 1, ms: 5000 } },
			attempt({ hintsUsed: 1 }),
			rate,
			run
		);
		expect(next.progress).toMatchObject({ profileId: 'p', lessonId: 'l', step: 0, run, timeMs: 3000, updatedAt: at });
		expect(next.activity).toEqual({ profileId: 'p', day: '2026-12-06', answers: 3, correct: 2, ms: 8000 });
		expect(next.card?.card).toMatchObject({ reps: 1, due: at + 2 * 86_400_000 });
	});

	it('leave the card alone for a retry and keep the reader’s place', () => {
		const next = rowsAfterAnswer(
			{
				day: '2026-12-06',
				progress: { profileId: 'p', lessonId: 'l', step: 4, openedAt: 1, updatedAt: 2, timeMs: 1000 }
			},
			attempt({ firstTry: false, correct: false }),
			rate
		);
		expect(next.card).toBeUndefined();
		expect(next.progress).toMatchObject({ step: 4, openedAt: 1, timeMs: 4000 });
		expect(next.activity).toMatchObject({ answers: 1, correct: 0 });
	});
});
