import { describe, expect, it } from 'vitest';
import { grade } from '../../../src/lib/quiz/grade';
import type { Answer } from '../../../src/lib/quiz/answers';
import { match, multiple, numeric, order, single, text, truefalse } from './factories';

const status = (q: Parameters<typeof grade>[0], a: Answer | undefined) => grade(q, a).status;

describe('single choice', () => {
	it('is right only for the answer', () => {
		expect(status(single(), { type: 'single', choice: 1 })).toBe('correct');
		expect(status(single(), { type: 'single', choice: 0 })).toBe('wrong');
	});
	it('gives the feedback written for the misconception chosen', () => {
		expect(grade(single({ feedback: { '2': 'c is a myth' } }), { type: 'single', choice: 2 })).toEqual({
			status: 'wrong',
			feedback: 'c is a myth'
		});
		expect(grade(single({ feedback: { '2': 'c is a myth' } }), { type: 'single', choice: 0 })).toEqual({
			status: 'wrong'
		});
	});
	it('refuses no answer, an out-of-range choice or an answer of another type', () => {
		expect(grade(single(), undefined)).toEqual({ status: 'invalid', reason: 'empty' });
		expect(grade(single(), { type: 'single', choice: 3 })).toEqual({ status: 'invalid', reason: 'empty' });
		expect(grade(single(), { type: 'single', choice: -1 })).toEqual({ status: 'invalid', reason: 'empty' });
		expect(grade(single(), { type: 'single', choice: 0.5 })).toEqual({ status: 'invalid', reason: 'empty' });
		expect(grade(single(), { type: 'truefalse', value: true })).toEqual({ status: 'invalid', reason: 'wrong-type' });
	});
});

describe('multiple choice', () => {
	it('needs exactly the right set, in any order', () => {
		expect(status(multiple(), { type: 'multiple', choices: [2, 0] })).toBe('correct');
		expect(status(multiple(), { type: 'multiple', choices: [0] })).toBe('wrong');
		expect(status(multiple(), { type: 'multiple', choices: [0, 2, 3] })).toBe('wrong');
	});
	it('names the misconception of a wrongly picked option', () => {
		expect(grade(multiple({ feedback: { '3': 'd is not' } }), { type: 'multiple', choices: [0, 3] })).toEqual({
			status: 'wrong',
			feedback: 'd is not'
		});
	});
	it('refuses an empty selection and ignores duplicates and out-of-range picks', () => {
		expect(grade(multiple(), { type: 'multiple', choices: [] })).toEqual({ status: 'invalid', reason: 'empty' });
		expect(grade(multiple(), { type: 'multiple', choices: [9] })).toEqual({ status: 'invalid', reason: 'empty' });
		expect(status(multiple(), { type: 'multiple', choices: [0, 0, 2, 7] })).toBe('correct');
	});
});

describe('true or false', () => {
	it('grades the value and explains the wrong one', () => {
		expect(status(truefalse(), { type: 'truefalse', value: false })).toBe('correct');
		expect(grade(truefalse({ feedback: { true: 'no' } }), { type: 'truefalse', value: true })).toEqual({
			status: 'wrong',
			feedback: 'no'
		});
	});
	it('refuses a missing value', () => {
		expect(grade(truefalse(), { type: 'truefalse', value: undefined as unknown as boolean })).toEqual({
			status: 'invalid',
			reason: 'empty'
		});
	});
});

describe('numeric', () => {
	const n = (t: string, q = numeric()) => grade(q, { type: 'numeric', text: t });
	it('accepts a decimal point, a decimal comma and full-width digits', () => {
		for (const t of ['9.8', '9,8', '９.８', '９．８', ' 9.8 ', '+9.8', '9.80']) expect(n(t).status, t).toBe('correct');
	});
	it('uses the tolerance on both sides', () => {
		expect(n('9.85').status).toBe('correct');
		expect(n('9.75').status).toBe('correct');
		expect(n('9.9').status).toBe('wrong');
		expect(n('10').status).toBe('wrong');
	});
	it('accepts the unit written in any allowed spelling, or omitted when allowed', () => {
		for (const t of ['9.8 m/s²', '9.8m/s^2', '9.8 M/S²', '9.8 米每二次方秒']) expect(n(t).status, t).toBe('correct');
		expect(n('9.8 km')).toEqual({ status: 'invalid', reason: 'unit-unknown' });
		expect(n('9.8', numeric({ unitRequired: true }))).toEqual({ status: 'invalid', reason: 'unit-missing' });
		expect(n('9.8 m/s²', numeric({ unitRequired: true })).status).toBe('correct');
	});
	it('accepts a unit with a superscript minus exactly as the lesson writes it', () => {
		const q = numeric({ answer: 1.5, tolerance: 0.01, unit: 'cm⁻¹', units: ['cm⁻¹', '1/cm', 'cm^-1'] });
		for (const t of ['1.5 cm⁻¹', '1.5cm⁻¹', '1.5 cm−1', '1.5 1/cm', '1.5 CM^-1'])
			expect(n(t, q).status, t).toBe('correct');
	});
	it('treats ℃ and °C alike', () => {
		const q = numeric({ answer: 100, tolerance: 0, unit: '℃', units: ['℃', '°C', '度'] });
		for (const t of ['100℃', '100 °C', '100 ℃', '100度', '100']) expect(n(t, q).status, t).toBe('correct');
	});
	it('reads negative numbers, thousands, and powers of ten', () => {
		expect(n('−18', numeric({ answer: -18, tolerance: 0, units: [] })).status).toBe('correct');
		expect(n('1,000', numeric({ answer: 1000, tolerance: 0, units: [] })).status).toBe('correct');
		expect(n('300 000', numeric({ answer: 300000, tolerance: 0, units: [] })).status).toBe('correct');
		expect(n('3×10^8', numeric({ answer: 3e8, tolerance: 0, units: [] })).status).toBe('correct');
		expect(n('3e8', numeric({ answer: 3e8, tolerance: 0, units: [] })).status).toBe('correct');
	});
	it('is not fooled by floating-point noise', () => {
		expect(n('0.3', numeric({ answer: 0.1 + 0.2, tolerance: 0, units: [] })).status).toBe('correct');
	});
	it('refuses empty and non-numbers with a reason, never as wrong', () => {
		expect(n('')).toEqual({ status: 'invalid', reason: 'empty' });
		expect(n('   ')).toEqual({ status: 'invalid', reason: 'empty' });
		expect(n('about ten')).toEqual({ status: 'invalid', reason: 'not-a-number' });
		expect(n('.')).toEqual({ status: 'invalid', reason: 'not-a-number' });
		expect(n('1e999').status).toBe('invalid');
	});
});

describe('short text', () => {
	const t = (s: string) => grade(text(), { type: 'text', text: s }).status;
	it('accepts any listed variant, ignoring case, spaces, width and a final full stop', () => {
		for (const s of [
			'蒸发',
			' 蒸 发 ',
			'蒸发。',
			'evaporation',
			'EVAPORATION',
			'ｅｖａｐｏｒａｔｉｏｎ',
			'Evaporation.'
		])
			expect(t(s), s).toBe('correct');
	});
	it('marks anything else wrong, and empty as not answered', () => {
		expect(t('沸腾')).toBe('wrong');
		expect(t('evaporate')).toBe('wrong');
		expect(grade(text(), { type: 'text', text: ' ' })).toEqual({ status: 'invalid', reason: 'empty' });
	});
});

describe('ordering', () => {
	it('is right only in the author order', () => {
		expect(status(order(), { type: 'order', order: [0, 1, 2] })).toBe('correct');
		expect(status(order(), { type: 'order', order: [1, 0, 2] })).toBe('wrong');
	});
	it('refuses a partial, repeated or out-of-range order', () => {
		expect(grade(order(), { type: 'order', order: [0, 1] })).toEqual({ status: 'invalid', reason: 'incomplete' });
		expect(grade(order(), { type: 'order', order: [0, 0, 1] })).toEqual({ status: 'invalid', reason: 'incomplete' });
		expect(grade(order(), { type: 'order', order: [0, 1, 5] })).toEqual({ status: 'invalid', reason: 'incomplete' });
	});
});

describe('matching', () => {
	it('is right when every term has its own description', () => {
		expect(status(match(), { type: 'match', matches: [0, 1, 2] })).toBe('correct');
		expect(status(match(), { type: 'match', matches: [1, 0, 2] })).toBe('wrong');
		expect(status(match(), { type: 'match', matches: [0, 0, 0] })).toBe('wrong');
	});
	it('refuses unmatched terms', () => {
		expect(grade(match(), { type: 'match', matches: [0, -1, 2] })).toEqual({ status: 'invalid', reason: 'incomplete' });
		expect(grade(match(), { type: 'match', matches: [0, 1] })).toEqual({ status: 'invalid', reason: 'incomplete' });
	});
});
