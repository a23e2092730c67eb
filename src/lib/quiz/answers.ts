/*
 * What a learner's answer looks like for each question type. Indices always refer to the
 * author's order in the lesson, never to the shuffled order on screen, so a stored answer stays
 * meaningful whatever the shuffle.
 */
import type { SimState } from '../sims/types';

export type Answer =
	| { type: 'single'; choice: number }
	| { type: 'multiple'; choices: number[] }
	| { type: 'truefalse'; value: boolean }
	| { type: 'numeric'; text: string }
	| { type: 'text'; text: string }
	/** Item indices in the order the learner put them. */
	| { type: 'order'; order: number[] }
	/** For each term (by pair index), the pair index of the description chosen, or -1. */
	| { type: 'match'; matches: number[] }
	/** The simulation's settings when the learner pressed Check. */
	| { type: 'sim'; state: SimState };
