import { describe, expect, it } from 'vitest';
import {
	averageSpeed,
	COUNT,
	BOX,
	model,
	particles,
	spacing,
	stateCode,
	stateName,
	steamDensity,
	waterDensity
} from '../../../src/lib/sims/particles/model';
import { cleanState, meetsGoal, startState } from '../../../src/lib/sims/types';

const at = (temperature: number) => model.measure({ temperature });
const gap = (temperature: number) => at(temperature).spacing as number;

describe('particles model', () => {
	it('gives the state of water at normal pressure', () => {
		expect(stateCode(-20)).toBe(0);
		expect(stateCode(-1)).toBe(0);
		expect(stateCode(0)).toBe(1);
		expect(stateCode(1)).toBe(2);
		expect(stateCode(99)).toBe(2);
		expect(stateCode(100)).toBe(3);
		expect(stateCode(101)).toBe(4);
		expect(stateCode(120)).toBe(4);
	});

	it('measures the states as yes/no, both at the melting and boiling points', () => {
		expect(at(-5)).toMatchObject({ state: 0, solid: true, liquid: false, gas: false, melting: false, boiling: false });
		expect(at(0)).toMatchObject({ state: 1, solid: true, liquid: true, gas: false, melting: true, boiling: false });
		expect(at(37)).toMatchObject({ state: 2, solid: false, liquid: true, gas: false, melting: false, boiling: false });
		expect(at(100)).toMatchObject({ state: 3, solid: false, liquid: true, gas: true, melting: false, boiling: true });
		expect(at(110)).toMatchObject({ state: 4, solid: false, liquid: false, gas: true, melting: false, boiling: false });
		expect(at(25).temperature).toBe(25);
		expect(at(25).absoluteTemperature).toBeCloseTo(298.15, 9);
	});

	it('makes the average speed grow as the square root of the absolute temperature', () => {
		expect(averageSpeed(0)).toBe(1);
		expect(averageSpeed(100)).toBeCloseTo(Math.sqrt(373.15 / 273.15), 12); // 1.1688
		expect(averageSpeed(100)).toBeCloseTo(1.1688, 4);
		expect(averageSpeed(-20)).toBeCloseTo(0.9627, 4);
		expect(averageSpeed(20)).toBeCloseTo(1.036, 3);
		// Four times the absolute temperature → twice the speed: 273.15 K → 1092.6 K.
		expect(averageSpeed(1092.6 - 273.15)).toBeCloseTo(2, 9);
		// Same temperature, same speed, whatever the state.
		expect(at(100).averageSpeed).toBe(averageSpeed(100));
		for (let t = -20; t < 120; t++) expect(averageSpeed(t + 1)).toBeGreaterThan(averageSpeed(t));
	});

	it('uses textbook densities', () => {
		expect(waterDensity(4)).toBeCloseTo(0.99997, 5); // densest
		expect(waterDensity(20)).toBeCloseTo(0.99821, 5);
		expect(waterDensity(100)).toBeCloseTo(0.95835, 5);
		expect(waterDensity(25)).toBeCloseTo((0.99821 + 0.99565) / 2, 5);
		expect(waterDensity(2)).toBeGreaterThan(waterDensity(0));
		// Steam at 100 °C as an ideal gas: pM/(RT) = 101325 × 0.018015 / (8.314 × 373.15) = 0.588 kg/m³.
		expect(steamDensity(100) * 1000).toBeCloseTo(0.588, 3);
	});

	it('spaces ice a little wider than water and steam about 12 times as wide', () => {
		expect(gap(4)).toBeCloseTo(1, 9);
		expect(gap(-10)).toBeCloseTo(Math.cbrt(0.99997 / 0.9167), 9); // 1.029: ice floats
		expect(gap(-10)).toBeGreaterThan(gap(20));
		expect(gap(99)).toBeCloseTo(1.0137, 3);
		expect(gap(101)).toBeCloseTo(11.95, 1);
		expect(gap(120)).toBeCloseTo(12.14, 1);
		// At the melting and boiling points: half of each.
		expect(gap(0)).toBeGreaterThan(gap(1));
		expect(gap(0)).toBeLessThan(gap(-1));
		expect(gap(100)).toBeGreaterThan(gap(99));
		expect(gap(100)).toBeLessThan(gap(101));
		expect(spacing(100)).toBeCloseTo(9.47, 2);
	});

	it('places at most 40 particles inside the box, the same every time', () => {
		for (const t of [-20, 0, 20, 100, 120]) {
			const ps = particles(t);
			expect(ps).toHaveLength(COUNT);
			expect(ps.length).toBeLessThanOrEqual(40);
			expect(particles(t)).toEqual(ps);
			for (const p of ps) {
				expect(p.x).toBeGreaterThanOrEqual(BOX.left + 10);
				expect(p.x).toBeLessThanOrEqual(BOX.right - 10);
				expect(p.y).toBeGreaterThanOrEqual(BOX.top + 10);
				expect(p.y).toBeLessThanOrEqual(BOX.bottom - 10);
			}
		}
		const count = (t: number, phase: string) => particles(t).filter((p) => p.phase === phase).length;
		expect(count(-5, 'ice')).toBe(36);
		expect([count(0, 'ice'), count(0, 'water')]).toEqual([18, 18]);
		expect(count(50, 'water')).toBe(36);
		expect([count(100, 'water'), count(100, 'steam')]).toEqual([18, 18]);
		expect(count(105, 'steam')).toBe(36);
	});

	it('keeps particles in the box while they move, and the liquid at the bottom', () => {
		for (const t of [-20, 0, 50, 100, 120])
			for (const time of [0.5, 3, 17.2, 100])
				for (const p of particles(t, time)) {
					expect(p.x).toBeGreaterThanOrEqual(BOX.left + 8);
					expect(p.x).toBeLessThanOrEqual(BOX.right - 8);
					expect(p.y).toBeGreaterThanOrEqual(BOX.top + 8);
					expect(p.y).toBeLessThanOrEqual(BOX.bottom - 8);
				}
		const ys = (t: number) => particles(t).map((p) => p.y);
		expect(Math.min(...ys(50))).toBeGreaterThan(90); // liquid lies in the lower half
		expect(Math.min(...ys(110))).toBeLessThan(40); // gas fills the box
		// Ice vibrates about its place: it never moves far.
		const still = particles(-10);
		particles(-10, 7.3).forEach((p, i) => expect(Math.hypot(p.x - still[i].x, p.y - still[i].y)).toBeLessThan(4));
	});

	it('keeps neighbours apart in the still frame, far apart in steam', () => {
		const nearest = (t: number) => {
			const ps = particles(t);
			let min = Infinity;
			for (let i = 0; i < ps.length; i++)
				for (let j = i + 1; j < ps.length; j++) min = Math.min(min, Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y));
			return min;
		};
		expect(nearest(50)).toBeGreaterThanOrEqual(15);
		expect(nearest(0)).toBeGreaterThanOrEqual(14);
		expect(nearest(110)).toBeGreaterThanOrEqual(24);
	});

	it('describes what is seen in both languages', () => {
		expect(model.describe({ temperature: -10 }, 'zh-CN')).toBe(
			'−10 ℃ 时，水是固态的冰：微粒排列整齐，只在原来的位置附近振动，平均速度是 0 ℃ 时的 0.98 倍。'
		);
		expect(model.describe({ temperature: -10 }, 'en')).toBe(
			'At −10 °C the water is solid ice: the particles sit in neat rows and only vibrate in place. Their average speed is 0.98 times that at 0 °C.'
		);
		expect(model.describe({ temperature: 0 }, 'zh-CN')).toContain('熔点');
		expect(model.describe({ temperature: 0 }, 'en')).toContain('melting point');
		expect(model.describe({ temperature: 20 }, 'zh-CN')).toContain('液态');
		expect(model.describe({ temperature: 20 }, 'zh-CN')).toContain('1.04 倍');
		expect(model.describe({ temperature: 20 }, 'en')).toContain('liquid');
		expect(model.describe({ temperature: 100 }, 'zh-CN')).toContain('沸点');
		expect(model.describe({ temperature: 100 }, 'en')).toContain('boiling point');
		expect(model.describe({ temperature: 120 }, 'zh-CN')).toContain('约为液态水中的 12 倍');
		expect(model.describe({ temperature: 120 }, 'en')).toContain('about 12 times');
		expect(stateName(-1, 'zh-CN')).toBe('冰');
		expect(stateName(101, 'en')).toBe('steam');
	});

	it('starts inside its range, at room temperature, and grades goals', () => {
		const spec = model.params.temperature;
		if (spec.kind !== 'number') throw new Error('temperature is a number');
		expect(spec.default).toBeGreaterThanOrEqual(spec.min);
		expect(spec.default).toBeLessThanOrEqual(spec.max);
		expect((spec.default - spec.min) % spec.step).toBe(0);
		const start = startState(model);
		expect(start).toEqual({ temperature: 20 });
		expect(meetsGoal(model, start, [{ measure: 'liquid', equals: true }])).toBe(true);
		expect(meetsGoal(model, start, [{ measure: 'gas', equals: true }])).toBe(false);
		expect(
			meetsGoal(model, { temperature: 105 }, [
				{ measure: 'gas', equals: true },
				{ measure: 'liquid', equals: false }
			])
		).toBe(true);
		expect(cleanState(model, { temperature: 300 }, start)).toEqual({ temperature: 120 });
		expect(Object.keys(model.measure({ temperature: 20 })).sort()).toEqual(Object.keys(model.measures).sort());
	});
});
