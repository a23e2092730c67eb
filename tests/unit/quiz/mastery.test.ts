import { describe, expect, it } from 'vitest';
import { quizResult } from '../../../src/lib/quiz/mastery';

const outcomes = (...tries: (boolean | undefined)[]) =>
	tries.map((firstTryCorrect, i) => ({ questionId: `q${i}`, firstTryCorrect }));

describe('quiz result and mastery', () => {
	it('counts first tries and lists the missed questions', () => {
		const r = quizResult(outcomes(true, false, true, true, false), 0.8);
		expect(r).toMatchObject({
			total: 5,
			answered: 5,
			firstTryCorrect: 3,
			missed: ['q1', 'q4'],
			complete: true,
			mastered: false
		});
		expect(r.score).toBeCloseTo(0.6);
	});
	it('masters at exactly the rule: 4 of 5 meets 80%', () => {
		expect(quizResult(outcomes(true, true, true, true, false), 0.8).mastered).toBe(true);
		expect(quizResult(outcomes(true, true, true, false, false), 0.8).mastered).toBe(false);
		expect(quizResult(outcomes(true, true, true, false, false), 0.6).mastered).toBe(true);
	});
	it('does not master an unfinished quiz', () => {
		const r = quizResult(outcomes(true, true, true, true, undefined), 0.5);
		expect(r.complete).toBe(false);
		expect(r.mastered).toBe(false);
	});
	it('handles an empty quiz', () => {
		expect(quizResult([], 0.8)).toMatchObject({ total: 0, score: 0, mastered: true, complete: true });
	});
});
