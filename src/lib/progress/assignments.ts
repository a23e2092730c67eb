/*
 * A learner's side of an assignment: how far they are with it, and the report they send back.
 * Pure: progress rows, attempts and the clock come in as arguments.
 */
import type { Assignment } from '../share/assignment-code';
import type { Report, ReportLesson } from '../share/report-code';
import { lessonStatus, type LessonStatus, type ProgressRow } from './summary';

/** The parts of an attempt a report reads. */
export interface AttemptRow {
	lessonId: string;
	questionId: string;
	correct: boolean;
	firstTry: boolean;
	at: number;
}

export interface AssignmentState {
	lessons: { id: string; status: LessonStatus }[];
	/** Lessons completed or mastered. */
	done: number;
	/** Every lesson done (and, with a mastery target, mastered). */
	complete: boolean;
	overdue: boolean;
}

const isDone = (s: LessonStatus) => s === 'completed' || s === 'mastered';

/** Where a learner stands with an assignment; `today` is the local date, "2026-11-25". */
export function assignmentState(assignment: Assignment, rows: ProgressRow[], today: string): AssignmentState {
	const byId = new Map(rows.map((r) => [r.lessonId, r]));
	const lessons = assignment.lessons.map((id) => ({ id, status: lessonStatus(byId.get(id)) }));
	const done = lessons.filter((l) => isDone(l.status)).length;
	const complete = lessons.every((l) => (assignment.mastery ? l.status === 'mastered' : isDone(l.status)));
	return { lessons, done, complete, overdue: !complete && today > assignment.due };
}

/**
 * The report for an assignment. First-try correctness is the learner's very first try at each
 * question (what they knew before any hint or retry), by question id, for the questions of each
 * lesson's quiz as this app has it (a question removed in an update is left out).
 */
export function buildReport(input: {
	assignment: Assignment;
	student: string;
	rows: ProgressRow[];
	attempts: AttemptRow[];
	/** Each assigned lesson's question ids, in quiz order. */
	questionIds: Record<string, string[]>;
	now: number;
}): Report {
	const byId = new Map(input.rows.map((r) => [r.lessonId, r]));
	const firstTries = new Map<string, AttemptRow>();
	for (const a of [...input.attempts].sort((x, y) => x.at - y.at)) {
		const key = `${a.lessonId}/${a.questionId}`;
		if (a.firstTry && !firstTries.has(key)) firstTries.set(key, a);
	}
	const lessons = input.assignment.lessons.map((id): ReportLesson => {
		const row = byId.get(id);
		return {
			id,
			status: lessonStatus(row),
			seconds: Math.round((row?.timeMs ?? 0) / 1000),
			questions: Object.fromEntries(
				(input.questionIds[id] ?? []).flatMap((q) => {
					const first = firstTries.get(`${id}/${q}`);
					return first ? [[q, first.correct]] : [];
				})
			)
		};
	});
	return { assignmentId: input.assignment.id, student: input.student.trim(), made: input.now, lessons };
}
