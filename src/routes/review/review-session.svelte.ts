/*
 * A review session: the learner's due cards, oldest due first, each served once. The first
 * check of a card rates it (FSRS); a retry after a miss is practice and does not re-rate.
 */
import type { Language, Question } from '$lib/content/types';
import type { ReviewCard } from '$lib/db/rows';
import { dueCards, lastAttempts } from '$lib/db/learner-queries';
import { reviewForm, shownFields, type Form, type LastForm } from '$lib/quiz/variants';
import { saveAnswer, warmUpAnswering, type SaveFailure } from '$lib/db/quiz-records';
import type { Answer } from '$lib/quiz/answers';
import { grade, type Grade } from '$lib/quiz/grade';
import { loadModel } from '$lib/sims/load';
import { loadQuizData, type QuizData } from '$lib/quiz-data';

export class ReviewSession {
	cards = $state<ReviewCard[]>([]);
	index = $state(0);
	loaded = $state(false);
	/** Cards answered right in this session: their question shows as done. */
	solved = $state<string[]>([]);
	// Private caches that no view reads directly: plain collections are meant.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#lessons = new Map<string, QuizData>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#tried = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#last = new Map<string, LastForm>();
	#shownAt: number;

	constructor(
		readonly profileId: string,
		readonly now: () => number = Date.now,
		readonly loadLessons: (ids: string[]) => Promise<Map<string, QuizData>> = loadQuizData
	) {
		this.#shownAt = now();
	}

	async load(): Promise<void> {
		warmUpAnswering();
		const due = await dueCards(this.profileId, this.now());
		// A lesson removed in an update is missing here: its cards are skipped.
		this.#lessons = await this.loadLessons(due.map((c) => c.lessonId));
		this.cards = due.filter((c) => this.#quizQuestion(c, 'zh-CN'));
		for (const [key, a] of await lastAttempts(this.profileId, this.cards)) this.#last.set(key, shownFields(a));
		this.loaded = true;
		this.#shownAt = this.now();
	}

	#quizQuestion(card: ReviewCard, language: Language): Question | undefined {
		return this.#lessons.get(card.lessonId)?.text[language].quiz.find((q) => q.id === card.questionId);
	}

	/**
	 * What review shows for a card: a variant or practice question other than the one shown last
	 * time, where there is one. Seeded by the card's review count, so a reload shows the same one.
	 */
	form(card: ReviewCard, language: Language): Form | undefined {
		const question = this.#quizQuestion(card, language);
		if (!question) return undefined;
		const bank = this.#lessons.get(card.lessonId)?.text[language].bank ?? [];
		const key = `${card.lessonId}|${card.questionId}`;
		return reviewForm(question, bank, this.#last.get(key), `${this.profileId}|${key}|${card.card.reps}`);
	}

	lessonTitle(card: ReviewCard, language: Language): string {
		return this.#lessons.get(card.lessonId)?.text[language].title ?? '';
	}

	get current(): ReviewCard | undefined {
		return this.cards[this.index];
	}

	/** Grades and saves an answer; an answer that could not be saved is not graded (see QuizRunState). */
	async check(
		card: ReviewCard,
		question: Question,
		answer: Answer | undefined,
		hintsUsed: number,
		shown: LastForm = {}
	): Promise<Grade | SaveFailure> {
		const result = grade(question, answer, question.type === 'sim' ? await loadModel(question.sim) : undefined);
		if (result.status === 'invalid') return result;
		const key = `${card.lessonId}|${card.questionId}`;
		const now = this.now();
		const saved = await saveAnswer(
			{
				profileId: this.profileId,
				lessonId: card.lessonId,
				questionId: card.questionId,
				runId: 'review',
				answer: $state.snapshot(answer!) as Answer, // defined: an empty answer grades invalid
				correct: result.status === 'correct',
				hintsUsed,
				ms: now - this.#shownAt,
				at: now,
				...shownFields(shown)
			},
			{ kind: 'review', triedInSession: this.#tried.has(key) }
		);
		if ('failure' in saved) return saved.failure;
		this.#tried.add(key);
		if (result.status === 'correct') this.solved.push(key);
		this.#shownAt = now;
		return result;
	}

	next(): void {
		this.index++;
		this.#shownAt = this.now();
	}
}
