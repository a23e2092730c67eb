/*
 * What every simulation declares: the settings a learner (or a lesson) can change, and the
 * measures a goal can ask about. A simulation's state is just the values of its settings; what it
 * shows is computed from them by its pure model, so the build can check a lesson's starting values
 * and goals, and the browser can grade a `sim` question, without the view.
 */
import type { Language } from '../content/types';

/** One setting: a number on a slider, one of some options, or on/off. */
export type ParamSpec =
	| {
			kind: 'number';
			min: number;
			max: number;
			step: number;
			default: number;
			/** The unit as shown, per language ("°", "cm"); empty for none. */
			unit?: Record<Language, string>;
	  }
	| { kind: 'choice'; options: readonly string[]; default: string }
	| { kind: 'boolean'; default: boolean };

export type ParamValue = number | string | boolean;
export type SimState = Record<string, ParamValue>;

/** A number or a yes/no that a goal can test, e.g. the refracted angle or "the ruler is level". */
export type MeasureSpec = { kind: 'number'; unit?: string } | { kind: 'boolean' };

export interface SimModel<S extends SimState = SimState> {
	/** The folder name under src/lib/sims/, as lessons write it (`sim: refraction`). */
	name: string;
	params: Record<keyof S & string, ParamSpec>;
	measures: Record<string, MeasureSpec>;
	/** Every measure for this state. Pure and fast: it runs on each slider step. */
	measure(state: S): Record<string, number | boolean>;
	/** One or two sentences saying what the sim shows now, for the live region. */
	describe(state: S, language: Language): string;
	/** The view's SVG viewBox size: the page keeps that much room for it before it loads. */
	viewBox: { width: number; height: number };
	/** Title of the sim, shown above it. */
	title: Record<Language, string>;
	/** Name of each setting, as a control's label and in its aria-valuetext ("入射角 40 度"). */
	labels: Record<keyof S & string, Record<Language, string>>;
	/** Words for each option of a choice setting, keyed by option. */
	options?: Record<string, Record<Language, string>>;
}

/** One condition of a goal: a measure equal to a value (numbers within a tolerance) or in a range. */
export interface GoalCondition {
	measure: string;
	equals?: number | boolean;
	tolerance?: number;
	min?: number;
	max?: number;
}

/** Whether a state meets every condition of a goal. */
export function meetsGoal(model: SimModel, state: SimState, goal: readonly GoalCondition[]): boolean {
	const values = model.measure(state);
	return goal.every((c) => {
		const v = values[c.measure];
		if (typeof v === 'boolean') return c.equals === undefined || v === c.equals;
		if (typeof v !== 'number' || !Number.isFinite(v)) return false;
		if (typeof c.equals === 'number' && Math.abs(v - c.equals) > (c.tolerance ?? 0) + 1e-9) return false;
		if (c.min !== undefined && v < c.min - 1e-9) return false;
		if (c.max !== undefined && v > c.max + 1e-9) return false;
		return true;
	});
}

/** Every setting at its default, then the lesson's values over them. */
export function startState(model: SimModel, values: SimState = {}): SimState {
	const state: SimState = {};
	for (const [name, spec] of Object.entries(model.params)) state[name] = values[name] ?? spec.default;
	return state;
}

/**
 * A state as stored or restored: only known settings, each valid, clamped to its range and step;
 * anything else falls back to the start. Used on answers read back from the device or a backup.
 */
export function cleanState(model: SimModel, value: unknown, start: SimState): SimState {
	const given = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	const state: SimState = {};
	for (const [name, spec] of Object.entries(model.params)) {
		const v = given[name];
		if (spec.kind === 'number' && typeof v === 'number' && Number.isFinite(v)) {
			const stepped = spec.min + Math.round((v - spec.min) / spec.step) * spec.step;
			state[name] = Math.min(spec.max, Math.max(spec.min, Number(stepped.toFixed(6))));
		} else if (spec.kind === 'choice' && typeof v === 'string' && spec.options.includes(v)) state[name] = v;
		else if (spec.kind === 'boolean' && typeof v === 'boolean') state[name] = v;
		else state[name] = start[name];
	}
	return state;
}

/** A number as a learner reads it in the sim: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 1): string {
	return String(Number(value.toFixed(digits)));
}

/** What the page hands a sim's View.svelte. */
export interface SimViewProps {
	/** The current settings; the view changes them as the learner moves its controls. */
	state: SimState;
	/** Settings the lesson fixed: shown, but their controls are disabled. */
	locked: readonly string[];
	language: Language;
	/** When true, nothing moves by itself: no animation loop, changes shown at once. */
	reducedMotion: boolean;
}

/**
 * The room a sim takes before its code arrives: its drawing's shape and its controls' height in rem
 * (a slider or switch about 4.4 rem with its label; a choice its legend and its options two a row,
 * as a phone shows them). Kept a little generous, so nothing below moves when the sim appears.
 */
export function simRoom(model: SimModel): { aspect: number; controls: number } {
	const controls = Object.values(model.params).reduce(
		(rem, spec) => rem + (spec.kind === 'choice' ? 1.8 + Math.ceil(spec.options.length / 2) * 3.3 : 4.4),
		0
	);
	return {
		aspect: Number((model.viewBox.height / model.viewBox.width).toFixed(4)),
		controls: Number(controls.toFixed(1))
	};
}
