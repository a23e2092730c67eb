/*
 * What one answer changes, as pure functions: the question's record in a quiz run, a new run,
 * and the stored rows after an answer (the lesson's progress, the day's activity, the review
 * card). The database module reads the rows before, calls these inside its transaction and writes
 * what they return; time, ids and the scheduler come in as arguments.
 */
import type { Answer } from './answers';
import type { Attempt, DayActivity, LessonProgress, QuizRun, ReviewCard } from '../db/rows';
import type { StoredCard } from '../review/schedule';

/** One question in one run, as the learner sees it. */
export interface QuestionRecord {
	tries: number;
	firstTryCorrect?: boolean;
	lastAnswer?: Answer;
	solved: boolean;
}

/** The record after one more saved try. */
export function recordTry(
	before: QuestionRecord | undefined,
	attempt: Pick<Attempt, 'correct' | 'firstTry' | 'answer'>
): QuestionRecord {
	const tries = before?.tries ?? 0;
	return {
		tries: tries + 1,
		firstTryCorrect: attempt.firstTry ? attempt.correct : before?.firstTryCorrect,
		lastAnswer: attempt.answer,
		solved: (before?.solved ?? false) || attempt.correct
	};
}

/** Each question's record, rebuilt from a run's saved attempts (oldest first). */
export function rebuildRecords(attempts: Attempt[]): Record<string, QuestionRecord> {
	const records: Record<string, QuestionRecord> = {};
	for (const a of attempts) records[a.questionId] = recordTry(records[a.questionId], a);
	return records;
}

/** A fresh run; `seed` orders its shuffles, so a reopened quiz looks the same. */
export function newRun(now: number, id: string, seed: number): QuizRun {
	return { id, seed, current: 0, hints: {}, finished: false, startedAt: now };
}

/** The rows an answer changes, as they were before it. */
export interface RowsBefore {
	day: string;
	progress?: LessonProgress;
	activity?: DayActivity;
	card?: ReviewCard;
}

/** Rates a card after an answer: FSRS in the app, anything in a test. */
export type RateCard = (card: StoredCard | undefined, correct: boolean, hintsUsed: number, now: number) => StoredCard;

/**
 * The rows after one saved answer. Every answer adds to the lesson's time and the day's activity;
 * only a first try moves the review card. With a quiz run, the run's state is saved with it.
 */
export function rowsAfterAnswer(before: RowsBefore, attempt: Attempt, rate: RateCard, run?: QuizRun) {
	const { profileId, lessonId, questionId, at } = attempt;
	const { progress, activity, card } = before;
	return {
		progress: {
			step: 0,
			openedAt: at,
			...progress,
			...(run ? { run } : {}),
			profileId,
			lessonId,
			timeMs: (progress?.timeMs ?? 0) + attempt.ms,
			updatedAt: at
		} satisfies LessonProgress,
		activity: {
			profileId,
			day: before.day,
			answers: (activity?.answers ?? 0) + 1,
			correct: (activity?.correct ?? 0) + (attempt.correct ? 1 : 0),
			ms: (activity?.ms ?? 0) + attempt.ms
		} satisfies DayActivity,
		card: attempt.firstTry
			? ({
					profileId,
					lessonId,
					questionId,
					card: rate(card?.card, attempt.correct, attempt.hintsUsed, at)
				} satisfies ReviewCard)
			: undefined
	};
}
