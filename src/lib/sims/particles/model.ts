/*
 * Water (H₂O) particles in a box at one temperature, at normal air pressure (101.325 kPa).
 * Below 0 °C the water is ice (an ordered lattice, each particle vibrating in place), from 0 to
 * 100 °C liquid (close together, disordered, sliding past each other), above 100 °C steam (far
 * apart, flying freely). At exactly 0 °C (melting point) and 100 °C (boiling point) the two states
 * are shown side by side, half the particles in each: while ice melts or water boils, the
 * temperature stays put until the change is finished.
 *
 * Kinetic theory: the particles' average kinetic energy is proportional to the absolute temperature,
 * ½ m v² ∝ T, so their average speed grows as √T (T in kelvin, T = t + 273.15). At the same
 * temperature, particles of ice, water and steam move equally fast on average; what differs is how
 * far apart they are and whether they can leave their place.
 *
 * Spacing from density, d ∝ (1/ρ)^(1/3), relative to liquid water at 4 °C (ρ = 0.99997 g/cm³):
 * ice 0.9167 g/cm³ → 1.03 (ice is less dense than water, so it floats); liquid water from the
 * CRC Handbook table (0 °C 0.99984 … 100 °C 0.95835 g/cm³); steam as an ideal gas,
 * ρ = pM/(RT) = 0.588 kg/m³ at 100 °C (tables: 0.598) → about 12 times the spacing of liquid water.
 * The drawing of the gas is not to scale: at true spacing only one particle would fit in the box.
 */
import type { Language } from '../../content/types';
import { seededRandom } from '../../quiz/shuffle';
import type { SimModel } from '../types';

export interface ParticlesState {
	[key: string]: number;
	/** Temperature in °C, −20 to 120. */
	temperature: number;
}

/** 0 ice, 1 melting (ice and water at 0 °C), 2 water, 3 boiling (water and steam at 100 °C), 4 steam. */
export type StateCode = 0 | 1 | 2 | 3 | 4;
export type Phase = 'ice' | 'water' | 'steam';

export const MELTING_POINT = 0;
export const BOILING_POINT = 100;
const ZERO_CELSIUS_K = 273.15;
const R = 8.314462; // J/(mol·K)
const MOLAR_MASS = 0.018015; // kg/mol, H₂O
const PRESSURE = 101325; // Pa, normal air pressure
const ICE_DENSITY = 0.9167; // g/cm³ at 0 °C
const WATER_4C = 0.99997; // g/cm³, water at its densest
/** Liquid water density, g/cm³, every 10 °C from 0 to 100 (CRC Handbook of Chemistry and Physics). */
const WATER_DENSITY = [0.99984, 0.9997, 0.99821, 0.99565, 0.99222, 0.98803, 0.9832, 0.97778, 0.97182, 0.96535, 0.95835];

export function stateCode(temperature: number): StateCode {
	if (temperature < MELTING_POINT) return 0;
	if (temperature === MELTING_POINT) return 1;
	if (temperature < BOILING_POINT) return 2;
	return temperature === BOILING_POINT ? 3 : 4;
}

/** Average speed compared with the same particles at 0 °C: √(T / 273.15 K). */
export function averageSpeed(temperature: number): number {
	return Math.sqrt((temperature + ZERO_CELSIUS_K) / ZERO_CELSIUS_K);
}

/** Density of liquid water in g/cm³ (between table rows: straight-line interpolation). */
export function waterDensity(temperature: number): number {
	const t = Math.min(100, Math.max(0, temperature));
	if (t <= 4) return WATER_DENSITY[0] + ((WATER_4C - WATER_DENSITY[0]) * t) / 4;
	if (t <= 10) return WATER_4C + ((WATER_DENSITY[1] - WATER_4C) * (t - 4)) / 6;
	const i = Math.min(9, Math.floor(t / 10));
	return WATER_DENSITY[i] + ((WATER_DENSITY[i + 1] - WATER_DENSITY[i]) * (t - i * 10)) / 10;
}

/** Density of steam at normal pressure in g/cm³, as an ideal gas: ρ = pM/(RT). */
export function steamDensity(temperature: number): number {
	return (PRESSURE * MOLAR_MASS) / (R * (temperature + ZERO_CELSIUS_K)) / 1000;
}

/** Room per particle (volume), relative to liquid water at 4 °C. */
function room(phase: Phase, temperature: number): number {
	const density =
		phase === 'ice' ? ICE_DENSITY : phase === 'water' ? waterDensity(temperature) : steamDensity(temperature);
	return WATER_4C / density;
}

/** Average distance between neighbouring particles, relative to liquid water at 4 °C (half and half at 0 and 100 °C). */
export function spacing(temperature: number): number {
	const code = stateCode(temperature);
	const v =
		code === 0
			? room('ice', temperature)
			: code === 1
				? (room('ice', temperature) + room('water', temperature)) / 2
				: code === 2
					? room('water', temperature)
					: code === 3
						? (room('water', temperature) + room('steam', temperature)) / 2
						: room('steam', temperature);
	return Math.cbrt(v);
}

// ---- Where the particles are drawn (viewBox units; box inside x 10–214, y 10–180) ----

export const BOX = { left: 10, top: 10, right: 214, bottom: 180 };
export const COUNT = 36;
/** Drawn distance between neighbours for spacing 1. */
const UNIT = 18;

/** A seeded pseudo-random generator (the quiz's mulberry32): the same picture every time. */
const random = seededRandom;

interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
interface Seat {
	x: number;
	y: number;
	angle: number;
	/** Random numbers that set each particle's own motion. */
	a: number;
	b: number;
	c: number;
	/** Walls it bounces between as it moves. */
	walls: Rect;
	/** Liquid only: the loop of seats it flows along, and where on it this seat is. */
	route?: Seat[];
	stop?: number;
}

/** Where particle centres may go: a particle reaches about 10 units from its centre. */
const inner: Rect = { left: BOX.left + 12, top: BOX.top + 12, right: BOX.right - 12, bottom: BOX.bottom - 11 };
const middle = (BOX.left + BOX.right) / 2;

/** `count` seats in `area`, at least `gap` apart and outside `avoid` (random sequential addition). */
function scatter(count: number, area: Rect, gap: number, seed: number, avoid?: Rect): Seat[] {
	const next = random(seed);
	const seats: Seat[] = [];
	for (let tries = 0; seats.length < count && tries < 20000; tries++) {
		const x = area.left + next() * (area.right - area.left);
		const y = area.top + next() * (area.bottom - area.top);
		if (avoid && x > avoid.left && x < avoid.right) continue;
		if (seats.every((s) => (s.x - x) ** 2 + (s.y - y) ** 2 >= gap * gap)) {
			// Beside an obstacle, a particle moves only on its own side of it.
			const walls = !avoid ? area : x < avoid.left ? { ...area, right: avoid.left } : { ...area, left: avoid.right };
			seats.push({ x, y, angle: next() * 360, a: next(), b: next(), c: next(), walls });
		}
	}
	return seats;
}

/** Ice: `rows` × `columns`, rows offset by half a place (a hexagonal pattern), on the floor, centred. */
function lattice(rows: number, columns: number): Seat[] {
	const d = UNIT * Math.cbrt(WATER_4C / ICE_DENSITY);
	const left = middle - ((columns - 0.5) * d) / 2;
	const seats: Seat[] = [];
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++) {
			const k = r * columns + c;
			const x = left + c * d + (r % 2) * (d / 2);
			const y = inner.bottom - 2 - r * d * 0.866; // room to vibrate
			seats.push({
				x,
				y,
				angle: r % 2 ? -90 : 90,
				a: (k * 0.37) % 1,
				b: (k * 0.61) % 1,
				c: (k * 0.83) % 1,
				walls: inner
			});
		}
	return seats;
}

/**
 * Liquid flow without crowding: the seats beside the same walls are cut into layers by height, and
 * each pair of layers becomes a loop (the lower one left to right, the upper one back), like a
 * conveyor belt. Every particle steps to the next seat of its loop at the same pace, so the liquid
 * keeps its even spacing while neighbouring layers slide past each other.
 */
function flow(seats: Seat[]): Seat[] {
	const copies = seats.map((s) => ({ ...s }));
	const groups = new Map<number, Seat[]>();
	for (const s of copies) groups.set(s.walls.left, [...(groups.get(s.walls.left) ?? []), s]);
	for (const group of groups.values()) {
		const layers = group.length > 18 ? 4 : 2;
		const byHeight = [...group].sort((p, q) => q.y - p.y);
		const size = Math.ceil(group.length / layers);
		for (let l = 0; l < layers; l += 2) {
			const lower = byHeight.slice(l * size, (l + 1) * size).sort((p, q) => p.x - q.x);
			const upper = byHeight.slice((l + 1) * size, (l + 2) * size).sort((p, q) => q.x - p.x);
			const route = [...lower, ...upper];
			route.forEach((s, i) => Object.assign(s, { route, stop: i }));
		}
	}
	return copies;
}

const liquid: Rect = { ...inner, top: 94 };
const air: Rect = { ...inner, bottom: 108 };
const water = scatter(COUNT, liquid, 15, 7);
const meltIce = lattice(6, 3);
const layouts = {
	ice: lattice(6, 6),
	water: flow(water),
	steam: scatter(COUNT, inner, 24, 11),
	meltIce,
	meltWater: flow(
		scatter(COUNT / 2, liquid, 15, 5, { ...inner, left: meltIce[0].x - 12, right: meltIce[meltIce.length - 1].x + 12 })
	),
	boilWater: flow([...water].sort((p, q) => q.y - p.y).slice(0, COUNT / 2)),
	boilSteam: scatter(COUNT / 2, air, 24, 13)
};

export interface Particle {
	x: number;
	y: number;
	/** Direction the particle faces, degrees. */
	angle: number;
	phase: Phase;
}

/** Bounce between two walls: a triangle wave. */
function bounce(v: number, low: number, high: number): number {
	const span = high - low;
	const m = (((v - low) % (2 * span)) + 2 * span) % (2 * span);
	return low + (m < span ? m : 2 * span - m);
}

function move(seat: Seat, phase: Phase, speed: number, time: number): Particle {
	const { x, y, angle, a, b, c, walls } = seat;
	const t = time * speed;
	if (phase === 'ice') {
		// Vibrating about a fixed place.
		const r = 1.6 * speed;
		return {
			x: x + r * Math.sin(11 * t + 6.3 * a),
			y: y + r * Math.sin(13 * t + 6.3 * b),
			angle: angle + 6 * Math.sin(9 * t + 6.3 * c),
			phase
		};
	}
	if (phase === 'water') {
		// Flowing along its loop, half a seat a second, jostled on the way.
		const { route = [seat], stop = 0 } = seat;
		const u = 0.5 * t;
		const k = Math.floor(u);
		const from = route[(((stop + k) % route.length) + route.length) % route.length];
		const to = route[(((stop + k + 1) % route.length) + route.length) % route.length];
		const f = u - k;
		const jostle = (w: number, phase0: number) => 2 * (Math.sin(w * t + phase0) - Math.sin(phase0));
		return {
			x: from.x + (to.x - from.x) * f + jostle(5, 6.3 * c),
			y: Math.min(walls.bottom, from.y + (to.y - from.y) * f + jostle(4, 6.3 * a)),
			angle: angle + (c - 0.5) * 120 * t,
			phase
		};
	}
	// Flying in straight lines, bouncing off the walls.
	const heading = 6.283 * a;
	return {
		x: bounce(x + 70 * t * Math.cos(heading), walls.left, walls.right),
		y: bounce(y + 70 * t * Math.sin(heading), walls.top, walls.bottom),
		angle: angle + (b - 0.5) * 360 * t,
		phase
	};
}

/** Every particle at `time` seconds (0 for the still frame); pure, so a frame is the same each time. */
export function particles(temperature: number, time = 0): Particle[] {
	const speed = averageSpeed(temperature);
	const place = (seats: Seat[], phase: Phase) => seats.map((s) => move(s, phase, speed, time));
	switch (stateCode(temperature)) {
		case 0:
			return place(layouts.ice, 'ice');
		case 1:
			return [...place(layouts.meltIce, 'ice'), ...place(layouts.meltWater, 'water')];
		case 2:
			return place(layouts.water, 'water');
		case 3:
			return [...place(layouts.boilWater, 'water'), ...place(layouts.boilSteam, 'steam')];
		default:
			return place(layouts.steam, 'steam');
	}
}

// ---- Words ----

/** A temperature as written: a true minus sign, the language's degree sign. */
export function formatTemperature(t: number, language: Language): string {
	return `${String(Math.round(t)).replace('-', '−')} ${language === 'zh-CN' ? '℃' : '°C'}`;
}

const stateNames: Record<Language, readonly string[]> = {
	'zh-CN': ['冰', '冰水混合', '水', '沸腾', '水蒸气'],
	en: ['ice', 'ice + water', 'water', 'boiling', 'steam']
};

/** The short name of what is in the box, for the label in the picture. */
export function stateName(temperature: number, language: Language): string {
	return stateNames[language][stateCode(temperature)];
}

/** What the learner sees, in words: temperature, state, particles, speed (and spacing, for steam). */
const words: Record<Language, ((t: string, speed: string, gap: string) => string)[]> = {
	'zh-CN': [
		(t, v) => `${t} 时，水是固态的冰：微粒排列整齐，只在原来的位置附近振动，平均速度是 0 ℃ 时的 ${v} 倍。`,
		(t) => `${t} 是冰的熔点：冰和水同时存在。加热时冰不断熔化，温度却保持 ${t} 不变，直到冰全部化成水。`,
		(t, v) => `${t} 时，水是液态的：微粒挨得很近，排列杂乱，能相互滑过，平均速度是 0 ℃ 时的 ${v} 倍。`,
		(t) => `${t} 是水的沸点：水在沸腾，水和水蒸气同时存在。继续加热，温度却保持 ${t} 不变，直到水全部变成水蒸气。`,
		(t, v, d) =>
			`${t} 时，水变成了气态的水蒸气：微粒相距很远（约为液态水中的 ${d} 倍），向四面八方飞快地运动，平均速度是 0 ℃ 时的 ${v} 倍。`
	],
	en: [
		(t, v) =>
			`At ${t} the water is solid ice: the particles sit in neat rows and only vibrate in place. Their average speed is ${v} times that at 0 °C.`,
		(t) =>
			`${t} is the melting point: ice and water are both present. Heating melts more ice, but the temperature stays at ${t} until all the ice has melted.`,
		(t, v) =>
			`At ${t} the water is liquid: the particles are close together but jumbled, and slide past each other. Their average speed is ${v} times that at 0 °C.`,
		(t) =>
			`${t} is the boiling point: the water boils, and water and steam are both present. Heating more still keeps it at ${t} until all the water has turned to steam.`,
		(t, v, d) =>
			`At ${t} the water is steam, a gas: the particles are far apart (about ${d} times as far as in liquid water) and fly fast in every direction. Their average speed is ${v} times that at 0 °C.`
	]
};

export const model: SimModel<ParticlesState> = {
	name: 'particles',
	viewBox: { width: 320, height: 190 },
	title: { 'zh-CN': '水的微粒：冰、水和水蒸气', en: 'Particles of water: ice, water and steam' },
	params: {
		temperature: { kind: 'number', min: -20, max: 120, step: 1, default: 20, unit: { 'zh-CN': '℃', en: '°C' } }
	},
	labels: { temperature: { 'zh-CN': '温度', en: 'Temperature' } },
	measures: {
		state: { kind: 'number' },
		solid: { kind: 'boolean' },
		liquid: { kind: 'boolean' },
		gas: { kind: 'boolean' },
		melting: { kind: 'boolean' },
		boiling: { kind: 'boolean' },
		temperature: { kind: 'number', unit: '°C' },
		absoluteTemperature: { kind: 'number', unit: 'K' },
		averageSpeed: { kind: 'number' },
		spacing: { kind: 'number' }
	},
	measure({ temperature }) {
		const code = stateCode(temperature);
		return {
			state: code,
			solid: code <= 1,
			liquid: code >= 1 && code <= 3,
			gas: code >= 3,
			melting: code === 1,
			boiling: code === 3,
			temperature,
			absoluteTemperature: temperature + ZERO_CELSIUS_K,
			averageSpeed: averageSpeed(temperature),
			spacing: spacing(temperature)
		};
	},
	describe({ temperature }, language) {
		const t = formatTemperature(temperature, language);
		const speed = averageSpeed(temperature).toFixed(2);
		const gap = String(Math.round(spacing(temperature)));
		return words[language][stateCode(temperature)](t, speed, gap);
	}
};
