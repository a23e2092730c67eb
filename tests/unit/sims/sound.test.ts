import { describe, expect, it } from 'vitest';
import {
	cycles,
	loudness,
	model,
	period,
	PLOT,
	SPEED_OF_SOUND,
	wavelength,
	wavePaths,
	wavesShown,
	type SoundState
} from '../../../src/lib/sims/sound/model';
import { cleanState, meetsGoal, startState } from '../../../src/lib/sims/types';

const state = (frequency: number, amplitude = 0.5): SoundState => ({ frequency, amplitude });

describe('sound model', () => {
	it('finds the period from the frequency: T = 1/f', () => {
		expect(period(100)).toBe(10);
		expect(period(440)).toBeCloseTo(2.2727, 4);
		expect(period(500)).toBe(2);
		expect(period(1000)).toBe(1);
		expect(period(2000)).toBe(0.5);
	});

	it('counts the waves in 10 ms', () => {
		expect(cycles(100)).toBe(1);
		expect(cycles(440)).toBeCloseTo(4.4, 9);
		expect(wavesShown(state(100))).toBe(1);
		expect(wavesShown(state(440))).toBe(4);
		expect(wavesShown(state(300))).toBe(3);
		expect(wavesShown(state(590))).toBe(5);
		expect(wavesShown(state(2000))).toBe(20);
		expect(wavesShown(state(440, 0))).toBe(0); // nothing vibrates: no wave
		// Higher frequency, more waves in the same time.
		for (let f = 100; f < 2000; f += 100) expect(wavesShown(state(f + 100))).toBeGreaterThan(wavesShown(state(f)));
	});

	it('finds the wavelength in air at 20 °C: λ = v/f, v = 343 m/s', () => {
		expect(SPEED_OF_SOUND).toBe(343);
		expect(wavelength(440)).toBeCloseTo(0.78, 2);
		expect(wavelength(100)).toBeCloseTo(3.43, 9);
		expect(wavelength(1000)).toBeCloseTo(0.343, 9);
		expect(wavelength(2000)).toBeCloseTo(0.1715, 9);
	});

	it('makes loudness (intensity) grow as the amplitude squared', () => {
		expect(loudness(0)).toBe(0);
		expect(loudness(1)).toBe(1);
		expect(loudness(0.5)).toBe(0.25);
		expect(loudness(0.4) / loudness(0.2)).toBeCloseTo(4, 9); // double the amplitude, four times the intensity
	});

	it('measures everything a goal can ask', () => {
		const m = model.measure(state(440, 0.8));
		expect(m.frequency).toBe(440);
		expect(m.period).toBeCloseTo(2.2727, 4);
		expect(m.wavesShown).toBe(4);
		expect(m.wavelength).toBeCloseTo(0.7795, 4);
		expect(m.amplitude).toBe(0.8);
		expect(m.loudness).toBeCloseTo(0.64, 9);
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
	});

	it('draws whole waves to be counted, inside the graph', () => {
		const at = (f: number, a = 1) => wavePaths(state(f, a));
		expect(at(100).whole).toHaveLength(1);
		expect(at(100).rest).toBe('');
		expect(at(440).whole).toHaveLength(4);
		expect(at(440).rest).not.toBe('');
		expect(at(2000).whole).toHaveLength(20);
		const points = (s: string) => (s ? s.split(' ') : []).map((p) => p.split(',').map(Number));
		const all = [...at(730).whole, at(730).rest].flatMap(points);
		expect(Math.min(...all.map(([x]) => x))).toBeCloseTo(PLOT.left, 6);
		expect(Math.max(...all.map(([x]) => x))).toBeCloseTo(PLOT.right, 6);
		const ys = (f: number, a: number) => [...at(f, a).whole, at(f, a).rest].flatMap(points).map(([, y]) => y);
		// Taller wave for a larger amplitude; flat at 0.
		expect(Math.min(...ys(300, 1))).toBeCloseTo(PLOT.middle - PLOT.swing, 0);
		expect(Math.min(...ys(300, 0.5))).toBeCloseTo(PLOT.middle - PLOT.swing / 2, 0);
		expect(new Set(ys(300, 0))).toEqual(new Set([PLOT.middle]));
		expect(at(300, 0).whole).toEqual([]);
		// Starts at normal pressure, rises first.
		const first = points(at(300).whole[0]);
		expect(first[0]).toEqual([PLOT.left, PLOT.middle]);
		expect(first[3][1]).toBeLessThan(PLOT.middle);
	});

	it('describes what is seen in both languages', () => {
		expect(model.describe(state(440, 0.5), 'zh-CN')).toBe(
			'频率 440 赫兹：10 毫秒内有 4.4 个波，每个波 2.27 毫秒，在空气中的波长是 0.78 米，音调中等。振幅 0.5：声音的强度是振幅为 1 时的 25%，响度中等。'
		);
		expect(model.describe(state(440, 0.5), 'en')).toBe(
			'Frequency 440 Hz: 4.4 waves in 10 ms, each lasting 2.27 ms and 0.78 m long in air; a middle pitch. Amplitude 0.5: the intensity is 25% of that at amplitude 1; medium loudness.'
		);
		expect(model.describe(state(100, 0.2), 'en')).toBe(
			'Frequency 100 Hz: 1 wave in 10 ms, each lasting 10 ms and 3.43 m long in air; a low pitch. Amplitude 0.2: the intensity is 4% of that at amplitude 1; a quiet sound.'
		);
		expect(model.describe(state(1500, 1), 'zh-CN')).toContain('音调较高');
		expect(model.describe(state(1500, 1), 'zh-CN')).toContain('声音较响');
		expect(model.describe(state(2000, 1), 'en')).toContain('20 waves');
		expect(model.describe(state(440, 0), 'zh-CN')).toBe('频率 440 赫兹，振幅 0：空气不振动，听不到声音。');
		expect(model.describe(state(440, 0), 'en')).toBe(
			'Frequency 440 Hz, amplitude 0: the air does not vibrate, so there is no sound.'
		);
	});

	it('starts inside its ranges and grades goals', () => {
		for (const spec of Object.values(model.params)) {
			if (spec.kind !== 'number') throw new Error('numbers only');
			expect(spec.default).toBeGreaterThanOrEqual(spec.min);
			expect(spec.default).toBeLessThanOrEqual(spec.max);
			expect(Number.isInteger(Number(((spec.default - spec.min) / spec.step).toFixed(9)))).toBe(true);
		}
		const start = startState(model);
		expect(start).toEqual({ frequency: 200, amplitude: 0.5 });
		expect(meetsGoal(model, start, [{ measure: 'wavesShown', equals: 5 }])).toBe(false);
		expect(meetsGoal(model, state(500), [{ measure: 'wavesShown', equals: 5 }])).toBe(true);
		expect(cleanState(model, { frequency: 443, amplitude: 0.33 }, start)).toEqual({ frequency: 440, amplitude: 0.3 });
	});
});
