// The app's version: a short hash of the code that shapes the build (sources, dependencies,
// configuration). SvelteKit writes it into every page, so it leaves lessons and static files out:
// a lesson change then alters that lesson's page and data only, and an update downloads just
// those (the service worker's precache revisions hash every file's bytes, lessons included).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'package-lock.json', 'svelte.config.js', 'vite.config.ts', 'scripts/english-entries.js'];

/** @param {string} path @param {string[]} out */
function walk(path, out) {
	if (!existsSync(path)) return;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort()) walk(join(path, name), out);
	} else {
		out.push(path);
	}
}

export function contentVersion(root = process.cwd()) {
	/** @type {string[]} */
	const files = [];
	for (const r of ROOTS) walk(join(root, r), files);
	const hash = createHash('sha256');
	for (const file of files) {
		hash.update(file.slice(root.length));
		hash.update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 12);
}
