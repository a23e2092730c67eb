/*
 * A sound wave as a graph: how the air pressure at one spot (say, at your ear) goes up and down
 * over a fixed 10 ms of time. A pure tone is a sine wave, p(t) = A·sin(2πft).
 *
 * Frequency f (Hz) = waves each second; it sets the pitch (higher f → higher pitch). The period
 * T = 1/f is how long one wave lasts, so the window holds f × 10 ms waves. In air at 20 °C sound
 * travels at v = 343 m/s, and one wave is λ = v/f long (λ = 343/440 = 0.78 m for 440 Hz).
 * Amplitude A (how far the pressure swings, relative, 0–1) sets the loudness: a sound's intensity
 * (the energy it carries each second) grows as A², so `loudness` here is A², 1 at full amplitude.
 * (How loud we *hear* it also depends on the pitch: the ear is most sensitive around 2–5 kHz.)
 * Sources: 人教版 物理 八年级上册 第二章 第2节 声音的特性 (音调与频率，响度与振幅); OpenStax College
 * Physics 17.3 (intensity I = Δp²/(2ρv), so I ∝ A² for a pressure amplitude A).
 */
import type { Language } from '../../content/types';
import type { SimModel } from '../types';
import { formatNumber } from '../types';

export interface SoundState {
	[key: string]: number;
	/** Hz, 100–2000. */
	frequency: number;
	/** How far the air pressure swings, relative: 0 (no sound) to 1. */
	amplitude: number;
}

/** The time shown on the graph, ms. */
export const WINDOW_MS = 10;
/** Speed of sound in air at 20 °C, m/s. */
export const SPEED_OF_SOUND = 343;

/** How long one wave lasts, ms: T = 1000 / f. */
export function period(frequency: number): number {
	return 1000 / frequency;
}

/** Waves in the window, counting part of a wave (f × 10 ms). */
export function cycles(frequency: number): number {
	return (frequency * WINDOW_MS) / 1000;
}

/** Whole waves in the window; none when nothing vibrates. */
export function wavesShown(state: SoundState): number {
	return state.amplitude > 0 ? Math.floor(cycles(state.frequency) + 1e-9) : 0;
}

/** Length of one wave in air, m: λ = v / f. */
export function wavelength(frequency: number): number {
	return SPEED_OF_SOUND / frequency;
}

/** Sound intensity relative to full amplitude: A². */
export function loudness(amplitude: number): number {
	return amplitude * amplitude;
}

// ---- The graph (viewBox units) ----

/** Where the graph sits: time 0 at `left`, 10 ms at `right`; normal air pressure at `middle`. */
export const PLOT = { left: 44, right: 304, middle: 80, swing: 56, axis: 148 };

/**
 * The wave as SVG polyline points: one string per whole wave (drawn in turn colours, so they can
 * be counted) and the part of a wave left over at the end.
 */
export function wavePaths(state: SoundState): { whole: string[]; rest: string } {
	const { left, right, middle, swing } = PLOT;
	const perMs = (right - left) / WINDOW_MS;
	const point = (ms: number) => {
		const y = middle - swing * state.amplitude * Math.sin((2 * Math.PI * state.frequency * ms) / 1000);
		return `${(left + ms * perMs).toFixed(1)},${y.toFixed(1)}`;
	};
	const piece = (from: number, to: number) => {
		const steps = Math.max(2, Math.ceil(((to - from) / period(state.frequency)) * 24));
		return Array.from({ length: steps + 1 }, (_, i) => point(from + ((to - from) * i) / steps)).join(' ');
	};
	// No vibration, no waves to count: a flat line at normal pressure.
	if (state.amplitude === 0) return { whole: [], rest: piece(0, WINDOW_MS) };
	const n = Math.floor(cycles(state.frequency) + 1e-9);
	const T = period(state.frequency);
	const end = n * T;
	return {
		whole: Array.from({ length: n }, (_, k) => piece(k * T, (k + 1) * T)),
		rest: WINDOW_MS - end > 1e-6 ? piece(end, WINDOW_MS) : ''
	};
}

// ---- Words ----

function pitch(frequency: number): 0 | 1 | 2 {
	return frequency < 300 ? 0 : frequency < 1000 ? 1 : 2;
}

function strength(amplitude: number): 0 | 1 | 2 | 3 {
	return amplitude === 0 ? 0 : amplitude <= 0.3 ? 1 : amplitude <= 0.6 ? 2 : 3;
}

const words = {
	'zh-CN': {
		pitch: ['音调较低', '音调中等', '音调较高'],
		loud: ['', '声音较轻', '响度中等', '声音较响'],
		silent: (f: string) => `频率 ${f} 赫兹，振幅 0：空气不振动，听不到声音。`,
		sound: (f: string, n: string, t: string, l: string, p: string) =>
			`频率 ${f} 赫兹：10 毫秒内有 ${n} 个波，每个波 ${t} 毫秒，在空气中的波长是 ${l} 米，${p}。`,
		amp: (a: string, i: string, w: string) => `振幅 ${a}：声音的强度是振幅为 1 时的 ${i}%，${w}。`
	},
	en: {
		pitch: ['a low pitch', 'a middle pitch', 'a high pitch'],
		loud: ['', 'a quiet sound', 'medium loudness', 'a loud sound'],
		silent: (f: string) => `Frequency ${f} Hz, amplitude 0: the air does not vibrate, so there is no sound.`,
		sound: (f: string, n: string, t: string, l: string, p: string) =>
			`Frequency ${f} Hz: ${n} wave${n === '1' ? '' : 's'} in 10 ms, each lasting ${t} ms and ${l} m long in air; ${p}.`,
		amp: (a: string, i: string, w: string) => ` Amplitude ${a}: the intensity is ${i}% of that at amplitude 1; ${w}.`
	}
} satisfies Record<Language, unknown>;

export const model: SimModel<SoundState> = {
	name: 'sound',
	viewBox: { width: 320, height: 180 },
	title: { 'zh-CN': '声波：音调和响度', en: 'Sound waves: pitch and loudness' },
	params: {
		frequency: { kind: 'number', min: 100, max: 2000, step: 10, default: 200, unit: { 'zh-CN': '赫兹', en: 'Hz' } },
		amplitude: { kind: 'number', min: 0, max: 1, step: 0.1, default: 0.5 }
	},
	labels: {
		frequency: { 'zh-CN': '频率', en: 'Frequency' },
		amplitude: { 'zh-CN': '振幅', en: 'Amplitude' }
	},
	measures: {
		frequency: { kind: 'number', unit: 'Hz' },
		period: { kind: 'number', unit: 'ms' },
		wavesShown: { kind: 'number' },
		wavelength: { kind: 'number', unit: 'm' },
		amplitude: { kind: 'number' },
		loudness: { kind: 'number' }
	},
	measure(state) {
		return {
			frequency: state.frequency,
			period: period(state.frequency),
			wavesShown: wavesShown(state),
			wavelength: wavelength(state.frequency),
			amplitude: state.amplitude,
			loudness: loudness(state.amplitude)
		};
	},
	describe({ frequency, amplitude }, language) {
		const w = words[language];
		const f = String(frequency);
		if (amplitude === 0) return w.silent(f);
		const intensity = String(Math.round(loudness(amplitude) * 100));
		const loud = w.amp(formatNumber(amplitude, 1), intensity, w.loud[strength(amplitude)]);
		const n = formatNumber(cycles(frequency), 1);
		const t = formatNumber(period(frequency), 2);
		const l = formatNumber(wavelength(frequency), 2);
		return w.sound(f, n, t, l, w.pitch[pitch(frequency)]) + loud;
	}
};
