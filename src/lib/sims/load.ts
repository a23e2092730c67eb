/*
 * Loads a simulation in the browser when a lesson shows it: its model (for grading) alone, or the
 * model with its view. Each sim is its own chunk, fetched on first use and precached for offline.
 */
import type { Component } from 'svelte';
import type { SimModel, SimViewProps } from './types';

const models = import.meta.glob<{ model: SimModel }>('./*/model.ts');
const views = import.meta.glob<{ default: Component<SimViewProps> }>('./*/View.svelte');

export async function loadModel(name: string): Promise<SimModel> {
	const load = models[`./${name}/model.ts`];
	if (!load) throw new Error(`no simulation "${name}"`);
	return (await load()).model;
}

export async function loadSim(name: string): Promise<{ model: SimModel; View: Component<SimViewProps> }> {
	const view = views[`./${name}/View.svelte`];
	if (!view) throw new Error(`no simulation "${name}"`);
	const [model, { default: View }] = await Promise.all([loadModel(name), view()]);
	return { model, View };
}
