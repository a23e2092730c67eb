// Which form of a question a learner sees: seeded in the quiz, another one in review.
import { describe, expect, it } from 'vitest';
import { hashKey, instantiate, quizForm, reviewForm, shownFields } from '../../../src/lib/quiz/variants';
import { grade } from '../../../src/lib/quiz/grade';
import { numeric, single, truefalse } from './factories';

const speeds = numeric({
	id: 'q-speed',
	prompt: 'Walk {d} m in {t} s: how fast?',
	explanation: '{d} ÷ {t} = {answer}',
	hints: ['{d} over {t}'],
	unit: 'm/s',
	units: ['m/s'],
	variants: [
		{ values: { d: '60', t: '20', answer: '3' }, answer: 3, tolerance: 0.05 },
		{ values: { d: '80', t: '20', answer: '4' }, answer: 4, tolerance: 0.05 },
		{ values: { d: '90', t: '20', answer: '4.5' }, answer: 4.5, tolerance: 0.05 },
		{ values: { d: '100', t: '40', answer: '2.5' }, answer: 2.5, tolerance: 0.05 }
	]
});
const bank = [
	truefalse({ id: 'p-speed', practice: 'q-speed', prompt: 'Faster means more metres each second.', answer: true }),
	single({ id: 'p-other', practice: 'q-other' })
];

describe('a question’s forms', () => {
	it('fill every placeholder from the variant, answer included, and grade against it', () => {
		const q = instantiate(speeds, 2);
		expect(q.prompt).toBe('Walk 90 m in 20 s: how fast?');
		expect(q.hints).toEqual(['90 over 20']);
		expect(q.explanation).toBe('90 ÷ 20 = 4.5');
		expect(grade(q, { type: 'numeric', text: '4.5 m/s' }).status).toBe('correct');
		expect(grade(q, { type: 'numeric', text: '3' }).status).toBe('wrong');
		// The template itself is left as it is; a question without variants comes back unchanged.
		expect(speeds.prompt).toContain('{d}');
		const plain = single();
		expect(instantiate(plain, 0)).toBe(plain);
	});

	it('in a quiz, depend only on learner, run and question: a reload shows the same one', () => {
		const a = quizForm(speeds, 'learner-1|run-1|q-speed');
		expect(quizForm(speeds, 'learner-1|run-1|q-speed')).toEqual(a);
		expect(a.bank).toBeUndefined();
		// Across many runs every variant turns up.
		const seen = new Set(Array.from({ length: 60 }, (_, i) => quizForm(speeds, `learner-1|run-${i}|q-speed`).variant));
		expect(seen).toEqual(new Set([0, 1, 2, 3]));
		expect(quizForm(single(), 'x')).toEqual({ question: single() });
	});

	it('in review, never repeat the form shown last time when there is another', () => {
		for (let reps = 0; reps < 40; reps++) {
			for (const last of [{ variant: 0 }, { variant: 3 }, { bank: 'p-speed' }]) {
				const form = reviewForm(speeds, bank, last, `learner-1|lesson|q-speed|${reps}`);
				expect(shownFields(form)).not.toEqual(last);
				// Only this question's own variants and its own practice questions.
				expect(form.bank === undefined || form.bank === 'p-speed').toBe(true);
				if (form.bank) expect(form.question.id).toBe('p-speed');
				else expect(form.question.prompt).toBe(instantiate(speeds, form.variant).prompt);
			}
		}
		// A question with one form shows it every time.
		const only = single({ id: 'q-only' });
		expect(reviewForm(only, bank, {}, 'k').question).toBe(only);
		// The practice question is reached too.
		const forms = new Set(Array.from({ length: 50 }, (_, i) => reviewForm(speeds, bank, { variant: 0 }, `k${i}`).bank));
		expect(forms.has('p-speed')).toBe(true);
	});

	it('are picked by a stable hash', () => {
		expect(hashKey('')).toBe(2166136261);
		expect(hashKey('learner-1|run-1|q-speed')).toBe(hashKey('learner-1|run-1|q-speed'));
		expect(hashKey('a')).not.toBe(hashKey('b'));
	});
});
