/*
 * Every simulation by name, for the build: it checks a lesson's sim blocks and questions against
 * the sim's settings and measures. The browser never loads this list (it loads one sim at a time
 * through load.ts). A unit test checks that every folder with a model.ts is listed here.
 */
import type { SimModel } from './types';
import { model as lever } from './lever/model';

// Each model is typed with its own state; the catalog only needs what every model shares.
const all = [lever] as unknown as SimModel[];

export const SIMS: Record<string, SimModel> = Object.fromEntries(all.map((m) => [m.name, m]));
