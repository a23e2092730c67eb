/*
 * Grading: pure functions from a question and an answer to right or wrong, with the reason an
 * answer could not be graded (empty, not a number, wrong unit) and the author's feedback for the
 * misconception a wrong choice names. No DOM, no database, no clock.
 */
import type { Question } from '../content/types';
import type { Answer } from './answers';
import { normalizeText, normalizeUnit, parseNumber } from './normalize';
import { cleanState, meetsGoal, type SimModel } from '../sims/types';

export type Invalid = 'empty' | 'not-a-number' | 'unit-missing' | 'unit-unknown' | 'incomplete' | 'wrong-type';

export type Grade =
	/** The answer could not be graded: tell the learner why; it does not count as a try. */
	| { status: 'invalid'; reason: Invalid }
	| { status: 'correct' }
	/** `feedback` is the author's note on the misconception this answer shows, as HTML. */
	| { status: 'wrong'; feedback?: string };

const wrong = (feedback?: string): Grade => (feedback ? { status: 'wrong', feedback } : { status: 'wrong' });
const sameSet = (a: number[], b: number[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * `sim` is the model of a sim question's simulation (see sims/load.ts): a sim question is graded
 * by its own physics, so the caller loads it first; without it the answer cannot be graded.
 */
export function grade(question: Question, answer: Answer | undefined, sim?: SimModel): Grade {
	if (!answer) return { status: 'invalid', reason: 'empty' };
	if (answer.type !== question.type) return { status: 'invalid', reason: 'wrong-type' };

	switch (question.type) {
		case 'single': {
			const { choice } = answer as Extract<Answer, { type: 'single' }>;
			if (!Number.isInteger(choice) || choice < 0 || choice >= question.choices.length) {
				return { status: 'invalid', reason: 'empty' };
			}
			return choice === question.answer ? { status: 'correct' } : wrong(question.feedback[String(choice)]);
		}
		case 'multiple': {
			const { choices } = answer as Extract<Answer, { type: 'multiple' }>;
			const valid = [...new Set(choices)].filter((c) => Number.isInteger(c) && c >= 0 && c < question.choices.length);
			if (valid.length === 0) return { status: 'invalid', reason: 'empty' };
			if (sameSet(valid, question.answer)) return { status: 'correct' };
			// Name the first wrongly chosen option's misconception, if the author wrote one.
			const picked = valid.find((c) => !question.answer.includes(c) && question.feedback[String(c)]);
			return wrong(picked === undefined ? undefined : question.feedback[String(picked)]);
		}
		case 'truefalse': {
			const { value } = answer as Extract<Answer, { type: 'truefalse' }>;
			if (typeof value !== 'boolean') return { status: 'invalid', reason: 'empty' };
			return value === question.answer ? { status: 'correct' } : wrong(question.feedback[String(value)]);
		}
		case 'numeric': {
			const parsed = parseNumber((answer as Extract<Answer, { type: 'numeric' }>).text ?? '');
			if (!parsed.ok) return { status: 'invalid', reason: parsed.reason };
			if (parsed.unit) {
				const known = question.units.map(normalizeUnit);
				if (!known.includes(normalizeUnit(parsed.unit))) return { status: 'invalid', reason: 'unit-unknown' };
			} else if (question.unitRequired) {
				return { status: 'invalid', reason: 'unit-missing' };
			}
			// A tiny epsilon so that 0.1 + 0.2 style float noise never marks a right answer wrong.
			const ok =
				Math.abs(parsed.value - question.answer) <= question.tolerance + 1e-9 * Math.max(1, Math.abs(question.answer));
			return ok ? { status: 'correct' } : wrong();
		}
		case 'text': {
			const given = normalizeText((answer as Extract<Answer, { type: 'text' }>).text ?? '');
			if (!given) return { status: 'invalid', reason: 'empty' };
			return question.accept.some((a) => normalizeText(a) === given) ? { status: 'correct' } : wrong();
		}
		case 'order': {
			const { order } = answer as Extract<Answer, { type: 'order' }>;
			const n = question.items.length;
			if (!Array.isArray(order) || order.length !== n || !sameSet(order, [...Array(n).keys()])) {
				return { status: 'invalid', reason: 'incomplete' };
			}
			return order.every((item, position) => item === position) ? { status: 'correct' } : wrong();
		}
		case 'match': {
			const { matches } = answer as Extract<Answer, { type: 'match' }>;
			const n = question.pairs.length;
			if (
				!Array.isArray(matches) ||
				matches.length !== n ||
				matches.some((m) => !Number.isInteger(m) || m < 0 || m >= n)
			) {
				return { status: 'invalid', reason: 'incomplete' };
			}
			return matches.every((m, term) => m === term) ? { status: 'correct' } : wrong();
		}
		case 'sim': {
			if (!sim || sim.name !== question.sim) return { status: 'invalid', reason: 'incomplete' };
			// Only the settings the learner could change count; locked ones are the lesson's.
			const given = cleanState(sim, (answer as Extract<Answer, { type: 'sim' }>).state, question.start);
			for (const name of question.locked) given[name] = question.start[name];
			return meetsGoal(sim, given, question.goal) ? { status: 'correct' } : wrong();
		}
	}
}
