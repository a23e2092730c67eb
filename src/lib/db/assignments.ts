/*
 * Assignments on a learner's side: received from a teacher's link or QR, kept per learner, and the
 * data a report is made from.
 */
import type { Assignment } from '../share/assignment-code';
import { database } from './database';
import type { Attempt, LessonProgress, ReceivedAssignment } from './rows';
import { guardedWrite } from './storage-errors';

/** Adds an assignment for a learner; the same assignment opened twice is kept once. */
export async function receiveAssignment(
	profileId: string,
	assignment: Assignment,
	now: number
): Promise<'added' | 'already'> {
	const db = database();
	return guardedWrite(() =>
		db.transaction('rw', db.assignments, async () => {
			if (await db.assignments.get([profileId, assignment.id])) return 'already';
			await db.assignments.add({ profileId, id: assignment.id, assignment, receivedAt: now });
			return 'added';
		})
	);
}

/** A learner's assignments, the soonest due first. */
export async function assignmentsOf(profileId: string): Promise<ReceivedAssignment[]> {
	const all = await database().assignments.where('profileId').equals(profileId).toArray();
	return all.sort((a, b) => a.assignment.due.localeCompare(b.assignment.due) || a.receivedAt - b.receivedAt);
}

export async function removeAssignment(profileId: string, id: string): Promise<void> {
	await guardedWrite(() => database().assignments.delete([profileId, id]));
}

/** What a report on these lessons is made from: their progress rows and every attempt at them. */
export async function reportInputs(
	profileId: string,
	lessonIds: string[]
): Promise<{ rows: LessonProgress[]; attempts: Attempt[] }> {
	const db = database();
	return db.transaction('r', [db.lessonProgress, db.attempts], async () => {
		const keys = lessonIds.map((id) => [profileId, id] as [string, string]);
		const rows = (await db.lessonProgress.bulkGet(keys)).filter((r): r is LessonProgress => !!r);
		const attempts = await db.attempts.where('[profileId+lessonId]').anyOf(keys).toArray();
		return { rows, attempts };
	});
}
