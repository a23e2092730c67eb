/*
 * Reading and writing a learner's quiz: attempts, the current run, and the lesson's progress.
 * Each write is small and immediate, so closing the tab at any moment loses nothing.
 */
import {
	database,
	type Attempt,
	type DayActivity,
	type LessonProgress,
	type QuizRun,
	type ReviewCard
} from './database';
import { guardedWrite } from './storage-errors';
import { writeIfUnchanged } from './direct-write';
import { dayOf } from '../progress/days';

/**
 * The FSRS scheduler, loaded with the first answer rather than with every lesson page (which only
 * saves the reader's place). `warmUpAnswering()` fetches it as a quiz opens. Kept once loaded:
 * awaiting import() again, even of a module already there, costs Chromium about 10 ms a time.
 */
type Schedule = typeof import('../review/schedule');
let schedule: Schedule | undefined;
async function scheduler(): Promise<Schedule> {
	schedule ??= await import('../review/schedule');
	return schedule;
}
export function warmUpAnswering(): void {
	void scheduler();
}

export async function loadProgress(profileId: string, lessonId: string): Promise<LessonProgress | undefined> {
	return database().lessonProgress.get([profileId, lessonId]);
}

export async function attemptsOfRun(profileId: string, lessonId: string, runId: string): Promise<Attempt[]> {
	return database().attempts.where('[profileId+lessonId+runId]').equals([profileId, lessonId, runId]).sortBy('at');
}

/** Saves a change to the lesson's progress, creating the record on first use. */
export async function saveProgress(
	profileId: string,
	lessonId: string,
	change: Partial<Omit<LessonProgress, 'profileId' | 'lessonId'>>,
	now: number
): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', db.lessonProgress, async () => {
			const existing = await db.lessonProgress.get([profileId, lessonId]);
			await db.lessonProgress.put({
				step: 0,
				openedAt: now,
				...existing,
				...change,
				profileId,
				lessonId,
				updatedAt: now
			});
		})
	);
}

/**
 * The rows an answer changes, read ahead while its question is on screen: the lesson's progress,
 * the day's activity and the question's review card, as they were then.
 */
export interface AnswerRows {
	lessonId: string;
	questionId: string;
	day: string;
	progress?: LessonProgress;
	activity?: DayActivity;
	card?: ReviewCard;
}

/** The rows an answer to `questionId` on `day` changes, as they are now (inside a transaction). */
function readRows(profileId: string, lessonId: string, questionId: string, day: string) {
	const db = database();
	return Promise.all([
		db.lessonProgress.get([profileId, lessonId]),
		db.dailyActivity.get([profileId, day]),
		db.reviewCards.get([profileId, lessonId, questionId])
	]);
}

/** Reads the rows that answering `questionId` now would change (see recordAttempt). */
export async function readAnswerRows(
	profileId: string,
	lessonId: string,
	questionId: string,
	now: number
): Promise<AnswerRows> {
	const db = database();
	const day = dayOf(now);
	const [progress, activity, card] = await db.transaction(
		'r',
		[db.lessonProgress, db.dailyActivity, db.reviewCards],
		() => readRows(profileId, lessonId, questionId, day)
	);
	return { lessonId, questionId, day, progress, activity, card };
}

/**
 * The rows the next answer will change, read in the background while the learner thinks, so that
 * saving the answer need not wait to read them (see recordAttempt). A read that a write overtook
 * is dropped: it may have missed that write.
 */
export class RowsAhead {
	#rows: AnswerRows | undefined;
	#writes = 0;

	constructor(readonly profileId: string) {}

	/** Starts reading the rows that answering `questionId` of `lessonId` would change. */
	read(lessonId: string, questionId: string): void {
		const writes = this.#writes;
		readAnswerRows(this.profileId, lessonId, questionId, Date.now()).then(
			(rows) => {
				if (writes === this.#writes) this.#rows = rows; // else a write came first: read again after it
			},
			() => {} // only a shortcut: without it, the answer reads for itself
		);
	}

	/** Call as a write begins: hands over the rows read so far (if any) and drops reads under way. */
	take(): AnswerRows | undefined {
		const rows = this.#rows;
		this.#rows = undefined;
		this.#writes++;
		return rows;
	}
}

/** The rows after one answer, computed from the rows before it. */
function answered(rows: AnswerRows, attempt: Attempt, review: Schedule['review'], run?: QuizRun) {
	const { profileId, lessonId, questionId, at } = attempt;
	const { progress, activity, card } = rows;
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
			day: rows.day,
			answers: (activity?.answers ?? 0) + 1,
			correct: (activity?.correct ?? 0) + (attempt.correct ? 1 : 0),
			ms: (activity?.ms ?? 0) + attempt.ms
		} satisfies DayActivity,
		// Only a first try moves the card.
		card: attempt.firstTry
			? ({
					profileId,
					lessonId,
					questionId,
					card: review(card?.card, attempt.correct, attempt.hintsUsed, at)
				} satisfies ReviewCard)
			: undefined
	};
}

/**
 * Records one checked answer, in one transaction with everything it changes: the run's place,
 * the day's activity, the time spent in the lesson and, for a first try, the review card.
 *
 * With the rows read ahead (readAnswerRows), the transaction does not wait to read before it
 * writes: it reads the rows again and writes the new ones in the same breath, and commits only if
 * the reads match what was read ahead (see direct-write.ts). Should they differ (another tab, or
 * reading time saved meanwhile), nothing is written and the answer is recorded again the plain
 * way. Either way, exactly one answer is counted.
 */
export async function recordAttempt(attempt: Attempt, run?: QuizRun, ahead?: AnswerRows): Promise<void> {
	const db = database();
	const { profileId, lessonId, questionId, at } = attempt;
	const { review } = schedule ?? (await scheduler());

	if (ahead && ahead.lessonId === lessonId && ahead.questionId === questionId && ahead.day === dayOf(at)) {
		const next = answered(ahead, attempt, review, run);
		const written = await guardedWrite(() =>
			writeIfUnchanged(
				db,
				[
					{ table: db.lessonProgress, key: [profileId, lessonId], row: ahead.progress },
					{ table: db.dailyActivity, key: [profileId, ahead.day], row: ahead.activity },
					{ table: db.reviewCards, key: [profileId, lessonId, questionId], row: ahead.card }
				],
				[
					{ table: db.attempts, row: attempt, add: true },
					{ table: db.lessonProgress, row: next.progress },
					{ table: db.dailyActivity, row: next.activity },
					...(next.card ? [{ table: db.reviewCards, row: next.card }] : [])
				]
			)
		);
		if (written) return;
	}
	await guardedWrite(() =>
		db.transaction('rw', [db.attempts, db.lessonProgress, db.dailyActivity, db.reviewCards], async () => {
			const day = dayOf(at);
			const [progress, activity, card] = await readRows(profileId, lessonId, questionId, day);
			const next = answered({ lessonId, questionId, day, progress, activity, card }, attempt, review, run);
			await Promise.all([
				db.attempts.add(attempt),
				db.lessonProgress.put(next.progress),
				db.dailyActivity.put(next.activity),
				next.card && db.reviewCards.put(next.card)
			]);
		})
	);
}

/** Adds reading time to a lesson (counted while the page is visible). */
export async function addReadingTime(profileId: string, lessonId: string, ms: number, now: number): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', db.lessonProgress, async () => {
			const progress = await db.lessonProgress.get([profileId, lessonId]);
			if (!progress) return;
			await db.lessonProgress.update([profileId, lessonId], { timeMs: (progress.timeMs ?? 0) + ms, updatedAt: now });
		})
	);
}
