/*
 * The one Dexie database: its tables, its schema versions and their migrations. Every other
 * module reads and writes through the functions beside this file, never through a second Dexie.
 * Keep every version() here forever: a phone may skip several releases and still upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Answer } from '../quiz/answers';
import type { StoredCard } from '../review/schedule';
import type { Assignment } from '../share/assignment-code';
import type { Report } from '../share/report-code';

export interface Profile {
	id: string;
	name: string;
	avatar: string;
	color: string;
	createdAt: number;
}

/** One check of one answer: written the moment the learner presses "Check". */
export interface Attempt {
	id?: number;
	profileId: string;
	lessonId: string;
	questionId: string;
	/** The quiz run this try belongs to; the first try of a question in a run is what counts. */
	runId: string;
	answer: Answer;
	correct: boolean;
	firstTry: boolean;
	hintsUsed: number;
	/** Time from the question being shown (or the last check) to this check. */
	ms: number;
	at: number;
}

export interface QuizRun {
	id: string;
	/** Seeds the shuffles, so a reopened quiz shows the same order. */
	seed: number;
	current: number;
	/** Hints revealed so far, per question id. */
	hints: Record<string, number>;
	/** Whether the result screen is showing. */
	finished: boolean;
	startedAt: number;
}

/** Where a learner is in one lesson. */
export interface LessonProgress {
	profileId: string;
	lessonId: string;
	/** The reader's step: a section index, or the number of sections for the quiz. */
	step: number;
	run?: QuizRun;
	/** The best finished run so far. */
	best?: { score: number; mastered: boolean; at: number };
	openedAt: number;
	updatedAt: number;
	/** Time spent in the lesson: reading and answering (since schema version 2). */
	timeMs?: number;
}

/** One question's place in spaced review (since schema version 2). */
export interface ReviewCard {
	profileId: string;
	lessonId: string;
	questionId: string;
	card: StoredCard;
}

/**
 * What a learner did on one day, kept as a running total so that the progress page never has to
 * read every attempt (since schema version 2).
 */
export interface DayActivity {
	profileId: string;
	/** Local date, "2026-11-25". */
	day: string;
	answers: number;
	correct: number;
	ms: number;
}

/** An assignment a learner received from a teacher's link or QR (since schema version 3). */
export interface ReceivedAssignment {
	profileId: string;
	/** The assignment's own id, so that opening the same link twice adds it once. */
	id: string;
	assignment: Assignment;
	receivedAt: number;
}

/** A teacher's class: just a name; its students appear as their reports come in (since v3). */
export interface SchoolClass {
	id: string;
	name: string;
	createdAt: number;
}

/** An assignment a teacher made on this device, secret included (since schema version 3). */
export interface TeacherAssignment {
	id: string;
	classId: string;
	assignment: Assignment;
}

/** The latest report of one student for one assignment, as the teacher received it (since v3). */
export interface StoredReport {
	/** The assignment and the normalised student name: a newer report replaces an older one. */
	key: string;
	assignmentId: string;
	report: Report;
	receivedAt: number;
}

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
		// No query cache: answers are written past Dexie (direct-write.ts), and a live query served
		// from Dexie's cache would not see them. Our live queries are few and small.
		super(name, { chromeTransactionDurability: 'relaxed', cache: 'disabled' });
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

let instance: TansuoDatabase | undefined;

/** The app's database, opened on first use (never during prerendering). */
export function database(): TansuoDatabase {
	instance ??= new TansuoDatabase();
	return instance;
}
