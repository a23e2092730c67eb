/*
 * Reading and writing a learner's quiz: attempts, the current run, and the lesson's progress.
 * Each write is small and immediate, so closing the tab at any moment loses nothing.
 */
import { database, type Attempt, type LessonProgress, type QuizRun } from './database';
import { guardedWrite } from './storage-errors';
import { dayOf } from '../progress/days';

/**
 * The FSRS scheduler, loaded with the first answer rather than with every lesson page (which only
 * saves the reader's place). `warmUpAnswering()` fetches it as a quiz opens.
 */
const scheduler = () => import('../review/schedule');
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
 * Records one checked answer, in one transaction with everything it changes: the run's place,
 * the day's activity, the time spent in the lesson and, for a first try, the review card.
 */
export async function recordAttempt(attempt: Attempt, run?: QuizRun): Promise<void> {
	const db = database();
	const { profileId, lessonId, questionId, at } = attempt;
	const { review } = await scheduler();
	await guardedWrite(() =>
		db.transaction('rw', [db.attempts, db.lessonProgress, db.dailyActivity, db.reviewCards], async () => {
			// Reads together, then writes together: IndexedDB queues them, so nothing waits in turn.
			const day = dayOf(at);
			const [progress, activity, existing] = await Promise.all([
				db.lessonProgress.get([profileId, lessonId]),
				db.dailyActivity.get([profileId, day]),
				attempt.firstTry ? db.reviewCards.get([profileId, lessonId, questionId]) : undefined
			]);
			await Promise.all([
				db.attempts.add(attempt),
				db.lessonProgress.put({
					step: 0,
					openedAt: at,
					...progress,
					...(run ? { run } : {}),
					profileId,
					lessonId,
					timeMs: (progress?.timeMs ?? 0) + attempt.ms,
					updatedAt: at
				}),
				db.dailyActivity.put({
					profileId,
					day,
					answers: (activity?.answers ?? 0) + 1,
					correct: (activity?.correct ?? 0) + (attempt.correct ? 1 : 0),
					ms: (activity?.ms ?? 0) + attempt.ms
				}),
				attempt.firstTry &&
					db.reviewCards.put({
						profileId,
						lessonId,
						questionId,
						card: review(existing?.card, attempt.correct, attempt.hintsUsed, at)
					})
			]);
		})
	);
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
