import { describe, expect, it } from 'vitest';
import {
	criticalAngle,
	INDEX,
	model,
	refractedAngle,
	type RefractionState
} from '../../../src/lib/sims/refraction/model';
import { meetsGoal, startState, type SimState } from '../../../src/lib/sims/types';

const state = (incidence: number, from: RefractionState['from'], to: RefractionState['to']): RefractionState => ({
	incidence,
	from,
	to
});

describe('refraction model', () => {
	it('bends light by Snell’s law (textbook values)', () => {
		// sin θ2 = n1 sin θ1 / n2
		expect(refractedAngle(30, 1, 1.33)).toBeCloseTo(22.08, 2); // air → water
		expect(refractedAngle(30, 1, 1.5)).toBeCloseTo(19.47, 2); // air → glass
		expect(refractedAngle(45, 1, 1.33)).toBeCloseTo(32.12, 2);
		expect(refractedAngle(60, 1, 1.5)).toBeCloseTo(35.26, 2);
		expect(refractedAngle(30, 1.5, 1)).toBeCloseTo(48.59, 2); // glass → air
		expect(refractedAngle(32, 1.33, 1)).toBeCloseTo(44.81, 2); // water → air
		expect(refractedAngle(40, 1.33, 1.5)).toBeCloseTo(34.75, 2); // water → glass
	});

	it('goes straight on at 0° and between the same media', () => {
		expect(refractedAngle(0, 1, 1.33)).toBe(0);
		expect(refractedAngle(0, 1.5, 1)).toBe(0);
		expect(refractedAngle(55, 1.33, 1.33)).toBeCloseTo(55, 9);
		const m = model.measure(state(0, 'air', 'glass'));
		expect(m.bendsTowardNormal).toBe(false);
		expect(m.bendsAwayFromNormal).toBe(false);
		expect(model.measure(state(40, 'water', 'water')).refractedAngle).toBeCloseTo(40, 9);
	});

	it('finds the critical angle only going into a less dense medium', () => {
		expect(criticalAngle(1.33, 1)).toBeCloseTo(48.75, 2); // water → air
		expect(criticalAngle(1.5, 1)).toBeCloseTo(41.81, 2); // glass → air
		expect(criticalAngle(1.5, 1.33)).toBeCloseTo(62.46, 2); // glass → water
		expect(criticalAngle(1, 1.33)).toBeNaN();
		expect(criticalAngle(1.33, 1.33)).toBeNaN();
	});

	it('reflects all the light past the critical angle', () => {
		expect(refractedAngle(49, 1.33, 1)).toBeNaN();
		expect(refractedAngle(48, 1.33, 1)).toBeCloseTo(81.26, 1);
		const below = model.measure(state(48, 'water', 'air'));
		expect(below.totalReflection).toBe(false);
		expect(below.bendsAwayFromNormal).toBe(true);
		const past = model.measure(state(49, 'water', 'air'));
		expect(past.totalReflection).toBe(true);
		expect(past.refractedAngle).toBeNaN();
		expect(past.bendsAwayFromNormal).toBe(false);
		expect(past.bendsTowardNormal).toBe(false);
		expect(model.measure(state(41, 'glass', 'air')).totalReflection).toBe(false);
		expect(model.measure(state(42, 'glass', 'air')).totalReflection).toBe(true);
		expect(model.measure(state(89, 'air', 'glass')).totalReflection).toBe(false);
	});

	it('measures everything a goal can ask', () => {
		const m = model.measure(state(30, 'air', 'water'));
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
		expect(m.incidenceAngle).toBe(30);
		expect(m.refractedAngle as number).toBeCloseTo(22.08, 2);
		expect(m.totalReflection).toBe(false);
		expect(m.bendsTowardNormal).toBe(true);
		expect(m.bendsAwayFromNormal).toBe(false);
		expect(m.criticalAngle).toBeNaN();
		expect(model.measure(state(30, 'glass', 'air')).criticalAngle as number).toBeCloseTo(41.81, 2);
		for (const [name, spec] of Object.entries(model.measures))
			expect(typeof m[name]).toBe(spec.kind === 'boolean' ? 'boolean' : 'number');
	});

	it('lets a goal "leave the water at 45°" be met, and not by total reflection', () => {
		const goal = [{ measure: 'refractedAngle', equals: 45, tolerance: 1 }];
		const start = startState(model, { from: 'water', to: 'air', incidence: 20 });
		expect(meetsGoal(model, start, goal)).toBe(false);
		expect(meetsGoal(model, { ...start, incidence: 32 }, goal)).toBe(true);
		expect(meetsGoal(model, { ...start, incidence: 60 }, goal)).toBe(false);
	});

	it('keeps every default inside its range and options', () => {
		for (const spec of Object.values(model.params)) {
			if (spec.kind === 'number') {
				expect(spec.default).toBeGreaterThanOrEqual(spec.min);
				expect(spec.default).toBeLessThanOrEqual(spec.max);
			} else if (spec.kind === 'choice') expect(spec.options).toContain(spec.default);
		}
		expect(Object.keys(model.labels).sort()).toEqual(Object.keys(model.params).sort());
		for (const medium of Object.keys(INDEX)) expect(model.options?.[medium]).toBeDefined();
	});

	it('describes what the learner sees in both languages', () => {
		const start = startState(model) as SimState as RefractionState;
		expect(model.describe(start, 'zh-CN')).toBe('光从空气射向水，入射角 40°，折射角 29°：光线偏向法线。');
		expect(model.describe(start, 'en')).toBe(
			'Light goes from air towards water at an angle of incidence of 40°; the angle of refraction is 29°: the ray bends towards the normal.'
		);
		expect(model.describe(state(30, 'glass', 'air'), 'zh-CN')).toContain('折射角 49°：光线偏离法线');
		expect(model.describe(state(30, 'glass', 'air'), 'en')).toContain('away from the normal');
		expect(model.describe(state(60, 'water', 'air'), 'zh-CN')).toBe(
			'光从水射向空气，入射角 60°，大于临界角 48.8°：光射不出去，全部反射回水中，这叫全反射。'
		);
		expect(model.describe(state(60, 'water', 'air'), 'en')).toContain('total internal reflection');
		expect(model.describe(state(0, 'air', 'water'), 'zh-CN')).toContain('传播方向不变');
		expect(model.describe(state(0, 'air', 'water'), 'en')).toContain('does not change');
		expect(model.describe(state(30, 'glass', 'glass'), 'zh-CN')).toContain('同一种物质');
		expect(model.describe(state(30, 'glass', 'glass'), 'en')).toContain('same material');
	});
});
