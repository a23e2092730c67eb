/*
 * The one Dexie database: its tables, its schema versions and their migrations. Every other
 * module reads and writes through the functions beside this file, never through a second Dexie.
 * Keep every version() here forever: a phone may skip several releases and still upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
	Attempt,
	DayActivity,
	LessonProgress,
	Profile,
	ReceivedAssignment,
	ReviewCard,
	SchoolClass,
	StoredReport,
	TeacherAssignment
} from './rows';

export const SCHEMA_VERSION = 3;

export class TansuoDatabase extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	attempts!: EntityTable<Attempt, 'id'>;
	lessonProgress!: Dexie.Table<LessonProgress, [string, string]>;
	reviewCards!: Dexie.Table<ReviewCard, [string, string, string]>;
	dailyActivity!: Dexie.Table<DayActivity, [string, string]>;
	assignments!: Dexie.Table<ReceivedAssignment, [string, string]>;
	classes!: EntityTable<SchoolClass, 'id'>;
	teacherAssignments!: EntityTable<TeacherAssignment, 'id'>;
	reports!: EntityTable<StoredReport, 'key'>;

	constructor(name = 'tansuo') {
		// Relaxed durability: a commit returns once the browser has the data, without waiting for the
		// disk to flush. Firefox and Safari always work this way; it survives a closed tab or a crashed
		// app and saves Chromium a flush on every answer (a lost answer needs a power cut mid-write).
		super(name, { chromeTransactionDurability: 'relaxed' });
		this.version(1).stores({
			profiles: 'id, createdAt',
			attempts: '++id, [profileId+lessonId], [profileId+lessonId+runId], [profileId+at], at',
			lessonProgress: '[profileId+lessonId], profileId, updatedAt'
		});
		// Version 2: spaced review and daily activity. Learners who answered questions under
		// version 1 get their review cards, activity days and time spent from their attempts.
		this.version(2)
			.stores({
				reviewCards: '[profileId+lessonId+questionId], [profileId+card.due], profileId',
				dailyActivity: '[profileId+day], profileId'
			})
			.upgrade(async (tx) => {
				// The derivation needs the FSRS scheduler: loaded only when an upgrade happens, so pages
				// that merely read the database do not carry it. waitFor keeps the upgrade open meanwhile.
				const { deriveFromAttempts } = await Dexie.waitFor(import('./derive'));
				const attempts = await tx.table<Attempt>('attempts').orderBy('at').toArray();
				const derived = deriveFromAttempts(attempts);
				await tx.table<ReviewCard>('reviewCards').bulkPut(derived.cards);
				await tx.table<DayActivity>('dailyActivity').bulkPut(derived.days);
				await tx
					.table<LessonProgress>('lessonProgress')
					.toCollection()
					.modify((p) => {
						p.timeMs = derived.timeMs.get(`${p.profileId}|${p.lessonId}`) ?? 0;
					});
			});
		// Version 3: assignments out and reports back. New tables only: nothing to migrate.
		this.version(3).stores({
			assignments: '[profileId+id], profileId',
			classes: 'id, createdAt',
			teacherAssignments: 'id, classId',
			reports: 'key, assignmentId'
		});
	}
}

/** The tables that hold one learner's own records, each with a `profileId`. */
export function learnerTables(db: TansuoDatabase) {
	return [db.attempts, db.lessonProgress, db.reviewCards, db.dailyActivity, db.assignments];
}

/**
 * Deletes everything one learner has recorded, their profile row aside. Call it inside a
 * transaction that holds `learnerTables(db)`, so that it happens whole or not at all.
 */
export async function deleteLearnerRecords(db: TansuoDatabase, profileId: string): Promise<void> {
	await db.attempts.where('[profileId+at]').between([profileId, -Infinity], [profileId, Infinity]).delete();
	for (const table of [db.lessonProgress, db.reviewCards, db.dailyActivity, db.assignments]) {
		await table.where('profileId').equals(profileId).delete();
	}
}

let instance: TansuoDatabase | undefined;

/** The app's database, opened on first use (never during prerendering). */
export function database(): TansuoDatabase {
	instance ??= new TansuoDatabase();
	return instance;
}
