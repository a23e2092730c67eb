import { describe, expect, it } from 'vitest';
import { model, tip, turning } from '../../../src/lib/sims/lever/model';
import { cleanState, meetsGoal, startState } from '../../../src/lib/sims/types';

describe('the lever', () => {
	it('turns each side by coins × distance, and the heavier turn goes down', () => {
		expect(turning({ leftCoins: 2, leftMark: 4, rightCoins: 1, rightMark: 5 })).toEqual({ left: 8, right: 5 });
		expect(tip({ leftCoins: 2, leftMark: 4, rightCoins: 1, rightMark: 5 })).toBe(-1);
		expect(tip({ leftCoins: 2, leftMark: 2, rightCoins: 1, rightMark: 4 })).toBe(0);
		expect(tip({ leftCoins: 1, leftMark: 1, rightCoins: 1, rightMark: 2 })).toBe(1);
		// No coins on either side: level.
		expect(tip({ leftCoins: 0, leftMark: 3, rightCoins: 0, rightMark: 1 })).toBe(0);
	});

	it('measures balance and says what it shows in both languages', () => {
		const level = { leftCoins: 3, leftMark: 2, rightCoins: 2, rightMark: 3 };
		expect(model.measure(level)).toEqual({ balanced: true, leftTurning: 6, rightTurning: 6, tip: 0 });
		expect(model.describe(level, 'zh-CN')).toBe(
			'左边 3 枚硬币在第 2 格；右边 2 枚硬币在第 3 格。尺子保持水平：两边平衡。'
		);
		expect(model.describe({ ...level, rightCoins: 1 }, 'en')).toBe(
			'Left: 3 coins at mark 2; right: 1 coin at mark 3. The left side goes down.'
		);
	});

	it('grades goals and cleans stored settings', () => {
		const start = startState(model);
		expect(start).toEqual({ leftCoins: 2, leftMark: 3, rightCoins: 1, rightMark: 3 });
		expect(meetsGoal(model, { ...start, rightCoins: 2 }, [{ measure: 'balanced', equals: true }])).toBe(true);
		expect(meetsGoal(model, start, [{ measure: 'leftTurning', min: 7 }])).toBe(false);
		expect(cleanState(model, { leftCoins: 99, leftMark: 2.4, rightCoins: 'x', extra: 1 }, start)).toEqual({
			leftCoins: 6,
			leftMark: 2,
			rightCoins: 1,
			rightMark: 3
		});
	});
});
