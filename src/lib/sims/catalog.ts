/*
 * Every simulation by name, for the build: it checks a lesson's sim blocks and questions against
 * the sim's settings and measures. The browser never loads this list (it loads one sim at a time
 * through load.ts). A unit test checks that every folder with a model.ts is listed here.
 */
import type { SimModel } from './types';
import { model as circuit } from './circuit/model';
import { model as lever } from './lever/model';
import { model as moonPhases } from './moon-phases/model';
import { model as particles } from './particles/model';
import { model as pendulum } from './pendulum/model';
import { model as phIndicator } from './ph-indicator/model';
import { model as refraction } from './refraction/model';
import { model as seasons } from './seasons/model';
import { model as sound } from './sound/model';

// Each model is typed with its own state; the catalog only needs what every model shares.
const all = [
	circuit,
	lever,
	moonPhases,
	particles,
	pendulum,
	phIndicator,
	refraction,
	seasons,
	sound
] as unknown as SimModel[];

export const SIMS: Record<string, SimModel> = Object.fromEntries(all.map((m) => [m.name, m]));
