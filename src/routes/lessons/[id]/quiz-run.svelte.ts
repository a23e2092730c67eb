/*
 * One learner's run through one lesson's quiz: which question is showing, what was answered,
 * the hints revealed, and the result. Every change is written to IndexedDB as it happens, and a
 * run reopened later picks up exactly where it was.
 */
import type { Question } from '$lib/content/types';
import type { Answer } from '$lib/quiz/answers';
import { grade, type Grade } from '$lib/quiz/grade';
import { quizResult } from '$lib/quiz/mastery';
import type { Attempt, QuizRun } from '$lib/db/database';
import {
	attemptsOfRun,
	loadProgress,
	recordAttempt,
	RowsAhead,
	saveProgress,
	warmUpAnswering
} from '$lib/db/quiz-records';
import { newId } from '$lib/db/profiles';
import { StorageFullError } from '$lib/db/storage-errors';

export interface QuestionRecord {
	tries: number;
	firstTryCorrect?: boolean;
	lastAnswer?: Answer;
	solved: boolean;
}

function newRun(now: number): QuizRun {
	return {
		id: newId(),
		seed: Math.floor(Math.random() * 2 ** 31),
		current: 0,
		hints: {},
		finished: false,
		startedAt: now
	};
}

export class QuizRunState {
	run = $state<QuizRun>(newRun(0));
	records = $state<Record<string, QuestionRecord>>({});
	saveError = $state<'full' | 'failed' | undefined>();
	#shownAt = Date.now();
	#ahead: RowsAhead;

	constructor(
		readonly profileId: string,
		readonly lessonId: string,
		readonly questionIds: string[],
		readonly masteryRule: number
	) {
		this.#ahead = new RowsAhead(profileId);
	}

	/** Score and mastery of this run so far (cheap: a pass over a dozen questions). */
	get result() {
		return quizResult(
			this.questionIds.map((id) => ({ questionId: id, firstTryCorrect: this.records[id]?.firstTryCorrect })),
			this.masteryRule
		);
	}

	/** Opens the learner's current run of this quiz, or starts one. */
	async open(): Promise<void> {
		warmUpAnswering();
		const progress = await loadProgress(this.profileId, this.lessonId);
		if (progress?.run) {
			this.run = progress.run;
			const attempts = await attemptsOfRun(this.profileId, this.lessonId, progress.run.id);
			this.records = rebuildRecords(attempts);
		} else {
			this.run = newRun(Date.now());
			await this.#save({ run: $state.snapshot(this.run) });
		}
		this.#shownAt = Date.now();
		this.#readAhead();
	}

	/** Grades an answer and records it at once. Invalid answers are not tries. */
	async check(question: Question, answer: Answer | undefined): Promise<Grade> {
		const result = grade(question, answer);
		if (result.status === 'invalid') return result;
		const now = Date.now();
		const before = this.records[question.id] ?? { tries: 0, solved: false };
		const correct = result.status === 'correct';
		const attempt: Attempt = {
			profileId: this.profileId,
			lessonId: this.lessonId,
			questionId: question.id,
			runId: this.run.id,
			answer: $state.snapshot(answer!) as Answer, // defined: an empty answer grades invalid
			correct,
			firstTry: before.tries === 0,
			hintsUsed: this.run.hints[question.id] ?? 0,
			ms: now - this.#shownAt,
			at: now
		};
		this.#shownAt = now;
		// Saved before the screen changes: feedback never shows for an answer the device has not
		// kept, and the write does not queue behind the re-render it would cause.
		const started = performance.now();
		const ahead = this.#ahead.take();
		await this.#guard(() => recordAttempt(attempt, $state.snapshot(this.run), ahead));
		// Read by scripts/bench-db.mjs: how long saving one answer takes on a real browser.
		performance.measure('tansuo:record-answer', { start: started });
		this.#readAhead();
		this.records[question.id] = {
			tries: before.tries + 1,
			firstTryCorrect: before.tries === 0 ? correct : before.firstTryCorrect,
			lastAnswer: answer,
			solved: before.solved || correct
		};
		return result;
	}

	async revealHint(questionId: string): Promise<void> {
		this.run.hints[questionId] = (this.run.hints[questionId] ?? 0) + 1;
		await this.#save({ run: $state.snapshot(this.run) });
	}

	async goTo(index: number): Promise<void> {
		this.run.current = Math.max(0, Math.min(this.questionIds.length - 1, index));
		this.run.finished = false;
		this.#shownAt = Date.now();
		await this.#save({ run: $state.snapshot(this.run) });
	}

	async finish(): Promise<void> {
		this.run.finished = true;
		const progress = await loadProgress(this.profileId, this.lessonId);
		const r = this.result;
		const best = progress?.best;
		const better = r.complete && (!best || r.score > best.score || (r.mastered && !best.mastered));
		await this.#save({
			run: $state.snapshot(this.run),
			...(better ? { best: { score: r.score, mastered: r.mastered || !!best?.mastered, at: Date.now() } } : {})
		});
	}

	async restart(): Promise<void> {
		this.run = newRun(Date.now());
		this.records = {};
		this.#shownAt = Date.now();
		await this.#save({ run: $state.snapshot(this.run) });
	}

	async #save(change: Parameters<typeof saveProgress>[2]): Promise<void> {
		this.#ahead.take(); // the progress row changes: what was read is out of date
		await this.#guard(() => saveProgress(this.profileId, this.lessonId, change, Date.now()));
		this.#readAhead();
	}

	/** Reads, in the background, the rows that answering the current question would change. */
	#readAhead(): void {
		const questionId = this.questionIds[this.run.current];
		if (questionId && !this.run.finished) this.#ahead.read(this.lessonId, questionId);
	}

	async #guard(write: () => Promise<void>): Promise<void> {
		try {
			await write();
			this.saveError = undefined;
		} catch (e) {
			this.saveError = e instanceof StorageFullError ? 'full' : 'failed';
			console.error(e);
		}
	}
}

/** Rebuilds each question's record from the run's attempts, oldest first. */
export function rebuildRecords(attempts: Attempt[]): Record<string, QuestionRecord> {
	const records: Record<string, QuestionRecord> = {};
	for (const a of attempts) {
		const before = records[a.questionId] ?? { tries: 0, solved: false };
		records[a.questionId] = {
			tries: before.tries + 1,
			firstTryCorrect: before.tries === 0 ? a.correct : before.firstTryCorrect,
			lastAnswer: a.answer,
			solved: before.solved || a.correct
		};
	}
	return records;
}
