/*
 * A class at a glance, from the reports its students sent back: a students × lessons grid and
 * the questions the class found hardest. Pure: the assignments, the reports and today's date come
 * in as arguments. Students are known only by the reports they send: there is no roster.
 */
import type { Assignment } from '../share/assignment-code';
import { reportKey, type Report, type ReportLesson, type ReportStatus } from '../share/report-code';

export type CellStatus = 'mastered' | 'done' | 'started' | 'not-yet' | 'late' | 'no-report';

export interface StudentRow {
	name: string;
	/** The newest report this student sent for the class. */
	lastReport: number;
	/** Time spent over every lesson of the class, in seconds. */
	seconds: number;
	cells: Record<string, CellStatus>;
}

export interface QuestionStat {
	lessonId: string;
	questionId: string;
	answered: number;
	right: number;
	/**
	 * Some answers came from old (version 1) reports, which name questions by position: they were
	 * matched to this app's quiz, which may differ from the student's.
	 */
	byPosition: boolean;
}

export interface ClassReport {
	/** Every lesson assigned to the class, in the order assigned. */
	lessonIds: string[];
	students: StudentRow[];
	/** Questions at least one student answered, hardest (lowest share right at first try) first. */
	questions: QuestionStat[];
}

const RANK: Record<ReportStatus, number> = { 'not-started': 0, 'in-progress': 1, completed: 2, mastered: 3 };
const CELL: Record<ReportStatus, CellStatus> = {
	'not-started': 'not-yet',
	'in-progress': 'started',
	completed: 'done',
	mastered: 'mastered'
};

/** Strips the assignment from a report key: one student across all of a class's assignments. */
const studentOf = (r: Report) => reportKey(r).slice(r.assignmentId.length + 1);

/**
 * `quizIds` is each lesson's quiz, question ids in order, as the teacher's app has it: old reports
 * that name questions by position are read against it.
 */
export function classReport(
	assignments: Assignment[],
	reports: Report[],
	today: string,
	quizIds: Record<string, string[]> = {}
): ClassReport {
	const lessonIds = [...new Set(assignments.flatMap((a) => a.lessons))];
	const byId = new Map(assignments.map((a) => [a.id, a]));
	const known = reports.filter((r) => byId.has(r.assignmentId));

	// Per student and lesson: the best status ever reported, and the newest report's figures.
	const students = new Map<string, { row: StudentRow; best: Map<string, ReportStatus> }>();
	const latest = new Map<string, { student: string; made: number; lesson: ReportLesson }>();
	for (const report of known) {
		const student = studentOf(report);
		const entry = students.get(student) ?? {
			row: { name: report.student, lastReport: 0, seconds: 0, cells: {} },
			best: new Map<string, ReportStatus>()
		};
		students.set(student, entry);
		if (report.made > entry.row.lastReport) {
			entry.row.lastReport = report.made;
			entry.row.name = report.student;
		}
		// Only the lessons the assignment set: a report naming others was not made by this app.
		const assigned = byId.get(report.assignmentId)!.lessons;
		for (const lesson of report.lessons.filter((l) => assigned.includes(l.id))) {
			const best = entry.best.get(lesson.id);
			if (!best || RANK[lesson.status] > RANK[best]) entry.best.set(lesson.id, lesson.status);
			const seen = latest.get(`${student}|${lesson.id}`);
			if (!seen || report.made > seen.made)
				latest.set(`${student}|${lesson.id}`, { student, made: report.made, lesson });
		}
	}

	for (const { row, best } of students.values()) {
		for (const lessonId of lessonIds) {
			const status = best.get(lessonId);
			const due = assignments.filter((a) => a.lessons.includes(lessonId)).map((a) => a.due);
			const overdue = due.length > 0 && due.every((d) => today > d);
			if (status === undefined) row.cells[lessonId] = overdue ? 'late' : 'no-report';
			else if (RANK[status] < RANK.completed && overdue) row.cells[lessonId] = 'late';
			else row.cells[lessonId] = CELL[status];
		}
	}

	const stats = new Map<string, QuestionStat>();
	for (const { student, lesson } of latest.values()) {
		students.get(student)!.row.seconds += lesson.seconds;
		const count = (questionId: string, right: boolean, byPosition: boolean) => {
			const key = `${lesson.id}#${questionId}`;
			const stat = stats.get(key) ?? { lessonId: lesson.id, questionId, answered: 0, right: 0, byPosition };
			stat.answered++;
			if (right) stat.right++;
			stat.byPosition ||= byPosition;
			stats.set(key, stat);
		};
		for (const [questionId, right] of Object.entries(lesson.questions ?? {})) count(questionId, right, false);
		lesson.firstTry?.forEach((right, index) => {
			// A position past the end of this app's quiz keeps its number: "#7".
			if (right !== null) count(quizIds[lesson.id]?.[index] ?? `#${index + 1}`, right, true);
		});
	}
	const order = (s: QuestionStat) => quizIds[s.lessonId]?.indexOf(s.questionId) ?? -1;
	const questions = [...stats.values()].sort(
		(a, b) =>
			a.right / a.answered - b.right / b.answered ||
			b.answered - a.answered ||
			lessonIds.indexOf(a.lessonId) - lessonIds.indexOf(b.lessonId) ||
			order(a) - order(b) ||
			a.questionId.localeCompare(b.questionId)
	);

	const rows = [...students.values()].map((s) => s.row);
	rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
	return { lessonIds, students: rows, questions };
}
