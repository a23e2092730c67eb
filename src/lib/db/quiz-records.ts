/*
 * Reading and writing a learner's quiz: attempts, the current run, and the lesson's progress.
 * Each write is small and immediate, so closing the tab at any moment loses nothing.
 */
import { database, type Attempt, type LessonProgress, type QuizRun } from './database';
import { guardedWrite } from './storage-errors';

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

/** Records one checked answer and where the run stands, in one transaction. */
export async function recordAttempt(attempt: Attempt, run: QuizRun): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', db.attempts, db.lessonProgress, async () => {
			await db.attempts.add(attempt);
			await db.lessonProgress.update([attempt.profileId, attempt.lessonId], { run, updatedAt: attempt.at });
		})
	);
}
