/*
 * A pendulum (a small heavy bob on a light string) let go from rest at a chosen angle, shown with
 * its bob at one point of the swing. Without friction its mechanical energy stays the same: with
 * the lowest point as zero height, the bob at angle θ is h = L(1 − cos θ) high, so
 *   potential share = (1 − cos θ) / (1 − cos θ0),  kinetic share = 1 − potential share,
 *   speed v = √(2gL(cos θ − cos θ0))  (from ½mv² = mg(h0 − h); the mass cancels).
 * The period is the small-swing one, T = 2π√(L/g) with g = 9.8 m/s²: it does not depend on the
 * mass, and hardly on the release angle while that is small (about 2% longer at 30°, 7% at 60°).
 * Sources: 人教版 物理 八年级下册 第十一章 第4节「机械能及其转化」(动能和势能的相互转化);
 * OpenStax College Physics 2e, §16.4 "The Simple Pendulum" (T = 2π√(L/g), isochronism).
 * Friction is left out: the energy bars show what stays the same, not what leaks away.
 */
import type { Language } from '../../content/types';
import type { SimModel } from '../types';
import { formatNumber } from '../types';

export const G = 9.8;

export interface PendulumState {
	[key: string]: number;
	/** Length of the string to the middle of the bob, in metres. */
	length: number;
	/** The angle from the vertical it is let go at, in degrees. */
	release: number;
	/** Where the bob is: −100 is the left end of the swing (where it is let go), 0 the lowest point, 100 the right end, in % of the release angle. */
	position: number;
}

const RAD = Math.PI / 180;

/** The small-swing period in seconds, T = 2π√(L/g). */
export function period(length: number): number {
	return 2 * Math.PI * Math.sqrt(length / G);
}

/** The bob's angle from the vertical in degrees; negative on the left. */
export function bobAngle(state: PendulumState): number {
	return (state.release * state.position) / 100;
}

/** The bob's height above the lowest point of the swing, in metres. */
export function height(length: number, angle: number): number {
	return length * (1 - Math.cos(angle * RAD));
}

/** Energy shares (0–1 of the total) and speed (m/s) at the bob's point. */
export function energy(state: PendulumState) {
	const angle = bobAngle(state);
	const h = height(state.length, angle);
	const h0 = height(state.length, state.release);
	const potentialShare = Math.min(1, h / h0);
	return {
		angle,
		height: h,
		potentialShare,
		kineticShare: 1 - potentialShare,
		speed: Math.sqrt(2 * G * Math.max(0, h0 - h))
	};
}

/** Where the bob is, in words: "左边 15°", "最低点", "30° right (highest point)". */
export function positionWords(state: PendulumState, language: Language): string {
	const angle = bobAngle(state);
	const deg = `${formatNumber(Math.abs(angle))}°`;
	const end = Math.abs(state.position) === 100;
	if (language === 'zh-CN') {
		if (state.position === 0) return '最低点';
		return `${angle < 0 ? '左边' : '右边'} ${deg}${end ? '（最高点）' : ''}`;
	}
	if (state.position === 0) return 'the lowest point';
	return `${deg} ${angle < 0 ? 'left' : 'right'}${end ? ' (highest point)' : ''}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const model: SimModel<PendulumState> = {
	name: 'pendulum',
	viewBox: { width: 320, height: 220 },
	title: { 'zh-CN': '单摆的能量转化', en: 'Energy in a swinging pendulum' },
	params: {
		length: { kind: 'number', min: 0.2, max: 2, step: 0.1, default: 1, unit: { 'zh-CN': '米', en: 'm' } },
		release: { kind: 'number', min: 5, max: 60, step: 1, default: 30, unit: { 'zh-CN': '°', en: '°' } },
		position: { kind: 'number', min: -100, max: 100, step: 5, default: -100 }
	},
	labels: {
		length: { 'zh-CN': '摆长', en: 'Length' },
		release: { 'zh-CN': '松手时的摆角', en: 'Release angle' },
		position: { 'zh-CN': '摆球的位置', en: 'Position of the bob' }
	},
	measures: {
		period: { kind: 'number', unit: 's' },
		potentialShare: { kind: 'number' },
		kineticShare: { kind: 'number' },
		speed: { kind: 'number', unit: 'm/s' },
		/** The bob's angle from the vertical; negative on the left. */
		angle: { kind: 'number', unit: '°' },
		height: { kind: 'number', unit: 'm' }
	},
	measure(state) {
		const e = energy(state);
		return {
			period: period(state.length),
			potentialShare: e.potentialShare,
			kineticShare: e.kineticShare,
			speed: e.speed,
			angle: e.angle,
			height: e.height
		};
	},
	describe(state, language) {
		const e = energy(state);
		const where = positionWords(state, language);
		const L = formatNumber(state.length);
		const v = formatNumber(e.speed);
		const T = formatNumber(period(state.length), 2);
		const still = Math.abs(state.position) === 100;
		const fastest = state.position === 0;
		if (language === 'zh-CN') {
			const speed = still ? '速度为 0（瞬间停住）' : `速度约 ${v} 米/秒${fastest ? '（最快）' : ''}`;
			return (
				`摆长 ${L} 米、从 ${state.release}° 松手的单摆，摆球在${where}：重力势能占 ${percent(e.potentialShare)}，` +
				`动能占 ${percent(e.kineticShare)}，${speed}。周期约 ${T} 秒；摆角不大时，周期几乎与松手的角度无关。`
			);
		}
		const speed = still
			? 'speed 0 (it stops for an instant)'
			: `speed about ${v} m/s${fastest ? ' (its fastest)' : ''}`;
		return (
			`A ${L} m pendulum let go at ${state.release}°, with the bob at ${where}: potential energy is ` +
			`${percent(e.potentialShare)} of the total, kinetic energy ${percent(e.kineticShare)}, ${speed}. ` +
			`The period is about ${T} s; for small swings it hardly depends on the release angle.`
		);
	}
};
