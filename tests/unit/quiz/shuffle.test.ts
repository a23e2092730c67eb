import { describe, expect, it } from 'vitest';
import { derangedPermutation, permutation } from '../../../src/lib/quiz/shuffle';

describe('seeded shuffles', () => {
	it('give a permutation, the same for the same seed and question', () => {
		const p = permutation(6, 42, 'q1');
		expect([...p].sort()).toEqual([0, 1, 2, 3, 4, 5]);
		expect(permutation(6, 42, 'q1')).toEqual(p);
	});
	it('differ between attempts and between questions', () => {
		const seen = new Set<string>();
		for (let seed = 0; seed < 50; seed++) seen.add(permutation(5, seed, 'q1').join());
		expect(seen.size).toBeGreaterThan(20);
		expect(permutation(8, 1, 'a').join()).not.toBe(permutation(8, 1, 'b').join());
	});
	it('never start an ordering question in the right order', () => {
		for (let seed = 0; seed < 500; seed++) {
			for (const n of [2, 3, 4]) expect(derangedPermutation(n, seed, 'q').every((v, i) => v === i)).toBe(false);
		}
	});
});
