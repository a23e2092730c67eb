/*
 * Rules a question must meet beyond its shape: answers in range, no duplicate choices,
 * feedback only on wrong answers. `report(path, message)` locates each problem.
 */
import type { RawQuestion } from './schema';

type Report = (path: (string | number)[], message: string) => void;

function duplicates(values: string[]): string[] {
	const norm = values.map((v) => v.trim().toLowerCase());
	return [...new Set(norm.filter((v, i) => norm.indexOf(v) !== i))];
}

export function checkQuestion(q: RawQuestion, report: Report): void {
	const feedbackKeys = Object.keys(q.feedback);
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const answers = q.type === 'single' ? [q.answer] : q.answer;
			for (const a of answers) {
				if (a < 0 || a >= q.choices.length) {
					report(['answer'], `answer ${a} is out of range (${q.choices.length} choices, counted from 0)`);
				}
			}
			if (new Set(answers).size !== answers.length) report(['answer'], 'the same answer is listed twice');
			for (const d of duplicates(q.choices)) report(['choices'], `choice "${d}" appears twice`);
			for (const k of feedbackKeys) {
				const i = Number(k);
				if (!Number.isInteger(i) || i < 0 || i >= q.choices.length) {
					report(['feedback', k], `feedback key ${k} is not a choice index (0–${q.choices.length - 1})`);
				} else if (q.type === 'single' && i === q.answer) {
					report(['feedback', k], `feedback ${k} is on the right answer; put what teaches in "explanation"`);
				}
			}
			break;
		}
		case 'truefalse':
			for (const k of feedbackKeys) {
				if (k !== 'true' && k !== 'false') report(['feedback', k], `feedback key "${k}" must be true or false`);
				else if (k === String(q.answer))
					report(['feedback', k], `feedback "${k}" is on the right answer; put what teaches in "explanation"`);
			}
			break;
		case 'numeric':
			if (q.unitRequired && !q.unit) report(['unitRequired'], 'unitRequired needs a "unit"');
			if (feedbackKeys.length) report(['feedback'], 'numeric questions take no per-answer feedback; use "explanation"');
			break;
		case 'text':
			if (feedbackKeys.length) report(['feedback'], 'text questions take no per-answer feedback; use "explanation"');
			break;
		case 'order':
			for (const d of duplicates(q.items)) report(['items'], `item "${d}" appears twice`);
			if (feedbackKeys.length) report(['feedback'], 'order questions take no per-answer feedback; use "explanation"');
			break;
		case 'sim':
			// The sim's settings and goal are checked against the sim itself (check-sim.ts).
			if (feedbackKeys.length) report(['feedback'], 'sim questions take no per-answer feedback; use "explanation"');
			break;
		case 'match':
			for (const d of duplicates(q.pairs.map((p) => p[0]))) report(['pairs'], `term "${d}" appears twice`);
			for (const d of duplicates(q.pairs.map((p) => p[1]))) report(['pairs'], `description "${d}" appears twice`);
			if (feedbackKeys.length) report(['feedback'], 'match questions take no per-answer feedback; use "explanation"');
			break;
	}
}
