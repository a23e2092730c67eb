import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/share/assignment-code';
import type { Report, ReportLesson } from '../../../src/lib/share/report-code';
import { classReport } from '../../../src/lib/teacher/class-report';

const assignment = (id: string, lessons: string[], due = '2026-12-01'): Assignment => ({
	id,
	title: 'Light',
	note: '',
	className: '七年级一班',
	due,
	lessons,
	secret: 'A'.repeat(22),
	created: 0
});
/** A version 2 lesson: first tries by question id (`q0`, `q1`… for the positions given). */
const lesson = (id: string, status: ReportLesson['status'], firstTry: (boolean | null)[], seconds = 60) => ({
	id,
	status,
	seconds,
	questions: Object.fromEntries(firstTry.flatMap((t, i) => (t === null ? [] : [[`q${i}`, t]])))
});
/** The same lesson as a version 1 report sends it: by position. */
const oldLesson = (id: string, status: ReportLesson['status'], firstTry: (boolean | null)[], seconds = 60) => ({
	id,
	status,
	seconds,
	firstTry
});
const report = (assignmentId: string, student: string, made: number, lessons: ReportLesson[]): Report => ({
	assignmentId,
	student,
	made,
	lessons
});

const a1 = assignment('aaaaaaaaaaaa', ['light-refraction', 'inertia']);
const a2 = assignment('bbbbbbbbbbbb', ['cells'], '2026-11-20');

describe('classReport', () => {
	it('makes one row per student across assignments, with the best status per lesson', () => {
		const r = classReport(
			[a1, a2],
			[
				report(a1.id, '李梅', 1, [
					lesson('light-refraction', 'mastered', [true, true]),
					lesson('inertia', 'in-progress', [false, null])
				]),
				report(a2.id, '李梅', 2, [lesson('cells', 'completed', [true])]),
				report(a1.id, 'Wang Lei', 3, [
					lesson('light-refraction', 'completed', [false, true]),
					lesson('inertia', 'not-started', [null, null])
				])
			],
			'2026-11-25'
		);
		expect(r.lessonIds).toEqual(['light-refraction', 'inertia', 'cells']);
		expect(r.students.map((s) => s.name).sort()).toEqual(['Wang Lei', '李梅']);
		const mei = r.students.find((s) => s.name === '李梅')!;
		expect(mei.cells).toEqual({ 'light-refraction': 'mastered', inertia: 'started', cells: 'done' });
		// Wang Lei sent nothing for `cells`, whose due date has passed: late.
		expect(r.students.find((s) => s.name === 'Wang Lei')!.cells.cells).toBe('late');
		expect(mei.seconds).toBe(180);
	});

	it('marks unfinished lessons late once every assignment holding them is past due', () => {
		const r = classReport([a1], [report(a1.id, 'A', 1, [lesson('light-refraction', 'in-progress', [])])], '2026-12-02');
		expect(r.students[0].cells).toEqual({ 'light-refraction': 'late', inertia: 'late' });
		const onTime = classReport(
			[a1],
			[report(a1.id, 'A', 1, [lesson('light-refraction', 'in-progress', [])])],
			'2026-12-01'
		);
		expect(onTime.students[0].cells).toEqual({ 'light-refraction': 'started', inertia: 'no-report' });
	});

	it('counts first tries from each student’s newest report only, hardest question first', () => {
		const r = classReport(
			[a1],
			[
				report(a1.id, 'A', 1, [lesson('light-refraction', 'in-progress', [false, false])]),
				report(a1.id, 'A', 5, [lesson('light-refraction', 'completed', [true, false])]),
				report(a1.id, 'B', 2, [lesson('light-refraction', 'completed', [true, false])]),
				report(a1.id, 'C', 2, [lesson('light-refraction', 'completed', [false, null])])
			],
			'2026-11-25'
		);
		expect(r.questions).toEqual([
			{ lessonId: 'light-refraction', questionId: 'q1', answered: 2, right: 0, byPosition: false },
			{ lessonId: 'light-refraction', questionId: 'q0', answered: 3, right: 2, byPosition: false }
		]);
	});

	it('counts by question id, so a quiz that changed between apps does not shift answers', () => {
		// The student's app had q1 second; the teacher's app added a question before it.
		const r = classReport(
			[a1],
			[
				report(a1.id, 'A', 1, [{ id: 'light-refraction', status: 'completed', seconds: 1, questions: { q1: false } }]),
				report(a1.id, 'B', 1, [
					{ id: 'light-refraction', status: 'completed', seconds: 1, questions: { q1: false, q0: true } }
				])
			],
			'2026-11-25',
			{ 'light-refraction': ['q0', 'q-new', 'q1'] }
		);
		expect(r.questions.map((q) => [q.questionId, q.right, q.answered])).toEqual([
			['q1', 0, 2],
			['q0', 1, 1]
		]);
	});

	it('reads old reports by position against this app’s quiz, and says so', () => {
		const r = classReport(
			[a1],
			[
				report(a1.id, 'A', 1, [oldLesson('light-refraction', 'completed', [true, false, null, false])]),
				report(a1.id, 'B', 1, [lesson('light-refraction', 'completed', [true, true])])
			],
			'2026-11-25',
			{ 'light-refraction': ['q0', 'q1', 'q2'] }
		);
		expect(r.questions).toEqual([
			// Past the end of this app's quiz: kept under its number.
			{ lessonId: 'light-refraction', questionId: '#4', answered: 1, right: 0, byPosition: true },
			{ lessonId: 'light-refraction', questionId: 'q1', answered: 2, right: 1, byPosition: true },
			{ lessonId: 'light-refraction', questionId: 'q0', answered: 2, right: 2, byPosition: true }
		]);
	});

	it('counts only the lessons each assignment set', () => {
		const r = classReport(
			[a1],
			[report(a1.id, 'A', 1, [lesson('light-refraction', 'completed', [true]), lesson('cells', 'mastered', [false])])],
			'2026-11-25'
		);
		expect(r.questions.map((q) => q.lessonId)).toEqual(['light-refraction']);
		expect(r.students[0].seconds).toBe(60);
	});

	it('ignores reports for assignments the class does not have', () => {
		const r = classReport([a1], [report('zzzzzzzzzzzz', 'X', 1, [lesson('cells', 'mastered', [true])])], '2026-11-25');
		expect(r.students).toEqual([]);
		expect(r.questions).toEqual([]);
	});
});
