/*
 * The library as the build sees it: loaded once per build from lessons/, then shared by every
 * prerendered page and asset route.
 */
import { resolve } from 'node:path';
import { base } from '$app/paths';
import { loadLibrary, summarize, type Library } from './library';

let library: Library | undefined;

export function getLibrary(): Library {
	// TANSUO_LESSONS lets a developer build against another folder (the test fixtures, say).
	library ??= loadLibrary({ root: resolve(process.env.TANSUO_LESSONS ?? 'lessons'), base });
	return library;
}

export function getSummaries() {
	return getLibrary().lessons.map(summarize);
}
