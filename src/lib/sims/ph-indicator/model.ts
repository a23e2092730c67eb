/*
 * A cup of a household liquid with red (purple) cabbage juice in it, and spoonfuls of white
 * vinegar stirred in one at a time. The pH comes from the charge balance of the cup's contents
 * (every positive charge matched by a negative one), solved by halving the pH range; the colour
 * follows red cabbage's anthocyanins, as on the lesson's colour strip (acids-and-bases/ph.svg):
 * red at pH 1–2, pink 3–4, purple 5–7, blue about 8, blue-green 9–10, green 11–12, yellow 13–14.
 *
 * The cup: 100 mL of the liquid and 20 mL of cabbage juice (taken as plain water). A spoonful is a
 * 5 mL teaspoon of white vinegar with 5 % acetic acid (0.83 mol/L), 4.15 mmol of acid. These
 * amounts are illustrative, chosen like the lessons' home experiments (a quarter teaspoon of baking
 * soda, about 1.2 g or 14 mmol, in half a cup of water); a real cup differs, the direction not.
 *
 * Acid constants at 25 °C (CRC Handbook of Chemistry and Physics): acetic acid pKa 4.76; citric
 * acid 3.13, 4.76, 6.40; carbonic acid (dissolved CO₂) 6.35, 10.33; water Kw = 10⁻¹⁴. Dissolved
 * CO₂ is capped at 0.034 mol/L, what water holds under 1 atm of CO₂ (Henry's law, Sander 2015):
 * beyond that it bubbles out, which is the fizz of baking soda with vinegar, and of sparkling water.
 *
 * What comes out, against typical values (人教版 化学 九年级下册 第十单元「溶液酸碱度的表示法——
 * pH」; Britannica "pH"): lemon juice 2.2 (typically 2.0–2.6); white vinegar 2.5 (2.4–3.4);
 * sparkling water, still fizzing, 3.9 (3–4); pure water 7; baking soda solution 8.3 (8.3, whatever
 * its strength); "alkaline" bottled water 8.9 (labelled 8.5–9.5); soapy water 10 (9–10); food-grade
 * soda (sodium carbonate, about 1 %) 11.6 (11–12). Bleach, drain and toilet cleaners are left out:
 * they are no child's experiment.
 * Illustrative stand-ins: lemon juice is 0.25 mol/L citric acid with 0.02 mol/L potassium (lemons
 * hold about 50 g/L of citric acid and some potassium citrate); dissolved soap is taken as 0.01
 * mol/L of the sodium salt of a weak acid of pKa 8, which gives its usual pH of 10; the alkaline
 * water carries only 10⁻⁵ mol/L of base, which is why one spoonful of vinegar undoes it.
 */
import type { Language } from '../../content/types';
import { formatNumber, type SimModel } from '../types';

export const LIQUIDS = [
	'lemonJuice',
	'vinegar',
	'sparklingWater',
	'water',
	'bakingSoda',
	'alkalineWater',
	'soapyWater',
	'foodSoda'
] as const;
export type Liquid = (typeof LIQUIDS)[number];

export interface PhState {
	[key: string]: number | string;
	liquid: Liquid;
	/** Teaspoons (5 mL) of white vinegar stirred in, 0–10. */
	vinegarSpoons: number;
}

/** A weak acid in the cup: its amount (mmol) and its pKa values, first proton first. */
interface WeakAcid {
	mmol: number;
	pKa: readonly number[];
}

/** The cup's contents, in mmol: cations of strong bases (Na⁺, K⁺), weak acids, carbonate. */
interface Mix {
	cations: number;
	acids: WeakAcid[];
	carbonate: number;
	/** Volume in mL. */
	volume: number;
}

const CUP_ML = 120;
export const SPOON_ML = 5;
/** Acetic acid in one 5 mL spoonful of 5 % vinegar (0.83 mol/L), in mmol. */
export const SPOON_ACID = 0.83 * SPOON_ML;
const ACETIC = [4.76] as const;
const CITRIC = [3.13, 4.76, 6.4] as const;
const CARBONIC = [6.35, 10.33] as const;
/** The most dissolved CO₂ water holds under 1 atm of CO₂ at 25 °C, mol/L. */
export const CO2_SATURATED = 0.034;
const KW = 1e-14;

/** Each liquid's contribution to the cup (100 mL of it), in mmol. */
const CONTENTS: Record<Liquid, Omit<Mix, 'volume'>> = {
	lemonJuice: { cations: 2, acids: [{ mmol: 25, pKa: CITRIC }], carbonate: 0 },
	vinegar: { cations: 0, acids: [{ mmol: 83, pKa: ACETIC }], carbonate: 0 },
	sparklingWater: { cations: 0, acids: [], carbonate: 10 },
	water: { cations: 0, acids: [], carbonate: 0 },
	bakingSoda: { cations: 14, acids: [], carbonate: 14 },
	alkalineWater: { cations: 0.001, acids: [], carbonate: 0 },
	soapyWater: { cations: 1, acids: [{ mmol: 1, pKa: [8] }], carbonate: 0 },
	foodSoda: { cations: 18.8, acids: [], carbonate: 9.4 }
};

/** The cup with `spoons` spoonfuls of vinegar stirred in. */
export function mix(liquid: Liquid, spoons: number): Mix {
	const c = CONTENTS[liquid];
	return {
		cations: c.cations,
		acids: [...c.acids, { mmol: spoons * SPOON_ACID, pKa: ACETIC }],
		carbonate: c.carbonate,
		volume: CUP_ML + spoons * SPOON_ML
	};
}

/** Mean negative charge of a weak acid's forms at hydrogen-ion concentration h (mol/L). */
function charge(pKa: readonly number[], h: number): number {
	let term = 1;
	let sum = 1;
	let weighted = 0;
	pKa.forEach((p, i) => {
		term *= 10 ** -p / h;
		sum += term;
		weighted += (i + 1) * term;
	});
	return weighted / sum;
}

/** Negative charge carried by carbonate (mol/L), with CO₂ beyond saturation bubbled away. */
function carbonateCharge(total: number, h: number): { charge: number; fizzing: boolean } {
	const [k1, k2] = CARBONIC.map((p) => 10 ** -p);
	const closed = total * charge(CARBONIC, h);
	// What the water keeps when it holds the saturated CO₂: the ions that go with it.
	const saturated = CO2_SATURATED * (k1 / h + (2 * k1 * k2) / (h * h));
	return closed > saturated ? { charge: saturated, fizzing: true } : { charge: closed, fizzing: false };
}

/** The pH of a mix: where positive charge (H⁺, cations) equals negative (OH⁻, acid anions). */
export function solvePh(m: Mix): { ph: number; fizzing: boolean } {
	const excess = (ph: number) => {
		const h = 10 ** -ph;
		let negative = KW / h;
		for (const a of m.acids) negative += (a.mmol / m.volume) * charge(a.pKa, h);
		const co3 = carbonateCharge(m.carbonate / m.volume, h);
		return { value: h + m.cations / m.volume - negative - co3.charge, fizzing: m.carbonate > 0 && co3.fizzing };
	};
	// The excess of positive charge falls as the pH rises: halve [0, 14] until it is 0.
	let lo = 0;
	let hi = 14;
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		if (excess(mid).value > 0) lo = mid;
		else hi = mid;
	}
	const ph = (lo + hi) / 2;
	return { ph, fizzing: excess(ph).fizzing };
}

/** The cabbage juice's colour at each whole pH 0–14, as on the lesson's strip. */
// prettier-ignore
export const STRIP = [
	'#c0152f', '#d7263d', '#e0457b', '#d65aa0', '#b05cb8', '#8e4fb5', '#7a4fb0', '#6a51b0',
	'#4662c4', '#2f7fbf', '#2a9d8f', '#3fae6a', '#6cbf3f', '#c9c93a', '#e9c46a'
] as const;

/** The juice's colour at a pH, blended between the two nearest whole numbers. */
export function juiceColour(ph: number): string {
	const x = Math.min(14, Math.max(0, ph));
	const i = Math.min(13, Math.floor(x));
	const t = x - i;
	const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
	const [a, b] = [rgb(STRIP[i]), rgb(STRIP[i + 1])];
	return `rgb(${a.map((v, k) => Math.round(v + (b[k] - v) * t)).join(',')})`;
}

/** Colour names by code: 1 red … 7 yellow, with the pH each one starts at. */
export const COLOURS = ['red', 'pink', 'purple', 'blue', 'blueGreen', 'green', 'yellow'] as const;
const COLOUR_FROM = [0, 2.5, 4.5, 7.5, 8.5, 10.5, 12.5];

/** The colour's code, 1 (red) to 7 (yellow). */
export function colourCode(ph: number): number {
	let code = 1;
	COLOUR_FROM.forEach((from, i) => {
		if (ph >= from) code = i + 1;
	});
	return code;
}

/** Everything the view and the goals need: pH as shown (to 0.1), its kind and colour. */
export function test(state: PhState) {
	const now = solvePh(mix(state.liquid, state.vinegarSpoons));
	const before = solvePh(mix(state.liquid, 0));
	const ph = Number(now.ph.toFixed(1));
	return {
		ph,
		phDrop: Number((before.ph - now.ph).toFixed(1)),
		// Vinegar poured into baking soda or soda fizzes at once where the two meet, even while the
		// stirred cup could still hold the carbon dioxide: the cup is not mixed the instant it lands.
		fizzing: now.fizzing || (state.vinegarSpoons > 0 && mix(state.liquid, 0).carbonate > 0),
		colour: colourCode(ph),
		kind: ph < 7 ? ('acidic' as const) : ph > 7 ? ('alkaline' as const) : ('neutral' as const)
	};
}

const words: Record<
	Language,
	{
		liquids: Record<Liquid, string>;
		colours: Record<(typeof COLOURS)[number], string>;
		kinds: Record<'acidic' | 'neutral' | 'alkaline', string>;
		spoons: (n: number) => string;
		sentence: (liquid: string, spoons: string, colour: string, ph: string, kind: string, fizz: boolean) => string;
	}
> = {
	'zh-CN': {
		liquids: {
			lemonJuice: '柠檬汁',
			vinegar: '白醋',
			sparklingWater: '气泡水',
			water: '纯水',
			bakingSoda: '小苏打水',
			alkalineWater: '“碱性水”',
			soapyWater: '肥皂水',
			foodSoda: '食用碱水'
		},
		colours: {
			red: '红色',
			pink: '粉红色',
			purple: '紫色',
			blue: '蓝色',
			blueGreen: '蓝绿色',
			green: '绿色',
			yellow: '黄色'
		},
		kinds: { acidic: '酸性', neutral: '中性', alkaline: '碱性' },
		spoons: (n) => (n ? `，加了 ${n} 勺白醋` : ''),
		sentence: (liquid, spoons, colour, ph, kind, fizz) =>
			`${liquid}${spoons}：紫甘蓝汁变成${colour}，pH 约 ${ph}，显${kind}。${fizz ? '杯里冒出二氧化碳气泡。' : ''}`
	},
	en: {
		liquids: {
			lemonJuice: 'Lemon juice',
			vinegar: 'White vinegar',
			sparklingWater: 'Sparkling water',
			water: 'Pure water',
			bakingSoda: 'Baking soda water',
			alkalineWater: '"Alkaline" water',
			soapyWater: 'Soapy water',
			foodSoda: 'Food-grade soda water'
		},
		colours: {
			red: 'red',
			pink: 'pink',
			purple: 'purple',
			blue: 'blue',
			blueGreen: 'blue-green',
			green: 'green',
			yellow: 'yellow'
		},
		kinds: { acidic: 'acidic', neutral: 'neutral', alkaline: 'basic' },
		spoons: (n) => (n ? ` with ${n} spoonful${n === 1 ? '' : 's'} of vinegar` : ''),
		sentence: (liquid, spoons, colour, ph, kind, fizz) =>
			`${liquid}${spoons}: the cabbage juice turns ${colour}, pH about ${ph}, so it is ${kind}.${fizz ? ' Bubbles of carbon dioxide fizz up.' : ''}`
	}
};

export const model: SimModel<PhState> = {
	name: 'ph-indicator',
	viewBox: { width: 320, height: 180 },
	title: { 'zh-CN': '紫甘蓝汁测酸碱', en: 'Red cabbage juice: acid or base?' },
	params: {
		liquid: { kind: 'choice', options: LIQUIDS, default: 'water' },
		vinegarSpoons: { kind: 'number', min: 0, max: 10, step: 1, default: 0, unit: { 'zh-CN': '勺', en: '' } }
	},
	labels: {
		liquid: { 'zh-CN': '杯里的液体', en: 'Liquid in the cup' },
		vinegarSpoons: { 'zh-CN': '再加白醋', en: 'Spoonfuls of vinegar added' }
	},
	options: Object.fromEntries(LIQUIDS.map((l) => [l, { 'zh-CN': words['zh-CN'].liquids[l], en: words.en.liquids[l] }])),
	measures: {
		ph: { kind: 'number' },
		phDrop: { kind: 'number' },
		acidic: { kind: 'boolean' },
		neutral: { kind: 'boolean' },
		alkaline: { kind: 'boolean' },
		colour: { kind: 'number' },
		fizzing: { kind: 'boolean' }
	},
	measure(state) {
		const t = test(state);
		return {
			ph: t.ph,
			phDrop: t.phDrop,
			acidic: t.kind === 'acidic',
			neutral: t.kind === 'neutral',
			alkaline: t.kind === 'alkaline',
			colour: t.colour,
			fizzing: t.fizzing
		};
	},
	describe(state, language) {
		const w = words[language];
		const t = test(state);
		const liquid = w.liquids[state.liquid];
		return w.sentence(
			liquid,
			w.spoons(state.vinegarSpoons),
			w.colours[COLOURS[t.colour - 1]],
			formatNumber(t.ph),
			w.kinds[t.kind],
			t.fizzing
		);
	}
};
