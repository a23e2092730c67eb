import { describe, expect, it } from 'vitest';
import {
	colourCode,
	juiceColour,
	LIQUIDS,
	mix,
	model,
	solvePh,
	SPOON_ACID,
	STRIP,
	test,
	type PhState
} from '../../../src/lib/sims/ph-indicator/model';
import { meetsGoal, startState } from '../../../src/lib/sims/types';

const state = (liquid: PhState['liquid'], vinegarSpoons = 0): PhState => ({ liquid, vinegarSpoons });
const ph = (liquid: PhState['liquid'], spoons = 0) => solvePh(mix(liquid, spoons)).ph;

describe('ph-indicator model', () => {
	it('gives each liquid its typical pH', () => {
		expect(ph('water')).toBeCloseTo(7, 3); // neutral by definition
		expect(ph('lemonJuice')).toBeGreaterThanOrEqual(2.0); // 2.0–2.6
		expect(ph('lemonJuice')).toBeLessThanOrEqual(2.6);
		expect(ph('vinegar')).toBeGreaterThanOrEqual(2.4); // 2.4–3.4
		expect(ph('vinegar')).toBeLessThanOrEqual(3.4);
		expect(ph('sparklingWater')).toBeGreaterThanOrEqual(3); // 3–4
		expect(ph('sparklingWater')).toBeLessThanOrEqual(4);
		expect(ph('bakingSoda')).toBeCloseTo(8.34, 1); // (pKa1 + pKa2) / 2 = 8.34
		expect(ph('alkalineWater')).toBeCloseTo(8.9, 1); // labelled "pH 9", diluted by the juice
		expect(ph('soapyWater')).toBeGreaterThanOrEqual(9); // 9–10
		expect(ph('soapyWater')).toBeLessThanOrEqual(10.2);
		expect(ph('foodSoda')).toBeGreaterThanOrEqual(11); // ~1 % Na2CO3: 11.4–11.6
		expect(ph('foodSoda')).toBeLessThanOrEqual(12);
	});

	it('matches hand-computed weak-acid values', () => {
		// 1 spoonful (4.15 mmol acetic acid) in 125 mL of water: c = 0.0332 M,
		// [H+] ≈ √(Ka·c) = √(10^-4.76 · 0.0332) → pH 3.12.
		expect(SPOON_ACID).toBeCloseTo(4.15, 9);
		expect(ph('water', 1)).toBeCloseTo(0.5 * (4.76 - Math.log10(4.15 / 125)), 1);
		// Sodium carbonate, 9.4 mmol in 120 mL: [OH-] ≈ √(Kb·c), Kb = 10^-14 / 10^-10.33 → pH 11.6.
		const c = 9.4 / 120;
		expect(ph('foodSoda')).toBeCloseTo(14 + Math.log10(Math.sqrt((1e-14 / 10 ** -10.33) * c)), 1);
		// Baking soda half used up by 1 spoonful: HCO3-/CO2 buffer, pH = 6.35 + log(9.85 / 4.15) = 6.73.
		expect(ph('bakingSoda', 1)).toBeCloseTo(6.35 + Math.log10((14 - 4.15) / 4.15), 1);
	});

	it('makes every cup more acidic (or no less) with each spoonful of vinegar', () => {
		for (const liquid of LIQUIDS)
			for (let n = 1; n <= 10; n++) expect(ph(liquid, n)).toBeLessThanOrEqual(ph(liquid, n - 1) + 0.02);
	});

	it('shows baking soda holding off the vinegar far better than plain or "alkaline" water', () => {
		// One spoonful: water drops ~3.9 pH units, "alkaline" water ~5.8, baking soda water ~1.6.
		expect(test(state('water', 1)).phDrop).toBeGreaterThan(3.5);
		expect(test(state('alkalineWater', 1)).phDrop).toBeGreaterThan(5.5);
		expect(test(state('alkalineWater', 1)).kind).toBe('acidic');
		expect(test(state('bakingSoda', 1)).phDrop).toBeLessThan(2);
		expect(ph('bakingSoda', 3)).toBeGreaterThan(5.5); // still purple after 3 spoonfuls
		expect(ph('water', 3)).toBeLessThan(3);
	});

	it('fizzes when carbonate meets acid, or sparkling water is poured', () => {
		expect(test(state('sparklingWater')).fizzing).toBe(true);
		expect(test(state('bakingSoda')).fizzing).toBe(false);
		expect(test(state('bakingSoda', 4)).fizzing).toBe(true);
		expect(test(state('foodSoda', 5)).fizzing).toBe(true);
		expect(test(state('water', 5)).fizzing).toBe(false);
	});

	it('colours the juice as red cabbage does', () => {
		expect(colourCode(1.5)).toBe(1); // red
		expect(colourCode(3.1)).toBe(2); // pink
		expect(colourCode(7)).toBe(3); // purple
		expect(colourCode(8.3)).toBe(4); // blue
		expect(colourCode(10)).toBe(5); // blue-green
		expect(colourCode(11.6)).toBe(6); // green
		expect(colourCode(13)).toBe(7); // yellow
		expect(juiceColour(7)).toBe('rgb(106,81,176)'); // #6a51b0, the strip at 7
		expect(juiceColour(0)).toBe('rgb(192,21,47)');
		expect(juiceColour(14)).toBe('rgb(233,196,106)');
		expect(juiceColour(20)).toBe(juiceColour(14));
		expect(STRIP).toHaveLength(15);
	});

	it('measures everything a goal can ask', () => {
		const water = model.measure(state('water'));
		expect(Object.keys(water).sort()).toEqual(Object.keys(model.measures).sort());
		expect(water).toEqual({
			ph: 7,
			phDrop: 0,
			acidic: false,
			neutral: true,
			alkaline: false,
			colour: 3,
			fizzing: false
		});
		expect(model.measure(state('lemonJuice'))).toMatchObject({
			ph: 2.2,
			acidic: true,
			neutral: false,
			alkaline: false,
			colour: 1
		});
		expect(model.measure(state('vinegar'))).toMatchObject({ ph: 2.5, acidic: true, colour: 2 });
		expect(model.measure(state('bakingSoda'))).toMatchObject({ ph: 8.3, alkaline: true, colour: 4 });
		expect(model.measure(state('soapyWater'))).toMatchObject({ ph: 10, alkaline: true, colour: 5 });
		expect(model.measure(state('foodSoda'))).toMatchObject({ ph: 11.6, alkaline: true, colour: 6 });
		expect(model.measure(state('water', 1))).toMatchObject({ ph: 3.1, phDrop: 3.9, acidic: true, colour: 2 });
	});

	it('expresses the lessons’ goals as measure conditions', () => {
		const start = startState(model);
		const green = [{ measure: 'colour', equals: 6 }];
		expect(meetsGoal(model, start, green)).toBe(false);
		expect(meetsGoal(model, { ...start, liquid: 'foodSoda' }, green)).toBe(true);
		const soda = startState(model, { liquid: 'bakingSoda' });
		const acidic = [{ measure: 'acidic', equals: true }];
		expect(meetsGoal(model, soda, acidic)).toBe(false);
		expect(meetsGoal(model, { ...soda, vinegarSpoons: 1 }, acidic)).toBe(true);
	});

	it('describes the cup in both languages', () => {
		expect(model.describe(state('vinegar'), 'zh-CN')).toBe('白醋：紫甘蓝汁变成粉红色，pH 约 2.5，显酸性。');
		expect(model.describe(state('vinegar'), 'en')).toBe(
			'White vinegar: the cabbage juice turns pink, pH about 2.5, so it is acidic.'
		);
		expect(model.describe(state('water'), 'zh-CN')).toBe('纯水：紫甘蓝汁变成紫色，pH 约 7，显中性。');
		expect(model.describe(state('bakingSoda', 4), 'zh-CN')).toBe(
			'小苏打水，加了 4 勺白醋：紫甘蓝汁变成紫色，pH 约 5.4，显酸性。杯里冒出二氧化碳气泡。'
		);
		expect(model.describe(state('bakingSoda', 1), 'en')).toBe(
			'Baking soda water with 1 spoonful of vinegar: the cabbage juice turns purple, pH about 6.7, so it is acidic. Bubbles of carbon dioxide fizz up.'
		);
		expect(model.describe(state('foodSoda'), 'en')).toBe(
			'Food-grade soda water: the cabbage juice turns green, pH about 11.6, so it is basic.'
		);
	});

	it('has every default within its range and words for every option', () => {
		for (const [name, spec] of Object.entries(model.params)) {
			if (spec.kind === 'number') {
				expect(spec.default).toBeGreaterThanOrEqual(spec.min);
				expect(spec.default).toBeLessThanOrEqual(spec.max);
			} else if (spec.kind === 'choice') expect(spec.options).toContain(spec.default);
			expect(model.labels[name]['zh-CN']).toBeTruthy();
			expect(model.labels[name].en).toBeTruthy();
		}
		for (const liquid of LIQUIDS) {
			expect(model.options?.[liquid]['zh-CN']).toBeTruthy();
			expect(model.options?.[liquid].en).toBeTruthy();
		}
	});
});
