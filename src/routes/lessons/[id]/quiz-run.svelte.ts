/*
 * One learner's run through one lesson's quiz: which question is showing, what was answered,
 * the hints revealed, and the result. Every change is written to IndexedDB as it happens, and a
 * run reopened later picks up exactly where it was.
 */
import type { Question } from '$lib/content/types';
import type { Answer } from '$lib/quiz/answers';
import { grade, type Grade } from '$lib/quiz/grade';
import { loadModel } from '$lib/sims/load';
import { quizForm, shownFields, type Form, type LastForm } from '$lib/quiz/variants';
import { quizResult } from '$lib/quiz/mastery';
import { newRun, rebuildRecords, recordTry, type QuestionRecord } from '$lib/quiz/record';
import type { QuizRun } from '$lib/db/rows';
import {
	attemptsOfRun,
	loadProgress,
	saveAnswer,
	saveProgress,
	warmUpAnswering,
	type SaveFailure
} from '$lib/db/quiz-records';
import { StorageFullError } from '$lib/db/storage-errors';

/** Time, ids and chance, handed in so that a test can fix them. */
export interface RunDeps {
	now: () => number;
	newId: () => string;
	random: () => number;
}

const browserDeps: RunDeps = { now: () => Date.now(), newId: () => crypto.randomUUID(), random: Math.random };

export class QuizRunState {
	run = $state<QuizRun>(newRun(0, '', 0));
	records = $state<Record<string, QuestionRecord>>({});
	/** A change of place or hints that could not be saved (an answer's failure shows on its card). */
	saveError = $state<SaveFailure | undefined>();
	#shownAt: number;

	constructor(
		readonly profileId: string,
		readonly lessonId: string,
		readonly questionIds: string[],
		readonly masteryRule: number,
		readonly deps: RunDeps = browserDeps
	) {
		this.#shownAt = deps.now();
	}

	/** Score and mastery of this run so far (cheap: a pass over a dozen questions). */
	get result() {
		return quizResult(
			this.questionIds.map((id) => ({ questionId: id, firstTryCorrect: this.records[id]?.firstTryCorrect })),
			this.masteryRule
		);
	}

	/** The version of a question this run shows: a variant seeded by learner and run. */
	form(question: Question): Form {
		return quizForm(question, `${this.profileId}|${this.run.id}|${question.id}`);
	}

	/** Opens the learner's current run of this quiz, or starts one. */
	async open(): Promise<void> {
		warmUpAnswering();
		const progress = await loadProgress(this.profileId, this.lessonId);
		if (progress?.run) {
			// A quiz shortened by an update (or an odd restored run) reopens at its last question.
			const last = Math.max(0, this.questionIds.length - 1);
			this.run = { ...progress.run, current: Math.min(progress.run.current, last) };
			await this.#reloadRecords();
		} else {
			await this.#startRun();
		}
		this.#shownAt = this.deps.now();
	}

	/**
	 * Grades an answer and saves it. Only a saved answer is graded on screen: if saving fails, the
	 * learner is told why, nothing about the answer is kept, and trying again is still a first try.
	 * Invalid answers (empty, not a number) are not tries.
	 */
	async check(question: Question, answer: Answer | undefined, shown: LastForm = {}): Promise<Grade | SaveFailure> {
		const result = grade(question, answer, question.type === 'sim' ? await loadModel(question.sim) : undefined);
		if (result.status === 'invalid') return result;
		const now = this.deps.now();
		const started = performance.now();
		const saved = await saveAnswer(
			{
				profileId: this.profileId,
				lessonId: this.lessonId,
				questionId: question.id,
				runId: this.run.id,
				answer: $state.snapshot(answer!) as Answer, // defined: an empty answer grades invalid
				correct: result.status === 'correct',
				hintsUsed: this.run.hints[question.id] ?? 0,
				ms: now - this.#shownAt,
				at: now,
				...shownFields(shown)
			},
			{ kind: 'quiz', run: $state.snapshot(this.run) }
		);
		if ('failure' in saved) return saved.failure;
		// Read by scripts/bench-db.mjs: how long saving one answer takes on a real browser.
		performance.measure('tansuo:record-answer', { start: started });
		this.#shownAt = now;
		const before = this.records[question.id];
		if (!saved.attempt.firstTry && !before) {
			// Another tab answered this question of the same run first: take its tries in too.
			await this.#reloadRecords();
		} else {
			this.records[question.id] = recordTry(before, saved.attempt);
		}
		return result;
	}

	async revealHint(questionId: string): Promise<void> {
		this.run.hints[questionId] = (this.run.hints[questionId] ?? 0) + 1;
		await this.#save({ run: $state.snapshot(this.run) });
	}

	async goTo(index: number): Promise<void> {
		this.run.current = Math.max(0, Math.min(this.questionIds.length - 1, index));
		this.run.finished = false;
		this.#shownAt = this.deps.now();
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
			...(better ? { best: { score: r.score, mastered: r.mastered || !!best?.mastered, at: this.deps.now() } } : {})
		});
	}

	async restart(): Promise<void> {
		await this.#startRun();
		this.#shownAt = this.deps.now();
	}

	async #startRun(): Promise<void> {
		const { now, newId, random } = this.deps;
		this.run = newRun(now(), newId(), Math.floor(random() * 2 ** 31));
		this.records = {};
		await this.#save({ run: $state.snapshot(this.run) });
	}

	async #reloadRecords(): Promise<void> {
		this.records = rebuildRecords(await attemptsOfRun(this.profileId, this.lessonId, this.run.id));
	}

	async #save(change: Parameters<typeof saveProgress>[2]): Promise<void> {
		try {
			await saveProgress(this.profileId, this.lessonId, change, this.deps.now());
			this.saveError = undefined;
		} catch (e) {
			this.saveError = e instanceof StorageFullError ? 'full' : 'failed';
			console.error(e);
		}
	}
}
