/*
 * The Moon's phases. Seen from above the North Pole, sunlight comes from one side and the Moon
 * goes round the Earth anticlockwise; the half of the Moon that faces the Sun is always lit, and
 * how much of that half faces us is the phase.
 *
 * Formulas (J. Meeus, Astronomical Algorithms, 2nd ed., ch. 48; NASA Science, "Lunar Phases and
 * Eclipses"):
 * - synodic month (new moon to new moon) ≈ 29.5 days (mean 29.53), so the Moon's angle round its
 *   orbit, measured from the Sun's direction as seen from Earth (its elongation), is
 *   θ = 360° × days / 29.5;
 * - the fraction of the disc that is lit is k = (1 − cos θ) / 2. (Meeus writes k = (1 + cos i) / 2
 *   with the Sun–Moon–Earth phase angle i ≈ 180° − θ; the Sun is so far away that the two agree.)
 * - seen from the Northern Hemisphere, a waxing Moon (0° < θ < 180°) is lit on its right (west)
 *   side, a waning one on its left (east) side.
 * A phase's name holds within about a day of its exact moment, as a calendar names it (满月 on the
 * 15th and 16th of a lunar month).
 */
import type { Language } from '../../content/types';
import type { SimModel } from '../types';

export interface MoonState {
	[key: string]: number;
	/** Days since new moon, 0–29.5. */
	day: number;
}

export const SYNODIC_MONTH = 29.5;
/** How far (in days) from new, first quarter, full or last quarter the phase still takes that name. */
export const PHASE_WINDOW_DAYS = 1;

/** 0 new, 1 waxing crescent, 2 first quarter, 3 waxing gibbous, 4 full, 5 waning gibbous, 6 last quarter, 7 waning crescent. */
export type PhaseCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The Moon's angle round its orbit from the Sun's direction, 0–360°, anticlockwise seen from the north. */
export function orbitAngle(day: number): number {
	const a = (360 * day) / SYNODIC_MONTH;
	return ((a % 360) + 360) % 360;
}

/** Fraction of the Moon's disc that is lit as seen from Earth, 0–1: (1 − cos θ) / 2. */
export function illuminatedFraction(day: number): number {
	return (1 - Math.cos((orbitAngle(day) * Math.PI) / 180)) / 2;
}

/** The named phase for this many days since new moon. */
export function phase(day: number): PhaseCode {
	const quarter = SYNODIC_MONTH / 4;
	const d = ((day % SYNODIC_MONTH) + SYNODIC_MONTH) % SYNODIC_MONTH;
	// Nearest exact phase (0 new, 1 first quarter, 2 full, 3 last quarter, 4 = next new).
	const nearest = Math.round(d / quarter);
	if (Math.abs(d - nearest * quarter) <= PHASE_WINDOW_DAYS + 1e-9) return ((nearest % 4) * 2) as PhaseCode;
	return (Math.floor(d / quarter) * 2 + 1) as PhaseCode;
}

export const phaseNames: Record<Language, readonly string[]> = {
	'zh-CN': ['新月', '蛾眉月', '上弦月', '盈凸月', '满月', '亏凸月', '下弦月', '残月'],
	en: [
		'new moon',
		'waxing crescent',
		'first quarter',
		'waxing gibbous',
		'full moon',
		'waning gibbous',
		'last quarter',
		'waning crescent'
	]
};

export const model: SimModel<MoonState> = {
	name: 'moon-phases',
	viewBox: { width: 320, height: 200 },
	title: { 'zh-CN': '月相：月球绕地球转一圈', en: 'Moon phases: one trip round the Earth' },
	params: {
		day: {
			kind: 'number',
			min: 0,
			max: SYNODIC_MONTH,
			step: 0.5,
			default: 4,
			unit: { 'zh-CN': '天', en: 'days' }
		}
	},
	labels: { day: { 'zh-CN': '新月后的天数', en: 'Days since new moon' } },
	measures: {
		illuminatedFraction: { kind: 'number' },
		orbitAngle: { kind: 'number', unit: '°' },
		phase: { kind: 'number' },
		newMoon: { kind: 'boolean' },
		firstQuarter: { kind: 'boolean' },
		full: { kind: 'boolean' },
		lastQuarter: { kind: 'boolean' },
		waxing: { kind: 'boolean' },
		waning: { kind: 'boolean' }
	},
	measure(state) {
		const p = phase(state.day);
		const angle = orbitAngle(state.day);
		return {
			illuminatedFraction: illuminatedFraction(state.day),
			orbitAngle: angle,
			phase: p,
			newMoon: p === 0,
			firstQuarter: p === 2,
			full: p === 4,
			lastQuarter: p === 6,
			waxing: angle > 0 && angle < 180,
			waning: angle > 180
		};
	},
	describe(state, language) {
		const p = phase(state.day);
		const name = phaseNames[language][p];
		const lit = Math.round(illuminatedFraction(state.day) * 100);
		const angle = Math.round(orbitAngle(state.day));
		const waxing = angle > 0 && angle < 180;
		if (language === 'zh-CN') {
			const side = p === 0 ? '几乎看不见亮面' : p === 4 ? '整个圆面都亮' : waxing ? '右边亮' : '左边亮';
			return `新月后 ${state.day} 天，月球绕地球转过了 ${angle}°。从地球上看是${name}：${side}，亮的部分约占 ${lit}%。`;
		}
		const side =
			p === 0
				? 'almost no lit side faces us'
				: p === 4
					? 'the whole disc is lit'
					: waxing
						? 'lit on the right'
						: 'lit on the left';
		const days = `${state.day} day${state.day === 1 ? '' : 's'}`;
		return `${days} after new moon, the Moon has gone ${angle}° round the Earth. Seen from Earth it is the ${name} phase: ${side}, about ${lit}% lit.`;
	}
};

/**
 * SVG path of the lit part of the Moon as seen from the Northern Hemisphere, on a disc of radius r
 * at (cx, cy): the lit limb is a half circle (right when waxing, left when waning) closed by the
 * terminator, a half ellipse of width r·|cos θ|, so the lit area is (1 − cos θ)/2 of the disc.
 */
export function litPath(day: number, cx: number, cy: number, r: number): string {
	const angle = orbitAngle(day);
	const k = illuminatedFraction(day);
	const top = `${cx} ${cy - r}`;
	const bottom = `${cx} ${cy + r}`;
	if (k < 0.005) return '';
	if (k > 0.995) return `M${top}A${r} ${r} 0 0 1 ${bottom}A${r} ${r} 0 0 1 ${top}Z`;
	const rx = Number((r * Math.abs(Math.cos((angle * Math.PI) / 180))).toFixed(2));
	const waxing = angle < 180;
	// Limb: clockwise (sweep 1) down the right side when waxing, anticlockwise down the left when waning.
	// Terminator back up: it bulges towards the lit limb for a crescent, away from it when gibbous.
	const crescent = k < 0.5;
	const limbSweep = waxing ? 1 : 0;
	const termSweep = waxing === crescent ? 0 : 1;
	return `M${top}A${r} ${r} 0 0 ${limbSweep} ${bottom}A${rx} ${r} 0 0 ${termSweep} ${top}Z`;
}
