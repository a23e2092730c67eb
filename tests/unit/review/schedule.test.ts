import { describe, expect, it } from 'vitest';
import { isDue, ratingFor, review, RETENTION } from '../../../src/lib/review/schedule';
import { Rating } from 'ts-fsrs';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 8);

describe('spaced review', () => {
	it('targets 90% retention', () => {
		expect(RETENTION).toBe(0.9);
	});

	it('rates from correctness and hints', () => {
		expect(ratingFor(false, 0)).toBe(Rating.Again);
		expect(ratingFor(false, 2)).toBe(Rating.Again);
		expect(ratingFor(true, 1)).toBe(Rating.Hard);
		expect(ratingFor(true, 0)).toBe(Rating.Good);
	});

	it('brings a missed question back sooner than one answered right', () => {
		const missed = review(undefined, false, 0, T0);
		const hinted = review(undefined, true, 1, T0);
		const right = review(undefined, true, 0, T0);
		expect(missed.due).toBeLessThan(hinted.due);
		expect(hinted.due).toBeLessThanOrEqual(right.due);
		expect(missed.due - T0).toBeLessThan(DAY);
	});

	it('spaces successive right answers further and further apart', () => {
		let card = review(undefined, true, 0, T0);
		let now = T0;
		const gaps: number[] = [];
		for (let i = 0; i < 4; i++) {
			now = card.due;
			const next = review(card, true, 0, now);
			gaps.push(next.due - now);
			card = next;
		}
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]);
		expect(gaps.at(-1)!).toBeGreaterThan(7 * DAY);
	});

	it('is due exactly from its due time, with the clock given', () => {
		const card = review(undefined, true, 0, T0);
		expect(isDue(card, card.due - 1)).toBe(false);
		expect(isDue(card, card.due)).toBe(true);
	});

	it('stores plain numbers that survive JSON', () => {
		const card = review(review(undefined, true, 0, T0), false, 0, T0 + 3 * DAY);
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
		expect(card.reps).toBe(2);
	});
});
