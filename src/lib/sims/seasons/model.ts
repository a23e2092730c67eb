/*
 * Seasons: the Earth goes round the Sun with its axis tilted, so the latitude where the noon Sun is
 * overhead (the Sun's declination δ) moves north and south through the year, and with it the noon
 * Sun's height and the length of the day at a chosen northern latitude φ.
 *
 * Formulas (人教版 地理 七年级上册 第一章第二节; NOAA Global Monitoring Laboratory, "General
 * Solar Position Calculations"):
 * - declination, an approximation (a circular orbit, March equinox on day 80 = 21 March):
 *   δ ≈ tilt × sin(2π(day − 80)/365). It is within 0.1° of the real value at the solstices and
 *   within about 2° all year; because the real orbit is slightly elliptical it puts the September
 *   equinox on 19–20 September instead of 22–23 September;
 * - noon Sun height (solar elevation at noon): h = 90° − |φ − δ| (negative: it stays below the
 *   horizon all day);
 * - day length from the sunrise equation cos ω0 = −tan φ tan δ: day = 24 h × ω0 / 180°; when the
 *   right side is below −1 the Sun never sets (polar day, 24 h), above 1 it never rises (0 h).
 *   This is the geometric day: it ignores the bending of light by the air and the size of the
 *   Sun's disc, which add a few minutes.
 * Check: Beijing (40° N), tilt 23.4°: summer solstice h ≈ 73.4°, day ≈ 14.8 h; winter solstice
 * h ≈ 26.6°, day ≈ 9.2 h. Tilt 0: 12 h everywhere, every day.
 */
import type { Language } from '../../content/types';
import type { SimModel } from '../types';

export interface SeasonsState {
	[key: string]: number;
	/** Axial tilt, degrees (Earth: 23.4). */
	tilt: number;
	/** Day of the year, 1 = 1 January (a year of 365 days). */
	day: number;
	/** Latitude, degrees north. */
	latitude: number;
}

const DEG = Math.PI / 180;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The latitude where the noon Sun is overhead on this day, degrees (north positive). */
export function declination(tilt: number, day: number): number {
	return tilt * Math.sin((2 * Math.PI * (day - 80)) / 365);
}

/** Height of the Sun above the horizon at noon, degrees: 90° − |φ − δ|. */
export function noonSunHeight(latitude: number, decl: number): number {
	return 90 - Math.abs(latitude - decl);
}

/** Hours from sunrise to sunset: 24 h × ω0 / 180° with cos ω0 = −tan φ tan δ, clamped to 0–24 h. */
export function dayLength(latitude: number, decl: number): number {
	const c = -Math.tan(latitude * DEG) * Math.tan(decl * DEG);
	if (c <= -1) return 24;
	if (c >= 1) return 0;
	return (24 * Math.acos(c)) / Math.PI;
}

/** Month (1–12) and day of the month for a day of the year. */
export function calendarDate(day: number): { month: number; date: number } {
	let rest = Math.min(365, Math.max(1, Math.round(day)));
	let month = 0;
	while (rest > MONTH_DAYS[month]) rest -= MONTH_DAYS[month++];
	return { month: month + 1, date: rest };
}

/** "6月21日" / "21 June". */
export function formatDate(day: number, language: Language): string {
	const { month, date } = calendarDate(day);
	if (language === 'zh-CN') return `${month}月${date}日`;
	const names = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	];
	return `${date} ${names[month - 1]}`;
}

/** "北纬 40°" / "40° N"; 0 is the equator. */
export function formatLatitude(value: number, language: Language, digits = 0): string {
	const v = Number(Math.abs(value).toFixed(digits));
	if (v === 0) return language === 'zh-CN' ? '赤道' : 'the equator';
	const south = value < 0;
	return language === 'zh-CN' ? `${south ? '南纬' : '北纬'} ${v}°` : `${v}° ${south ? 'S' : 'N'}`;
}

export const model: SimModel<SeasonsState> = {
	name: 'seasons',
	viewBox: { width: 320, height: 200 },
	title: { 'zh-CN': '四季：正午太阳高度和昼长', en: 'Seasons: the noon Sun and the length of the day' },
	params: {
		day: { kind: 'number', min: 1, max: 365, step: 1, default: 80 },
		latitude: { kind: 'number', min: 0, max: 66, step: 1, default: 40, unit: { 'zh-CN': '°', en: '°' } },
		tilt: { kind: 'number', min: 0, max: 45, step: 0.1, default: 23.4, unit: { 'zh-CN': '°', en: '°' } }
	},
	labels: {
		day: { 'zh-CN': '日期', en: 'Date' },
		latitude: { 'zh-CN': '纬度', en: 'Latitude' },
		tilt: { 'zh-CN': '地轴倾斜', en: 'Axis tilt' }
	},
	measures: {
		declination: { kind: 'number', unit: '°' },
		noonSunHeight: { kind: 'number', unit: '°' },
		dayLength: { kind: 'number', unit: 'h' },
		nightLength: { kind: 'number', unit: 'h' },
		month: { kind: 'number' },
		summer: { kind: 'boolean' },
		winter: { kind: 'boolean' },
		equalDayNight: { kind: 'boolean' },
		sunOverhead: { kind: 'boolean' },
		polarDay: { kind: 'boolean' },
		polarNight: { kind: 'boolean' }
	},
	measure(state) {
		const decl = declination(state.tilt, state.day);
		const height = noonSunHeight(state.latitude, decl);
		const hours = dayLength(state.latitude, decl);
		const { month } = calendarDate(state.day);
		return {
			declination: decl,
			noonSunHeight: height,
			dayLength: hours,
			nightLength: 24 - hours,
			month,
			// Northern Hemisphere seasons by month, as weather reports count them: summer June–August,
			// winter December–February.
			summer: month >= 6 && month <= 8,
			winter: month === 12 || month <= 2,
			// Within 6 minutes of 12 hours.
			equalDayNight: Math.abs(hours - 12) <= 0.1,
			// The noon Sun within half a degree of straight overhead.
			sunOverhead: height >= 89.5,
			polarDay: hours >= 24,
			polarNight: hours <= 0
		};
	},
	describe(state, language) {
		const decl = declination(state.tilt, state.day);
		const height = noonSunHeight(state.latitude, decl);
		const hours = dayLength(state.latitude, decl);
		const date = formatDate(state.day, language);
		const place = formatLatitude(state.latitude, language);
		const h = Math.round(height * 10) / 10;
		const len = Math.round(hours * 10) / 10;
		const overhead = formatLatitude(decl, language, 1);
		if (language === 'zh-CN') {
			const sun =
				hours <= 0
					? '太阳整天都不升起（极夜）'
					: `正午太阳高度 ${h}°，${hours >= 24 ? '太阳整天不落（极昼）' : `白昼约 ${len} 小时`}`;
			return `${date}，${place}：${sun}。这天太阳直射${overhead}。`;
		}
		const sun =
			hours <= 0
				? 'the Sun does not rise all day (polar night)'
				: `the noon Sun is ${h}° high and ${hours >= 24 ? 'it does not set all day (polar day)' : `the day lasts about ${len} hours`}`;
		return `${date} at ${place}: ${sun}. Today the noon Sun is overhead at ${overhead}.`;
	}
};
