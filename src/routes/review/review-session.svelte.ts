/*
 * A review session: the learner's due cards, oldest due first, each served once. The first
 * check of a card rates it (FSRS); a retry after a miss is practice and does not re-rate.
 */
import type { Language, Question } from '$lib/content/types';
import { database, type ReviewCard } from '$lib/db/database';
import { recordAttempt, RowsAhead, warmUpAnswering } from '$lib/db/quiz-records';
import { StorageFullError } from '$lib/db/storage-errors';
import type { Answer } from '$lib/quiz/answers';
import { grade, type Grade } from '$lib/quiz/grade';
import { loadQuizData, type QuizData } from '$lib/quiz-data';

export class ReviewSession {
	cards = $state<ReviewCard[]>([]);
	index = $state(0);
	loaded = $state(false);
	/** Cards answered right in this session: their question shows as done. */
	solved = $state<string[]>([]);
	saveError = $state<'full' | 'failed' | undefined>();
	// Private caches that no view reads directly: plain collections are meant.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#lessons = new Map<string, QuizData>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#tried = new Set<string>();
	#shownAt = Date.now();
	#ahead: RowsAhead;

	constructor(readonly profileId: string) {
		this.#ahead = new RowsAhead(profileId);
	}

	async load(now: number): Promise<void> {
		warmUpAnswering();
		const due = await database()
			.reviewCards.where('[profileId+card.due]')
			.between([this.profileId, -Infinity], [this.profileId, now], true, true)
			.toArray();
		// A lesson removed in an update is missing here: its cards are skipped.
		this.#lessons = await loadQuizData(due.map((c) => c.lessonId));
		this.cards = due.filter((c) => this.question(c, 'zh-CN'));
		this.loaded = true;
		this.#shownAt = Date.now();
		this.#readAhead();
	}

	question(card: ReviewCard, language: Language): Question | undefined {
		return this.#lessons.get(card.lessonId)?.text[language].quiz.find((q) => q.id === card.questionId);
	}

	lessonTitle(card: ReviewCard, language: Language): string {
		return this.#lessons.get(card.lessonId)?.text[language].title ?? '';
	}

	get current(): ReviewCard | undefined {
		return this.cards[this.index];
	}

	async check(card: ReviewCard, question: Question, answer: Answer | undefined, hintsUsed: number): Promise<Grade> {
		const result = grade(question, answer);
		if (result.status === 'invalid') return result;
		const key = `${card.lessonId}|${card.questionId}`;
		const now = Date.now();
		const ahead = this.#ahead.take();
		try {
			await recordAttempt(
				{
					profileId: this.profileId,
					lessonId: card.lessonId,
					questionId: card.questionId,
					runId: 'review',
					answer: $state.snapshot(answer!) as Answer, // defined: an empty answer grades invalid
					correct: result.status === 'correct',
					firstTry: !this.#tried.has(key),
					hintsUsed,
					ms: now - this.#shownAt,
					at: now
				},
				undefined,
				ahead
			);
			this.saveError = undefined;
		} catch (e) {
			this.saveError = e instanceof StorageFullError ? 'full' : 'failed';
		}
		this.#tried.add(key);
		if (result.status === 'correct') this.solved.push(key);
		this.#shownAt = now;
		this.#readAhead(); // a miss can be tried again
		return result;
	}

	next(): void {
		this.index++;
		this.#shownAt = Date.now();
		this.#readAhead();
	}

	/** Reads, in the background, the rows that answering the current card would change. */
	#readAhead(): void {
		const card = this.current;
		if (card) this.#ahead.read(card.lessonId, card.questionId);
	}
}
