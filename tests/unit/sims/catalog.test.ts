// Every simulation, whoever wrote it, meets the same contract.
import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMS } from '../../../src/lib/sims/catalog';
import { startState } from '../../../src/lib/sims/types';

describe('the simulations', () => {
	const folders = readdirSync('src/lib/sims').filter((f) => existsSync(`src/lib/sims/${f}/model.ts`));

	it('are all in the build catalog, each with a view, named as its folder', () => {
		expect(Object.keys(SIMS).sort()).toEqual(folders.sort());
		for (const name of folders) {
			expect(SIMS[name].name).toBe(name);
			expect(existsSync(`src/lib/sims/${name}/View.svelte`), name).toBe(true);
		}
	});

	it('start inside their own ranges, and describe their start in both languages', () => {
		for (const sim of Object.values(SIMS)) {
			for (const [name, spec] of Object.entries(sim.params)) {
				if (spec.kind === 'number') {
					expect(spec.default, `${sim.name}.${name}`).toBeGreaterThanOrEqual(spec.min);
					expect(spec.default, `${sim.name}.${name}`).toBeLessThanOrEqual(spec.max);
				}
				expect(sim.labels[name]['zh-CN'], `${sim.name}.${name}`).toBeTruthy();
				expect(sim.labels[name].en, `${sim.name}.${name}`).toBeTruthy();
			}
			const start = startState(sim);
			expect(sim.describe(start, 'zh-CN')).toMatch(/\p{Script=Han}/u);
			expect(sim.describe(start, 'en')).toMatch(/^[\x20-\x7E°–—’×·]+$/);
			for (const [measure, spec] of Object.entries(sim.measures)) {
				expect(typeof sim.measure(start)[measure], `${sim.name}.${measure}`).toBe(spec.kind);
			}
		}
	});
});
