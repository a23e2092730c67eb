/*
 * Backups against the database: read what to export, and apply a decoded backup in one
 * transaction (a profile in the file replaces the one with its id, all its records with it).
 * The teacher's classes travel in whole-device backups only, and are merged: a class or an
 * assignment replaces the one with its id, and a student's newer report is never replaced by an
 * older one.
 */
import { database, deleteLearnerRecords, learnerTables } from './database';
import type { BackupData } from '../share/backup';
import { guardedWrite } from './storage-errors';

export async function readBackupData(profileId?: string): Promise<BackupData> {
	const db = database();
	return db.transaction(
		'r',
		[db.profiles, ...learnerTables(db), db.classes, db.teacherAssignments, db.reports],
		async () => {
			const mine = <T extends { profileId: string }>(rows: T[]) =>
				profileId ? rows.filter((r) => r.profileId === profileId) : rows;
			const profiles = await db.profiles.orderBy('createdAt').toArray();
			return {
				profiles: profileId ? profiles.filter((p) => p.id === profileId) : profiles,
				attempts: mine(await db.attempts.toArray()),
				lessonProgress: mine(await db.lessonProgress.toArray()),
				reviewCards: mine(await db.reviewCards.toArray()),
				dailyActivity: mine(await db.dailyActivity.toArray()),
				assignments: mine(await db.assignments.toArray()),
				classes: profileId ? [] : await db.classes.toArray(),
				teacherAssignments: profileId ? [] : await db.teacherAssignments.toArray(),
				reports: profileId ? [] : await db.reports.toArray()
			};
		}
	);
}

export async function applyBackup(data: BackupData): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', [...db.tables], async () => {
			// Restoring onto a fresh device: the empty profile made silently on the first visit
			// would only be a confusing twin of the one restored, so it goes.
			const existing = await db.profiles.toArray();
			if (existing.length === 1 && !data.profiles.some((p) => p.id === existing[0].id)) {
				const id = existing[0].id;
				const used =
					(await db.attempts.where('[profileId+at]').between([id, -Infinity], [id, Infinity]).count()) +
					(await db.lessonProgress.where('profileId').equals(id).count());
				if (used === 0) await db.profiles.delete(id);
			}
			for (const profile of data.profiles) {
				await deleteLearnerRecords(db, profile.id);
				await db.profiles.put(profile);
			}
			await db.attempts.bulkAdd(data.attempts);
			await db.lessonProgress.bulkPut(data.lessonProgress);
			await db.reviewCards.bulkPut(data.reviewCards);
			await db.dailyActivity.bulkPut(data.dailyActivity);
			await db.assignments.bulkPut(data.assignments);
			await db.classes.bulkPut(data.classes);
			await db.teacherAssignments.bulkPut(data.teacherAssignments);
			const stored = new Map((await db.reports.bulkGet(data.reports.map((r) => r.key))).map((r) => [r?.key, r]));
			await db.reports.bulkPut(
				data.reports.filter((r) => (stored.get(r.key)?.report.made ?? -Infinity) < r.report.made)
			);
		})
	);
}
