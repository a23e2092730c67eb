/*
 * What the device stores: one type per table row. Plain types that import no Dexie, so the pure
 * codecs (backups) and the views can use them without loading the database.
 */
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
	/** Which variant of the question was shown (for a question with variants). */
	variant?: number;
	/** The practice question shown in its place in review, by id. */
	bank?: string;
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
	/** The choice made before each simulation that asks for a prediction, by the sim block's id. */
	predictions?: Record<string, number>;
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
