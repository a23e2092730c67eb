// Small question factories for grading tests: only what a test changes is spelled out.
import type { Question } from '../../../src/lib/content/types';

const base = { prompt: 'p', hints: ['h'], explanation: 'e', feedback: {}, pinned: false };

export const single = (over: Partial<Extract<Question, { type: 'single' }>> = {}): Question => ({
	...base,
	id: 'q-single',
	type: 'single',
	choices: ['a', 'b', 'c'],
	answer: 1,
	...over
});
export const multiple = (over: Partial<Extract<Question, { type: 'multiple' }>> = {}): Question => ({
	...base,
	id: 'q-multiple',
	type: 'multiple',
	choices: ['a', 'b', 'c', 'd'],
	answer: [0, 2],
	...over
});
export const truefalse = (over: Partial<Extract<Question, { type: 'truefalse' }>> = {}): Question => ({
	...base,
	id: 'q-tf',
	type: 'truefalse',
	answer: false,
	...over
});
export const numeric = (over: Partial<Extract<Question, { type: 'numeric' }>> = {}): Question => ({
	...base,
	id: 'q-num',
	type: 'numeric',
	answer: 9.8,
	tolerance: 0.05,
	unit: 'm/s²',
	units: ['m/s²', 'm/s^2', '米每二次方秒'],
	unitRequired: false,
	...over
});
export const text = (over: Partial<Extract<Question, { type: 'text' }>> = {}): Question => ({
	...base,
	id: 'q-text',
	type: 'text',
	accept: ['蒸发', 'Evaporation'],
	...over
});
export const order = (over: Partial<Extract<Question, { type: 'order' }>> = {}): Question => ({
	...base,
	id: 'q-order',
	type: 'order',
	items: ['first', 'second', 'third'],
	...over
});
export const match = (over: Partial<Extract<Question, { type: 'match' }>> = {}): Question => ({
	...base,
	id: 'q-match',
	type: 'match',
	pairs: [
		['A', 'a'],
		['B', 'b'],
		['C', 'c']
	],
	...over
});
