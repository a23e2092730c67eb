/*
 * A battery of 1–3 cells, two identical bulbs A and B, and two switches, joined in series or in
 * parallel. Where the switches sit:
 * - Series: there is ONE loop: cells → main switch S → bulb A → bulb B → switch S_B → cells. S_B
 *   is drawn next to bulb B, but as it is in the only loop, opening it stops the current
 *   everywhere, exactly as opening S does: both bulbs go out.
 * - Parallel: the cells and S are in the shared part (the trunk); bulb A has a branch of its own,
 *   and bulb B's branch holds S_B. S controls both bulbs; S_B controls bulb B only.
 * Ideal cells (1.5 V each, no internal resistance) and bulbs of a fixed 5 Ω (a real filament's
 * resistance rises as it heats up; school circuit problems take it as fixed). Ohm's law I = U/R,
 * power P = UI = I²R (人教版 物理 九年级全一册 第十五章「电流和电路」, 第十七章「欧姆定律」,
 * 第十八章「电功率」):
 * - series, both switches closed: I = U/(2R) through both bulbs, each P = I²R = U²/(4R);
 * - parallel: each closed branch I = U/R, P = U²/R; the cells supply the sum of the branches.
 * E.g. 2 cells (3 V): series 0.3 A, 0.45 W a bulb; parallel 0.6 A a branch, 1.8 W a bulb, 1.2 A in
 * all. A bulb is lit when any current flows through it; how bright it looks follows its power.
 */
import type { Language } from '../../content/types';
import { formatNumber, type SimModel } from '../types';

export const CELL_VOLTS = 1.5;
export const BULB_OHMS = 5;
export const ARRANGEMENTS = ['series', 'parallel'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

export interface CircuitState {
	[key: string]: number | string | boolean;
	/** Number of 1.5 V cells, 1–3, in series with each other. */
	cells: number;
	arrangement: Arrangement;
	/** Main switch S, in the part of the circuit every current passes through; true = closed. */
	mainSwitch: boolean;
	/** Switch S_B, beside bulb B (in its branch when parallel; in the one loop when series). */
	switchB: boolean;
}

/** Currents (A) through each bulb and out of the cells, and each bulb's power (W). */
export function solve(state: CircuitState) {
	const volts = state.cells * CELL_VOLTS;
	let currentA = 0;
	let currentB = 0;
	if (state.arrangement === 'series') {
		const closed = state.mainSwitch && state.switchB;
		currentA = currentB = closed ? volts / (2 * BULB_OHMS) : 0;
	} else if (state.mainSwitch) {
		currentA = volts / BULB_OHMS;
		currentB = state.switchB ? volts / BULB_OHMS : 0;
	}
	const current = state.arrangement === 'series' ? currentA : currentA + currentB;
	const powerA = currentA * currentA * BULB_OHMS;
	const powerB = currentB * currentB * BULB_OHMS;
	return { volts, current, currentA, currentB, powerA, powerB };
}

/** The largest power a bulb can have here: 3 cells in parallel, (4.5 V)² / 5 Ω = 4.05 W. */
export const MAX_POWER = (3 * CELL_VOLTS) ** 2 / BULB_OHMS;

/** How strongly a bulb glows in the drawing, 0–1: on a square-root scale, so a dim bulb shows. */
export function glow(power: number): number {
	return power > 0 ? 0.2 + 0.8 * Math.sqrt(power / MAX_POWER) : 0;
}

const n2 = (x: number) => formatNumber(x, 2);

const words: Record<
	Language,
	{
		setup: (s: CircuitState, volts: number) => string;
		none: string;
		both: (power: number, current: number) => string;
		onlyA: (power: number, current: number) => string;
	}
> = {
	'zh-CN': {
		setup: (s: CircuitState, v: number) =>
			`${s.arrangement === 'series' ? '串联' : '并联'}，${s.cells} 节电池共 ${formatNumber(v)} V；总开关${s.mainSwitch ? '闭合' : '断开'}，B 灯的开关${s.switchB ? '闭合' : '断开'}。`,
		none: '两盏灯都不亮：电路断开，没有电流。',
		both: (pa: number, i: number) => `A、B 两盏灯都亮，每盏 ${n2(pa)} W；电池输出电流 ${n2(i)} A。`,
		onlyA: (pa: number, i: number) => `只有 A 灯亮（${n2(pa)} W），B 灯不亮；电池输出电流 ${n2(i)} A。`
	},
	en: {
		setup: (s: CircuitState, v: number) =>
			`${s.arrangement === 'series' ? 'Series' : 'Parallel'}, ${s.cells} cell${s.cells === 1 ? '' : 's'} (${formatNumber(v)} V); main switch ${s.mainSwitch ? 'closed' : 'open'}, bulb B's switch ${s.switchB ? 'closed' : 'open'}. `,
		none: 'Neither bulb lights: the circuit is broken, so no current flows.',
		both: (pa: number, i: number) => `Bulbs A and B both light, ${n2(pa)} W each; the cells supply ${n2(i)} A.`,
		onlyA: (pa: number, i: number) => `Only bulb A lights (${n2(pa)} W); bulb B is dark. The cells supply ${n2(i)} A.`
	}
};

export const model: SimModel<CircuitState> = {
	name: 'circuit',
	viewBox: { width: 320, height: 200 },
	title: { 'zh-CN': '两盏灯的电路：串联和并联', en: 'Two bulbs: series and parallel' },
	params: {
		cells: { kind: 'number', min: 1, max: 3, step: 1, default: 2, unit: { 'zh-CN': '节', en: '' } },
		arrangement: { kind: 'choice', options: ARRANGEMENTS, default: 'series' },
		mainSwitch: { kind: 'boolean', default: true },
		switchB: { kind: 'boolean', default: true }
	},
	labels: {
		cells: { 'zh-CN': '电池（每节 1.5 V）', en: 'Cells (1.5 V each)' },
		arrangement: { 'zh-CN': '两盏灯的连接方式', en: 'How the bulbs are connected' },
		mainSwitch: { 'zh-CN': '总开关 S', en: 'Main switch S' },
		switchB: { 'zh-CN': 'B 灯的开关', en: "Bulb B's switch" }
	},
	options: {
		series: { 'zh-CN': '串联', en: 'Series' },
		parallel: { 'zh-CN': '并联', en: 'Parallel' }
	},
	measures: {
		litBulbs: { kind: 'number' },
		bulbALit: { kind: 'boolean' },
		bulbBLit: { kind: 'boolean' },
		voltage: { kind: 'number', unit: 'V' },
		current: { kind: 'number', unit: 'A' },
		currentA: { kind: 'number', unit: 'A' },
		currentB: { kind: 'number', unit: 'A' },
		brightnessA: { kind: 'number', unit: 'W' },
		brightnessB: { kind: 'number', unit: 'W' },
		totalPower: { kind: 'number', unit: 'W' },
		closedSwitches: { kind: 'number' },
		parallel: { kind: 'boolean' }
	},
	measure(state) {
		const c = solve(state);
		return {
			litBulbs: Number(c.currentA > 0) + Number(c.currentB > 0),
			bulbALit: c.currentA > 0,
			bulbBLit: c.currentB > 0,
			voltage: c.volts,
			current: c.current,
			currentA: c.currentA,
			currentB: c.currentB,
			brightnessA: c.powerA,
			brightnessB: c.powerB,
			totalPower: c.powerA + c.powerB,
			closedSwitches: Number(state.mainSwitch) + Number(state.switchB),
			parallel: state.arrangement === 'parallel'
		};
	},
	describe(state, language) {
		const w = words[language];
		const c = solve(state);
		// B never lights without A: in series they share the loop, in parallel S feeds both.
		const outcome =
			c.currentA === 0 ? w.none : c.currentB > 0 ? w.both(c.powerA, c.current) : w.onlyA(c.powerA, c.current);
		return w.setup(state, c.volts) + outcome;
	}
};
