import { describe, expect, it } from 'vitest';
import {
	bobAngle,
	energy,
	height,
	model,
	period,
	positionWords,
	type PendulumState
} from '../../../src/lib/sims/pendulum/model';
import { meetsGoal, startState } from '../../../src/lib/sims/types';

const state = (length: number, release: number, position: number): PendulumState => ({ length, release, position });

describe('pendulum model', () => {
	it('gives the small-swing period T = 2π√(L/g) (textbook values, g = 9.8)', () => {
		expect(period(1)).toBeCloseTo(2.007, 3); // the "seconds pendulum" is about 1 m long
		expect(period(0.25)).toBeCloseTo(1.0035, 3);
		expect(period(2)).toBeCloseTo(2.838, 3);
		expect(period(0.2)).toBeCloseTo(0.8976, 3);
		// four times the length, twice the period; the release angle plays no part
		expect(period(2) / period(0.5)).toBeCloseTo(2, 9);
		expect(model.measure(state(1, 10, 0)).period).toBe(model.measure(state(1, 60, 0)).period);
	});

	it('puts the bob at its angle and height', () => {
		expect(bobAngle(state(1, 30, -100))).toBe(-30);
		expect(bobAngle(state(1, 30, 50))).toBe(15);
		expect(bobAngle(state(1, 30, 0))).toBe(0);
		expect(height(1, 60)).toBeCloseTo(0.5, 9); // L(1 − cos 60°) = L/2
		expect(height(2, 30)).toBeCloseTo(0.268, 3);
	});

	it('turns potential energy into kinetic energy on the way down', () => {
		const top = energy(state(1, 30, -100));
		expect(top.potentialShare).toBe(1);
		expect(top.kineticShare).toBe(0);
		expect(top.speed).toBe(0);
		const bottom = energy(state(1, 30, 0));
		expect(bottom.potentialShare).toBe(0);
		expect(bottom.kineticShare).toBe(1);
		// v = √(2gL(1 − cos 30°)) = √(19.6 × 0.134) ≈ 1.62 m/s
		expect(bottom.speed).toBeCloseTo(1.62, 2);
		// at 15° of a 30° swing: (1 − cos 15°)/(1 − cos 30°) ≈ 0.254; v = √(19.6 (cos 15° − cos 30°)) ≈ 1.40
		const half = energy(state(1, 30, 50));
		expect(half.potentialShare).toBeCloseTo(0.254, 3);
		expect(half.kineticShare).toBeCloseTo(0.746, 3);
		expect(half.speed).toBeCloseTo(1.4, 2);
		// from 60° on a 2 m string, the bob drops 1 m: v = √(2 × 9.8 × 1) ≈ 4.43 m/s
		expect(energy(state(2, 60, 0)).speed).toBeCloseTo(4.427, 3);
		// the swing is symmetric: same energies at the same height on either side
		const left = energy(state(1.5, 40, -35));
		const right = energy(state(1.5, 40, 35));
		expect(right.potentialShare).toBeCloseTo(left.potentialShare, 12);
		expect(right.speed).toBeCloseTo(left.speed, 12);
		expect(energy(state(1.5, 40, 100)).potentialShare).toBe(1);
	});

	it('measures everything a goal can ask, the shares adding up to 1', () => {
		const m = model.measure(state(1, 30, 50));
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
		for (const name of Object.keys(model.measures)) expect(typeof m[name]).toBe('number');
		expect((m.potentialShare as number) + (m.kineticShare as number)).toBeCloseTo(1, 12);
		expect(m.period as number).toBeCloseTo(2.007, 3);
		expect(m.speed as number).toBeCloseTo(1.4, 2);
		expect(m.angle).toBe(15);
		expect(m.height as number).toBeCloseTo(0.0341, 4);
		for (let p = -100; p <= 100; p += 5) {
			const share = model.measure(state(0.7, 45, p)).potentialShare as number;
			expect(share).toBeGreaterThanOrEqual(0);
			expect(share).toBeLessThanOrEqual(1);
		}
	});

	it('lets goals be met from the start', () => {
		const start = startState(model);
		const fastest = [{ measure: 'kineticShare', equals: 1, tolerance: 0.001 }];
		expect(meetsGoal(model, start, fastest)).toBe(false);
		expect(meetsGoal(model, { ...start, position: 0 }, fastest)).toBe(true);
		const halfAndHalf = [{ measure: 'potentialShare', equals: 0.5, tolerance: 0.05 }];
		expect(meetsGoal(model, start, halfAndHalf)).toBe(false);
		expect(meetsGoal(model, { ...start, position: 70 }, halfAndHalf)).toBe(true);
		const twoSeconds = [{ measure: 'period', equals: 2, tolerance: 0.05 }];
		expect(meetsGoal(model, { ...start, length: 0.5 }, twoSeconds)).toBe(false);
		expect(meetsGoal(model, { ...start, length: 1 }, twoSeconds)).toBe(true);
	});

	it('keeps every default inside its range, on its step', () => {
		for (const spec of Object.values(model.params)) {
			if (spec.kind !== 'number') continue;
			expect(spec.default).toBeGreaterThanOrEqual(spec.min);
			expect(spec.default).toBeLessThanOrEqual(spec.max);
			expect(Math.abs(((spec.default - spec.min) / spec.step) % 1)).toBeLessThan(1e-9);
		}
		expect(Object.keys(model.labels).sort()).toEqual(Object.keys(model.params).sort());
	});

	it('says where the bob is', () => {
		expect(positionWords(state(1, 30, -100), 'zh-CN')).toBe('左边 30°（最高点）');
		expect(positionWords(state(1, 30, 0), 'zh-CN')).toBe('最低点');
		expect(positionWords(state(1, 30, 50), 'zh-CN')).toBe('右边 15°');
		expect(positionWords(state(1, 25, 5), 'en')).toBe('1.3° right');
		expect(positionWords(state(1, 30, 100), 'en')).toBe('30° right (highest point)');
		expect(positionWords(state(1, 30, 0), 'en')).toBe('the lowest point');
	});

	it('describes what the learner sees in both languages', () => {
		expect(model.describe(state(1, 30, -50), 'zh-CN')).toBe(
			'摆长 1 米、从 30° 松手的单摆，摆球在左边 15°：重力势能占 25%，动能占 75%，速度约 1.4 米/秒。周期约 2.01 秒；摆角不大时，周期几乎与松手的角度无关。'
		);
		expect(model.describe(state(1, 30, -50), 'en')).toBe(
			'A 1 m pendulum let go at 30°, with the bob at 15° left: potential energy is 25% of the total, kinetic energy 75%, speed about 1.4 m/s. The period is about 2.01 s; for small swings it hardly depends on the release angle.'
		);
		expect(model.describe(state(0.5, 20, 0), 'zh-CN')).toContain('最低点：重力势能占 0%，动能占 100%');
		expect(model.describe(state(0.5, 20, 0), 'zh-CN')).toContain('（最快）');
		expect(model.describe(state(0.5, 20, 0), 'en')).toContain('(its fastest)');
		expect(model.describe(state(1, 30, -100), 'zh-CN')).toContain('动能占 0%，速度为 0（瞬间停住）。');
		expect(model.describe(state(1, 30, 100), 'en')).toContain('kinetic energy 0%, speed 0 (it stops for an instant).');
		expect(model.describe(state(0.5, 20, 0), 'en')).toContain(
			'at the lowest point: potential energy is 0% of the total, kinetic energy 100%'
		);
	});
});
