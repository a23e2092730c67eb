import { describe, expect, it } from 'vitest';
import { meetsGoal, type SimModel } from '../../../src/lib/sims/types';
import {
	calendarDate,
	dayLength,
	declination,
	formatDate,
	formatLatitude,
	model,
	noonSunHeight
} from '../../../src/lib/sims/seasons/model';

const JUNE_21 = 172;
const DEC_21 = 355;
const at = (day: number, latitude = 40, tilt = 23.4) => model.measure({ day, latitude, tilt });

describe('seasons model', () => {
	it('moves the overhead Sun between the tropics: δ ≈ tilt × sin(2π(day − 80)/365)', () => {
		expect(declination(23.4, 80)).toBeCloseTo(0, 9);
		expect(declination(23.4, JUNE_21)).toBeCloseTo(23.4, 1);
		expect(declination(23.4, DEC_21)).toBeCloseTo(-23.4, 1);
		// The approximation's September equinox falls on day 262.5 (19–20 September), not 22–23 September.
		expect(declination(23.4, 262.5)).toBeCloseTo(0, 9);
		expect(Math.abs(declination(23.4, 266))).toBeLessThan(2);
		expect(declination(0, JUNE_21)).toBe(0);
	});

	it('gives the noon Sun height 90° − |φ − δ| as textbooks do for Beijing (40° N)', () => {
		// Textbook: Beijing summer solstice ≈ 73.5°, winter solstice ≈ 26.5° (with φ = 39.9°, δ = ±23.44°).
		expect(at(JUNE_21).noonSunHeight as number).toBeCloseTo(73.4, 1);
		expect(at(DEC_21).noonSunHeight as number).toBeCloseTo(26.6, 1);
		expect(noonSunHeight(39.9, 23.44)).toBeCloseTo(73.54, 2);
		expect(noonSunHeight(39.9, -23.44)).toBeCloseTo(26.66, 2);
		// Equinox: 90° − latitude. Tropic of Cancer at the June solstice: overhead.
		expect(at(80).noonSunHeight).toBeCloseTo(50, 9);
		expect(noonSunHeight(23.4, 23.4)).toBe(90);
		expect(at(JUNE_21, 23).sunOverhead).toBe(true);
		expect(at(JUNE_21, 40).sunOverhead).toBe(false);
	});

	it('gives the day length from the sunrise equation cos ω0 = −tan φ tan δ', () => {
		// Beijing: about 14.8 h at the June solstice, 9.2 h at the December solstice.
		expect(at(JUNE_21).dayLength as number).toBeCloseTo(14.8, 1);
		expect(at(DEC_21).dayLength as number).toBeCloseTo(9.2, 1);
		expect((at(JUNE_21).dayLength as number) + (at(DEC_21).dayLength as number)).toBeCloseTo(24, 1);
		expect(dayLength(40, 0)).toBeCloseTo(12, 9);
		expect(dayLength(0, 23.4)).toBeCloseTo(12, 9);
		// 66° N at the June solstice: tan 66° tan 23.4° = 0.972, ω0 = 166.4°, 22.2 h.
		expect(dayLength(66, 23.4)).toBeCloseTo(22.2, 1);
	});

	it('clamps to polar day and polar night', () => {
		expect(dayLength(66, 30)).toBe(24);
		expect(dayLength(66, -30)).toBe(0);
		expect(at(JUNE_21, 66, 45)).toMatchObject({ polarDay: true, polarNight: false, dayLength: 24, nightLength: 0 });
		const winter = at(DEC_21, 66, 45);
		expect(winter).toMatchObject({ polarDay: false, polarNight: true, dayLength: 0, nightLength: 24 });
		expect(winter.noonSunHeight as number).toBeLessThan(0);
		expect(at(JUNE_21, 66).polarDay).toBe(false);
	});

	it('with no tilt, day and night are equal everywhere, every day', () => {
		for (const day of [1, 80, JUNE_21, 266, DEC_21])
			for (const latitude of [0, 23, 40, 66]) {
				const m = at(day, latitude, 0);
				expect(m.dayLength).toBeCloseTo(12, 9);
				expect(m.equalDayNight).toBe(true);
				expect(m.noonSunHeight).toBe(90 - latitude);
			}
		expect(at(JUNE_21).equalDayNight).toBe(false);
	});

	it('reads dates and months, and counts Northern summer June–August, winter December–February', () => {
		expect(calendarDate(1)).toEqual({ month: 1, date: 1 });
		expect(calendarDate(JUNE_21)).toEqual({ month: 6, date: 21 });
		expect(calendarDate(DEC_21)).toEqual({ month: 12, date: 21 });
		expect(calendarDate(365)).toEqual({ month: 12, date: 31 });
		expect(formatDate(JUNE_21, 'zh-CN')).toBe('6月21日');
		expect(formatDate(JUNE_21, 'en')).toBe('21 June');
		expect(at(JUNE_21)).toMatchObject({ month: 6, summer: true, winter: false });
		expect(at(DEC_21)).toMatchObject({ month: 12, summer: false, winter: true });
		expect(at(80)).toMatchObject({ month: 3, summer: false, winter: false });
	});

	it('gives every declared measure', () => {
		const m = at(JUNE_21);
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
		expect(m.declination as number).toBeCloseTo(23.4, 1);
		expect(m.nightLength as number).toBeCloseTo(9.2, 1);
	});

	it('describes the view in both languages', () => {
		const s = { day: JUNE_21, latitude: 40, tilt: 23.4 };
		expect(model.describe(s, 'zh-CN')).toBe(
			'6月21日，北纬 40°：正午太阳高度 73.4°，白昼约 14.8 小时。这天太阳直射北纬 23.4°。'
		);
		expect(model.describe(s, 'en')).toBe(
			'21 June at 40° N: the noon Sun is 73.4° high and the day lasts about 14.8 hours. Today the noon Sun is overhead at 23.4° N.'
		);
		expect(model.describe({ day: DEC_21, latitude: 40, tilt: 23.4 }, 'zh-CN')).toContain('直射南纬 23.4°');
		expect(model.describe({ day: 80, latitude: 0, tilt: 23.4 }, 'zh-CN')).toBe(
			'3月21日，赤道：正午太阳高度 90°，白昼约 12 小时。这天太阳直射赤道。'
		);
		expect(model.describe({ day: JUNE_21, latitude: 66, tilt: 45 }, 'zh-CN')).toContain('极昼');
		expect(model.describe({ day: DEC_21, latitude: 66, tilt: 45 }, 'en')).toContain('polar night');
		expect(formatLatitude(-5, 'en')).toBe('5° S');
	});

	it('keeps its defaults in range; a solstice goal is unmet at the start but reachable', () => {
		for (const spec of Object.values(model.params)) {
			if (spec.kind !== 'number') continue;
			expect(spec.default).toBeGreaterThanOrEqual(spec.min);
			expect(spec.default).toBeLessThanOrEqual(spec.max);
			expect(
				Math.abs(Math.round((spec.default - spec.min) / spec.step) * spec.step - (spec.default - spec.min))
			).toBeLessThan(1e-9);
		}
		const m = model as unknown as SimModel;
		const start = { day: 80, latitude: 40, tilt: 23.4 };
		const goal = [{ measure: 'noonSunHeight', min: 73 }];
		expect(meetsGoal(m, start, goal)).toBe(false);
		expect(meetsGoal(m, { ...start, day: JUNE_21 }, goal)).toBe(true);
	});
});
