/*
 * The result of a lesson's quiz. What counts is each question's first try: a lesson is mastered
 * when the share of questions right on the first try reaches the lesson's rule (default 80%),
 * like Kolibri's "m of n".
 */

export interface QuestionOutcome {
	questionId: string;
	/** undefined while the question has not been tried. */
	firstTryCorrect: boolean | undefined;
}

export interface QuizResult {
	total: number;
	answered: number;
	firstTryCorrect: number;
	/** Share right on the first try, 0–1, over all questions. */
	score: number;
	missed: string[];
	complete: boolean;
	mastered: boolean;
}

export function quizResult(outcomes: QuestionOutcome[], masteryRule: number): QuizResult {
	const total = outcomes.length;
	const answered = outcomes.filter((o) => o.firstTryCorrect !== undefined).length;
	const firstTryCorrect = outcomes.filter((o) => o.firstTryCorrect === true).length;
	const score = total ? firstTryCorrect / total : 0;
	return {
		total,
		answered,
		firstTryCorrect,
		score,
		missed: outcomes.filter((o) => o.firstTryCorrect === false).map((o) => o.questionId),
		complete: answered === total,
		// Compare counts, not floats: 4 of 5 meets 0.8 exactly.
		mastered: answered === total && firstTryCorrect >= Math.ceil(masteryRule * total - 1e-9)
	};
}
