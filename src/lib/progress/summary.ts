/*
 * The learner's progress as the progress page and home show it, computed from small tables
 * (one row per lesson opened, one per active day), never from every attempt. Pure: the clock and
 * the data come in as arguments.
 */
import type { LessonSummary, Subject } from '../content/types';
import { SUBJECTS } from '../content/types';
import { currentStreak, longestStreak } from './days';

export type LessonStatus = 'not-started' | 'in-progress' | 'completed' | 'mastered';

/** The parts of a lesson's progress record this module reads. */
export interface ProgressRow {
	lessonId: string;
	step: number;
	best?: { score: number; mastered: boolean };
	run?: { finished: boolean };
	timeMs?: number;
	updatedAt: number;
}

export interface DayRow {
	day: string;
	answers: number;
	correct: number;
	ms: number;
}

export interface LessonLine {
	id: string;
	status: LessonStatus;
	/** Best first-try score, 0–1, once a quiz was finished. */
	score?: number;
	timeMs: number;
}

export type BadgeId = 'first-lesson' | 'first-mastery' | 'streak-3' | 'streak-7' | 'answers-50' | `subject-${Subject}`;

export interface ProgressSummary {
	subjects: { subject: Subject; lessons: LessonLine[]; mastered: number; completed: number }[];
	concepts: { concept: number; lessons: number; mastered: number }[];
	streak: number;
	longestStreak: number;
	activeDays: string[];
	answers: number;
	timeMs: number;
	badges: BadgeId[];
	masteredSubjects: Subject[];
}

export function lessonStatus(row: ProgressRow | undefined): LessonStatus {
	if (!row) return 'not-started';
	if (row.best?.mastered) return 'mastered';
	if (row.best) return 'completed';
	return 'in-progress';
}

export function summarize(
	lessons: LessonSummary[],
	rows: ProgressRow[],
	days: DayRow[],
	today: string
): ProgressSummary {
	const byLesson = new Map(rows.map((r) => [r.lessonId, r]));
	const line = (l: LessonSummary): LessonLine => {
		const row = byLesson.get(l.id);
		return { id: l.id, status: lessonStatus(row), score: row?.best?.score, timeMs: row?.timeMs ?? 0 };
	};
	const lines = new Map(lessons.map((l) => [l.id, line(l)]));

	const subjects = SUBJECTS.map((subject) => {
		const own = lessons.filter((l) => l.subject === subject).map((l) => lines.get(l.id)!);
		return {
			subject,
			lessons: own,
			mastered: own.filter((l) => l.status === 'mastered').length,
			completed: own.filter((l) => l.status === 'completed' || l.status === 'mastered').length
		};
	}).filter((s) => s.lessons.length > 0);

	const conceptNumbers = [...new Set(lessons.map((l) => l.concept))].sort((a, b) => a - b);
	const concepts = conceptNumbers.map((concept) => {
		const own = lessons.filter((l) => l.concept === concept);
		return { concept, lessons: own.length, mastered: own.filter((l) => lines.get(l.id)!.status === 'mastered').length };
	});

	const activeDays = days
		.filter((d) => d.answers > 0)
		.map((d) => d.day)
		.sort();
	const streak = currentStreak(activeDays, today);
	const longest = longestStreak(activeDays);
	const answers = days.reduce((n, d) => n + d.answers, 0);
	const all = [...lines.values()];
	const masteredSubjects = subjects.filter((s) => s.mastered === s.lessons.length).map((s) => s.subject);

	const badges: BadgeId[] = [];
	if (all.some((l) => l.status === 'completed' || l.status === 'mastered')) badges.push('first-lesson');
	if (all.some((l) => l.status === 'mastered')) badges.push('first-mastery');
	if (longest >= 3) badges.push('streak-3');
	if (longest >= 7) badges.push('streak-7');
	if (answers >= 50) badges.push('answers-50');
	for (const s of masteredSubjects) badges.push(`subject-${s}`);

	return {
		subjects,
		concepts,
		streak,
		longestStreak: longest,
		activeDays,
		answers,
		timeMs: all.reduce((n, l) => n + l.timeMs, 0),
		badges,
		masteredSubjects
	};
}

/**
 * Where to go next: the lesson to continue, and a lesson to start whose prerequisites are all
 * done. Among those, one that builds on the lesson finished most recently comes first, and
 * `because` names that lesson, so home can say why ("you finished 光的折射").
 */
export function nextSteps(
	lessons: LessonSummary[],
	rows: ProgressRow[]
): { continueId?: string; nextId?: string; because?: string } {
	const byLesson = new Map(rows.map((r) => [r.lessonId, r]));
	const unfinished = rows
		.filter((r) => lessons.some((l) => l.id === r.lessonId))
		.filter((r) => lessonStatus(r) === 'in-progress')
		.sort((a, b) => b.updatedAt - a.updatedAt);
	const done = (id: string) => {
		const s = lessonStatus(byLesson.get(id));
		return s === 'completed' || s === 'mastered';
	};
	const ready = lessons.filter((l) => !byLesson.has(l.id) && l.prerequisites.every(done));
	// The most recently finished prerequisite of each ready lesson.
	const latest = (l: LessonSummary) =>
		l.prerequisites.reduce<ProgressRow | undefined>((best, id) => {
			const row = byLesson.get(id);
			return row && (!best || row.updatedAt > best.updatedAt) ? row : best;
		}, undefined);
	const built = ready
		.map((lesson) => ({ lesson, after: latest(lesson) }))
		.filter((x) => x.after)
		.sort((a, b) => b.after!.updatedAt - a.after!.updatedAt)[0];
	const next = built?.lesson ?? ready[0];
	return { continueId: unfinished[0]?.lessonId, nextId: next?.id, because: built?.after?.lessonId };
}
