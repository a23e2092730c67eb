/* Test factory shared by unit and e2e tests: a question's right answer, as the app stores it. */
import type { Question } from '../../src/lib/content/types';
import type { Answer } from '../../src/lib/quiz/answers';
import { SIMS } from '../../src/lib/sims/catalog';
import { solveGoal } from '../../src/lib/server/check-sim';

export function rightAnswer(q: Question): Answer {
	switch (q.type) {
		case 'single':
			return { type: 'single', choice: q.answer };
		case 'multiple':
			return { type: 'multiple', choices: q.answer };
		case 'truefalse':
			return { type: 'truefalse', value: q.answer };
		case 'numeric':
			return { type: 'numeric', text: `${q.answer}${q.unit ? ' ' + q.unit : ''}` };
		case 'text':
			return { type: 'text', text: q.accept[0] };
		case 'order':
			return { type: 'order', order: q.items.map((_, i) => i) };
		case 'match':
			return { type: 'match', matches: q.pairs.map((_, i) => i) };
		case 'sim': {
			const state = solveGoal(SIMS[q.sim], q.start, q.locked, q.goal);
			if (!state) throw new Error(`no known solution for sim question ${q.id}`);
			return { type: 'sim', state };
		}
	}
}
