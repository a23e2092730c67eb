/*
 * A ray of light meeting the flat boundary between two media (air, water, glass). It bends by
 * Snell's law, n1 sin θ1 = n2 sin θ2, with both angles measured from the normal. Going into a
 * denser medium it bends toward the normal; going into a less dense one it bends away, and past
 * the critical angle (sin θc = n2 / n1) no light gets out: all of it is reflected back (total
 * internal reflection), at an angle equal to the angle of incidence.
 * Refractive indices for yellow light, rounded as school books use them: air 1.00 (1.0003),
 * water 1.33, ordinary glass 1.50 (OpenStax College Physics 2e, §25.3 "The Law of Refraction",
 * Table 25.1: air 1.000293, water 1.333, crown glass 1.52; 人教版 高中物理 选择性必修第一册
 * 第四章「光」 gives Snell's law and the critical angle in this form).
 */
import type { Language } from '../../content/types';
import { formatNumber, type SimModel } from '../types';

export const MEDIA = ['air', 'water', 'glass'] as const;
export type Medium = (typeof MEDIA)[number];

export const INDEX: Record<Medium, number> = { air: 1.0, water: 1.33, glass: 1.5 };

export interface RefractionState {
	[key: string]: number | string;
	/** Angle of incidence in degrees, from the normal. */
	incidence: number;
	/** The medium the light comes from (drawn on top). */
	from: Medium;
	/** The medium it goes into (drawn below). */
	to: Medium;
}

const RAD = Math.PI / 180;

/** The refracted angle in degrees by Snell's law, or NaN when the light is totally reflected. */
export function refractedAngle(incidence: number, n1: number, n2: number): number {
	const sin = (n1 * Math.sin(incidence * RAD)) / n2;
	return sin > 1 ? NaN : Math.asin(sin) / RAD;
}

/** The critical angle in degrees (sin θc = n2 / n1), or NaN when n1 ≤ n2 and there is none. */
export function criticalAngle(n1: number, n2: number): number {
	return n1 > n2 ? Math.asin(n2 / n1) / RAD : NaN;
}

/** Everything the view and the goals need, from the settings. */
export function refract(state: RefractionState) {
	const n1 = INDEX[state.from];
	const n2 = INDEX[state.to];
	const refracted = refractedAngle(state.incidence, n1, n2);
	const totalReflection = Number.isNaN(refracted);
	const bends = state.incidence > 0 && n1 !== n2 && !totalReflection;
	return {
		n1,
		n2,
		refracted,
		totalReflection,
		critical: criticalAngle(n1, n2),
		bendsTowardNormal: bends && n2 > n1,
		bendsAwayFromNormal: bends && n2 < n1
	};
}

const round = (x: number) => Math.round(x);

const words: Record<Language, Record<Medium, string>> = {
	'zh-CN': { air: '空气', water: '水', glass: '玻璃' },
	en: { air: 'air', water: 'water', glass: 'glass' }
};

export const model: SimModel<RefractionState> = {
	name: 'refraction',
	viewBox: { width: 320, height: 200 },
	title: { 'zh-CN': '光的折射', en: 'Refraction of light' },
	params: {
		incidence: { kind: 'number', min: 0, max: 89, step: 1, default: 40, unit: { 'zh-CN': '°', en: '°' } },
		from: { kind: 'choice', options: MEDIA, default: 'air' },
		to: { kind: 'choice', options: MEDIA, default: 'water' }
	},
	labels: {
		incidence: { 'zh-CN': '入射角', en: 'Angle of incidence' },
		from: { 'zh-CN': '光从（上方）', en: 'Light comes from (top)' },
		to: { 'zh-CN': '射入（下方）', en: 'Into (bottom)' }
	},
	options: {
		air: { 'zh-CN': '空气', en: 'Air' },
		water: { 'zh-CN': '水', en: 'Water' },
		glass: { 'zh-CN': '玻璃', en: 'Glass' }
	},
	measures: {
		incidenceAngle: { kind: 'number', unit: '°' },
		/** NaN (never meets a goal) when the light is totally reflected. */
		refractedAngle: { kind: 'number', unit: '°' },
		totalReflection: { kind: 'boolean' },
		bendsTowardNormal: { kind: 'boolean' },
		bendsAwayFromNormal: { kind: 'boolean' },
		/** NaN when the light goes into a denser (or the same) medium: there is no critical angle. */
		criticalAngle: { kind: 'number', unit: '°' }
	},
	measure(state) {
		const r = refract(state);
		return {
			incidenceAngle: state.incidence,
			refractedAngle: r.refracted,
			totalReflection: r.totalReflection,
			bendsTowardNormal: r.bendsTowardNormal,
			bendsAwayFromNormal: r.bendsAwayFromNormal,
			criticalAngle: r.critical
		};
	},
	describe(state, language) {
		const r = refract(state);
		const a = words[language][state.from];
		const b = words[language][state.to];
		const i = state.incidence;
		if (language === 'zh-CN') {
			const path = `光从${a}射向${b}，入射角 ${i}°`;
			if (r.totalReflection)
				return `${path}，大于临界角 ${formatNumber(r.critical, 1)}°：光射不出去，全部反射回${a}中，这叫全反射。`;
			if (state.from === state.to) return `${path}：两边是同一种物质，光沿直线传播，方向不变。`;
			if (i === 0) return `${path}：光垂直射到分界面上，传播方向不变。`;
			return `${path}，折射角 ${round(r.refracted)}°：光线${r.bendsTowardNormal ? '偏向' : '偏离'}法线。`;
		}
		const path = `Light goes from ${a} towards ${b} at an angle of incidence of ${i}°`;
		if (r.totalReflection)
			return `${path}, more than the critical angle of ${formatNumber(r.critical, 1)}°: no light gets out, it is all reflected back into the ${a}. This is total internal reflection.`;
		if (state.from === state.to) return `${path}: both sides are the same material, so the light goes straight on.`;
		if (i === 0) return `${path}: it meets the boundary straight on, so its direction does not change.`;
		return `${path}; the angle of refraction is ${round(r.refracted)}°: the ray bends ${r.bendsTowardNormal ? 'towards' : 'away from'} the normal.`;
	}
};
