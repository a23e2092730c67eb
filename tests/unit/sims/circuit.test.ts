import { describe, expect, it } from 'vitest';
import { glow, MAX_POWER, model, solve, type CircuitState } from '../../../src/lib/sims/circuit/model';
import { meetsGoal, startState, type SimState } from '../../../src/lib/sims/types';

const state = (
	cells: number,
	arrangement: CircuitState['arrangement'],
	mainSwitch = true,
	switchB = true
): CircuitState => ({
	cells,
	arrangement,
	mainSwitch,
	switchB
});

describe('circuit model', () => {
	it('shares the voltage in series: I = U / 2R through both bulbs (textbook values)', () => {
		// 1 cell: 1.5 V / 10 Ω = 0.15 A, P = I²R = 0.1125 W a bulb.
		const one = solve(state(1, 'series'));
		expect(one.volts).toBe(1.5);
		expect(one.current).toBeCloseTo(0.15, 9);
		expect(one.currentA).toBeCloseTo(0.15, 9);
		expect(one.currentB).toBeCloseTo(0.15, 9);
		expect(one.powerA).toBeCloseTo(0.1125, 9);
		// 2 cells: 3 V / 10 Ω = 0.3 A, 0.45 W; 3 cells: 0.45 A, 1.0125 W.
		expect(solve(state(2, 'series')).current).toBeCloseTo(0.3, 9);
		expect(solve(state(2, 'series')).powerB).toBeCloseTo(0.45, 9);
		expect(solve(state(3, 'series')).current).toBeCloseTo(0.45, 9);
		expect(solve(state(3, 'series')).powerA).toBeCloseTo(1.0125, 9);
	});

	it('gives each parallel branch the full voltage: I = U / R, and the cells supply the sum', () => {
		// 2 cells: 3 V / 5 Ω = 0.6 A a branch, P = UI = 1.8 W a bulb, 1.2 A from the cells.
		const two = solve(state(2, 'parallel'));
		expect(two.currentA).toBeCloseTo(0.6, 9);
		expect(two.currentB).toBeCloseTo(0.6, 9);
		expect(two.current).toBeCloseTo(1.2, 9);
		expect(two.powerA).toBeCloseTo(1.8, 9);
		expect(two.powerA).toBeCloseTo(two.volts * two.currentA, 9); // P = UI
		// 1 cell: 0.3 A, 0.45 W; 3 cells: 0.9 A, 4.05 W, 1.8 A in all.
		expect(solve(state(1, 'parallel')).powerB).toBeCloseTo(0.45, 9);
		expect(solve(state(3, 'parallel')).current).toBeCloseTo(1.8, 9);
		expect(solve(state(3, 'parallel')).powerA).toBeCloseTo(MAX_POWER, 9);
		expect(MAX_POWER).toBeCloseTo(4.05, 9);
		// The same bulb is 4 times as powerful in parallel as in series, with the same cells.
		expect(solve(state(2, 'parallel')).powerA / solve(state(2, 'series')).powerA).toBeCloseTo(4, 9);
	});

	it('in series, either switch breaks the one loop and both bulbs go out', () => {
		for (const [main, b] of [
			[false, true],
			[true, false],
			[false, false]
		])
			expect(model.measure(state(2, 'series', main, b))).toMatchObject({
				litBulbs: 0,
				bulbALit: false,
				bulbBLit: false,
				current: 0,
				brightnessA: 0,
				brightnessB: 0
			});
	});

	it('in parallel, S controls both bulbs and S_B only bulb B', () => {
		const bOpen = model.measure(state(2, 'parallel', true, false));
		expect(bOpen).toMatchObject({ litBulbs: 1, bulbALit: true, bulbBLit: false, brightnessB: 0 });
		expect(bOpen.current).toBeCloseTo(0.6, 9);
		expect(bOpen.brightnessA).toBeCloseTo(1.8, 9); // A is as bright as with B on
		const mainOpen = model.measure(state(2, 'parallel', false, true));
		expect(mainOpen).toMatchObject({ litBulbs: 0, bulbALit: false, bulbBLit: false, current: 0 });
	});

	it('measures everything a goal can ask', () => {
		const m = model.measure(state(3, 'parallel'));
		expect(Object.keys(m).sort()).toEqual(Object.keys(model.measures).sort());
		expect(m.litBulbs).toBe(2);
		expect(m.voltage).toBe(4.5);
		expect(m.currentA as number).toBeCloseTo(0.9, 9);
		expect(m.currentB as number).toBeCloseTo(0.9, 9);
		expect(m.totalPower as number).toBeCloseTo(8.1, 9);
		expect(m.closedSwitches).toBe(2);
		expect(m.parallel).toBe(true);
		expect(model.measure(state(1, 'series', false, true)).closedSwitches).toBe(1);
		expect(model.measure(state(1, 'series')).parallel).toBe(false);
	});

	it('draws a dim bulb still visible and a dark one not at all', () => {
		expect(glow(0)).toBe(0);
		expect(glow(0.1125)).toBeGreaterThan(0.2);
		expect(glow(MAX_POWER)).toBeCloseTo(1, 9);
		expect(glow(1.8)).toBeGreaterThan(glow(0.45));
	});

	it('expresses the lessons’ goals as measure conditions', () => {
		const start = startState(model, { arrangement: 'series', mainSwitch: true, switchB: true }) as SimState;
		const aStaysLit = [
			{ measure: 'bulbALit', equals: true },
			{ measure: 'bulbBLit', equals: false }
		];
		expect(meetsGoal(model, start, aStaysLit)).toBe(false);
		expect(meetsGoal(model, { ...start, switchB: false }, aStaysLit)).toBe(false); // series: both out
		expect(meetsGoal(model, { ...start, arrangement: 'parallel', switchB: false }, aStaysLit)).toBe(true);
		const bothWithOneSwitch = [
			{ measure: 'litBulbs', equals: 2 },
			{ measure: 'closedSwitches', equals: 1 }
		];
		expect(meetsGoal(model, start, bothWithOneSwitch)).toBe(false);
		const power = [{ measure: 'brightnessA', equals: 1.8, tolerance: 0.01 }];
		expect(meetsGoal(model, start, power)).toBe(false);
		expect(meetsGoal(model, { ...start, arrangement: 'parallel' }, power)).toBe(true);
	});

	it('describes the circuit in both languages', () => {
		expect(model.describe(state(2, 'series'), 'zh-CN')).toBe(
			'串联，2 节电池共 3 V；总开关闭合，B 灯的开关闭合。A、B 两盏灯都亮，每盏 0.45 W；电池输出电流 0.3 A。'
		);
		expect(model.describe(state(2, 'series'), 'en')).toBe(
			"Series, 2 cells (3 V); main switch closed, bulb B's switch closed. Bulbs A and B both light, 0.45 W each; the cells supply 0.3 A."
		);
		expect(model.describe(state(1, 'series', true, false), 'zh-CN')).toContain('两盏灯都不亮');
		expect(model.describe(state(1, 'series', true, false), 'en')).toContain('Neither bulb lights');
		expect(model.describe(state(1, 'parallel', true, false), 'zh-CN')).toBe(
			'并联，1 节电池共 1.5 V；总开关闭合，B 灯的开关断开。只有 A 灯亮（0.45 W），B 灯不亮；电池输出电流 0.3 A。'
		);
		expect(model.describe(state(1, 'parallel', true, false), 'en')).toBe(
			"Parallel, 1 cell (1.5 V); main switch closed, bulb B's switch open. Only bulb A lights (0.45 W); bulb B is dark. The cells supply 0.3 A."
		);
	});

	it('has every default within its range and a label for every setting', () => {
		for (const [name, spec] of Object.entries(model.params)) {
			if (spec.kind === 'number') {
				expect(spec.default).toBeGreaterThanOrEqual(spec.min);
				expect(spec.default).toBeLessThanOrEqual(spec.max);
			} else if (spec.kind === 'choice') expect(spec.options).toContain(spec.default);
			expect(model.labels[name]['zh-CN']).toBeTruthy();
			expect(model.labels[name].en).toBeTruthy();
		}
		for (const option of ['series', 'parallel']) expect(model.options?.[option]).toBeDefined();
	});
});
