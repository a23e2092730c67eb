import { describe, expect, it } from 'vitest';
import { meetsGoal, type SimModel } from '../../../src/lib/sims/types';
import {
	illuminatedFraction,
	litPath,
	model,
	orbitAngle,
	phase,
	phaseNames,
	SYNODIC_MONTH
} from '../../../src/lib/sims/moon-phases/model';

const at = (day: number) => model.measure({ day });

describe('moon-phases model', () => {
	it('goes once round the orbit in a synodic month of 29.5 days', () => {
		expect(SYNODIC_MONTH).toBe(29.5);
		expect(orbitAngle(0)).toBe(0);
		expect(orbitAngle(7.375)).toBeCloseTo(90, 9);
		expect(orbitAngle(14.75)).toBeCloseTo(180, 9);
		expect(orbitAngle(22.125)).toBeCloseTo(270, 9);
		expect(orbitAngle(29.5)).toBeCloseTo(0, 9);
	});

	it('lights (1 − cos θ)/2 of the disc: none at new, half at the quarters, all at full', () => {
		expect(illuminatedFraction(0)).toBeCloseTo(0, 9);
		expect(illuminatedFraction(7.375)).toBeCloseTo(0.5, 9);
		expect(illuminatedFraction(14.75)).toBeCloseTo(1, 9);
		expect(illuminatedFraction(22.125)).toBeCloseTo(0.5, 9);
		// 4 days: θ = 48.8°, k = (1 − cos 48.8°)/2 = 0.171.
		expect(illuminatedFraction(4)).toBeCloseTo(0.171, 3);
		// Symmetric about full moon.
		expect(illuminatedFraction(10)).toBeCloseTo(illuminatedFraction(19.5), 9);
	});

	it('names the phase in order through the month', () => {
		const codes = [
			0, 0.5, 1, 1.5, 4, 6, 6.5, 7.5, 8.5, 11, 13.5, 14, 14.75, 15.5, 16, 18, 21, 21.5, 22, 23, 23.5, 27, 28, 28.5, 29.5
		];
		expect(codes.map(phase)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 0, 0]);
	});

	it('has eight names in each language, Chinese as textbooks write them', () => {
		expect(phaseNames['zh-CN']).toEqual(['新月', '蛾眉月', '上弦月', '盈凸月', '满月', '亏凸月', '下弦月', '残月']);
		expect(phaseNames.en).toHaveLength(8);
	});

	it('gives every declared measure', () => {
		const m = at(7.5);
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
		expect(m).toMatchObject({
			phase: 2,
			firstQuarter: true,
			full: false,
			newMoon: false,
			lastQuarter: false,
			waxing: true,
			waning: false
		});
		expect(at(0)).toMatchObject({ phase: 0, newMoon: true, waxing: false, waning: false, illuminatedFraction: 0 });
		expect(at(15)).toMatchObject({ phase: 4, full: true, waning: true });
		expect(at(15).illuminatedFraction as number).toBeGreaterThan(0.99);
		expect(at(22)).toMatchObject({ phase: 6, lastQuarter: true, waning: true });
		expect(at(26)).toMatchObject({ phase: 7, waning: true });
		expect(at(10).orbitAngle as number).toBeCloseTo(122.03, 2);
	});

	it('draws the lit part on the right while waxing and on the left while waning', () => {
		expect(litPath(0, 50, 50, 10)).toBe('');
		// Crescent on the right: limb down the right (sweep 1), terminator bulging right (sweep 0).
		expect(litPath(4, 50, 50, 10)).toMatch(/^M50 40A10 10 0 0 1 50 60A6\.\d+ 10 0 0 0 50 40Z$/);
		expect(litPath(11, 50, 50, 10)).toMatch(/A10 10 0 0 1 50 60A[\d.]+ 10 0 0 1 50 40Z$/);
		expect(litPath(7.375, 50, 50, 10)).toContain('A0 10');
		expect(litPath(14.75, 50, 50, 10)).toBe('M50 40A10 10 0 0 1 50 60A10 10 0 0 1 50 40Z');
		expect(litPath(18, 50, 50, 10)).toMatch(/A10 10 0 0 0 50 60A[\d.]+ 10 0 0 0 50 40Z$/);
		expect(litPath(26, 50, 50, 10)).toMatch(/A10 10 0 0 0 50 60A[\d.]+ 10 0 0 1 50 40Z$/);
	});

	it('describes the view in both languages', () => {
		expect(model.describe({ day: 4 }, 'zh-CN')).toBe(
			'新月后 4 天，月球绕地球转过了 49°。从地球上看是蛾眉月：右边亮，亮的部分约占 17%。'
		);
		expect(model.describe({ day: 4 }, 'en')).toBe(
			'4 days after new moon, the Moon has gone 49° round the Earth. Seen from Earth it is the waxing crescent phase: lit on the right, about 17% lit.'
		);
		expect(model.describe({ day: 15 }, 'zh-CN')).toContain('满月：整个圆面都亮');
		expect(model.describe({ day: 22 }, 'zh-CN')).toContain('下弦月：左边亮');
		expect(model.describe({ day: 0 }, 'en')).toContain('new moon phase: almost no lit side faces us');
		expect(model.describe({ day: 1 }, 'en')).toMatch(/^1 day after/);
	});

	it('keeps its defaults in range, and a full-moon goal is unmet at the start but reachable', () => {
		for (const spec of Object.values(model.params)) {
			if (spec.kind !== 'number') continue;
			expect(spec.default).toBeGreaterThanOrEqual(spec.min);
			expect(spec.default).toBeLessThanOrEqual(spec.max);
			expect(Number.isInteger((spec.default - spec.min) / spec.step)).toBe(true);
		}
		const m = model as unknown as SimModel;
		expect(meetsGoal(m, { day: 4 }, [{ measure: 'full', equals: true }])).toBe(false);
		expect(meetsGoal(m, { day: 14.5 }, [{ measure: 'full', equals: true }])).toBe(true);
	});
});
