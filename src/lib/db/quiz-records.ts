/*
 * Reading and writing a learner's quiz: attempts, the current run, and the lesson's progress.
 * Each write is small and immediate, so closing the tab at any moment loses nothing.
 */
import { database } from './database';
import type { Attempt, LessonProgress, QuizRun } from './rows';
import { guardedWrite, StorageFullError } from './storage-errors';
import { rowsAfterAnswer } from '../quiz/record';
import { dayOf } from '../progress/days';

/**
 * The FSRS scheduler, loaded with the first answer rather than with every lesson page (which only
 * saves the reader's place). `warmUpAnswering()` fetches it as a quiz opens. Kept once loaded:
 * awaiting import() again, even of a module already there, costs Chromium about 10 ms a time.
 */
type Schedule = typeof import('../review/schedule');
let schedule: Schedule | undefined;
async function scheduler(): Promise<Schedule> {
	schedule ??= await import('../review/schedule');
	return schedule;
}
export function warmUpAnswering(): void {
	void scheduler();
}

export async function loadProgress(profileId: string, lessonId: string): Promise<LessonProgress | undefined> {
	return database().lessonProgress.get([profileId, lessonId]);
}

export async function attemptsOfRun(profileId: string, lessonId: string, runId: string): Promise<Attempt[]> {
	return database().attempts.where('[profileId+lessonId+runId]').equals([profileId, lessonId, runId]).sortBy('at');
}

/** Saves a change to the lesson's progress, creating the record on first use. */
export async function saveProgress(
	profileId: string,
	lessonId: string,
	change: Partial<Omit<LessonProgress, 'profileId' | 'lessonId'>>,
	now: number
): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', db.lessonProgress, async () => {
			const existing = await db.lessonProgress.get([profileId, lessonId]);
			await db.lessonProgress.put({
				step: 0,
				openedAt: now,
				...existing,
				...change,
				profileId,
				lessonId,
				updatedAt: now
			});
		})
	);
}

/**
 * Saves the prediction made before a simulation; the first one stays (a prediction is made before
 * seeing, so changing it afterwards would defeat it). Resolves with the prediction kept.
 */
export async function savePrediction(
	profileId: string,
	lessonId: string,
	simId: string,
	choice: number,
	now: number
): Promise<number> {
	const db = database();
	return guardedWrite(() =>
		db.transaction('rw', db.lessonProgress, async () => {
			const existing = await db.lessonProgress.get([profileId, lessonId]);
			const kept = existing?.predictions?.[simId];
			if (kept !== undefined) return kept;
			await db.lessonProgress.put({
				step: 0,
				openedAt: now,
				...existing,
				predictions: { ...existing?.predictions, [simId]: choice },
				profileId,
				lessonId,
				updatedAt: now
			});
			return choice;
		})
	);
}

/** An answer as the learner gave it; whether it is a first try is decided as it is saved. */
export type AnswerDraft = Omit<Attempt, 'id' | 'firstTry'>;

/**
 * Where the answer was given. In a quiz run the run's state is saved with the answer, and the
 * first try of a question is the first attempt saved in that run. In review, the first try is the
 * one that finds the card still due (another tab may have rated it meanwhile) and that this
 * session has not tried before.
 */
export type AnswerPlace = { kind: 'quiz'; run: QuizRun } | { kind: 'review'; triedInSession: boolean };

/**
 * Records one checked answer, in one transaction with everything it changes: the run's place,
 * the day's activity, the time spent in the lesson and, for a first try, the review card.
 * "First try" is decided inside that transaction from what is stored, so two tabs answering the
 * same question count one first try, and a save that failed leaves the next one a first try.
 * Resolves with the attempt as stored; rejects (StorageFullError for a full disk) with nothing
 * written.
 */
export async function recordAnswer(draft: AnswerDraft, place: AnswerPlace): Promise<Attempt> {
	const db = database();
	const { profileId, lessonId, questionId, at } = draft;
	const { review } = schedule ?? (await scheduler());
	return guardedWrite(() =>
		db.transaction('rw', [db.attempts, db.lessonProgress, db.dailyActivity, db.reviewCards], async () => {
			const day = dayOf(at);
			const [progress, activity, card, earlier] = await Promise.all([
				db.lessonProgress.get([profileId, lessonId]),
				db.dailyActivity.get([profileId, day]),
				db.reviewCards.get([profileId, lessonId, questionId]),
				place.kind === 'quiz'
					? db.attempts
							.where('[profileId+lessonId+runId]')
							.equals([profileId, lessonId, place.run.id])
							.filter((a) => a.questionId === questionId)
							.count()
					: 0
			]);
			const firstTry = place.kind === 'quiz' ? earlier === 0 : !place.triedInSession && (!card || card.card.due <= at);
			const attempt: Attempt = { ...draft, firstTry };
			const next = rowsAfterAnswer(
				{ day, progress, activity, card },
				attempt,
				review,
				place.kind === 'quiz' ? place.run : undefined
			);
			await Promise.all([
				db.attempts.add(attempt),
				db.lessonProgress.put(next.progress),
				db.dailyActivity.put(next.activity),
				next.card && db.reviewCards.put(next.card)
			]);
			return attempt;
		})
	);
}

/** Why an answer was not saved: the disk is full, or something else went wrong. */
export type SaveFailure = 'full' | 'failed';

/**
 * recordAnswer for a view: the stored attempt, or why it was not saved (logged for developers).
 * A view shows the grade only for a saved answer, and the failure otherwise.
 */
export async function saveAnswer(
	draft: AnswerDraft,
	place: AnswerPlace
): Promise<{ attempt: Attempt } | { failure: SaveFailure }> {
	try {
		return { attempt: await recordAnswer(draft, place) };
	} catch (e) {
		console.error(e);
		return { failure: e instanceof StorageFullError ? 'full' : 'failed' };
	}
}

/** Adds reading time to a lesson (counted while the page is visible). */
export async function addReadingTime(profileId: string, lessonId: string, ms: number, now: number): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', db.lessonProgress, async () => {
			const progress = await db.lessonProgress.get([profileId, lessonId]);
			if (!progress) return;
			await db.lessonProgress.update([profileId, lessonId], { timeMs: (progress.timeMs ?? 0) + ms, updatedAt: now });
		})
	);
}
