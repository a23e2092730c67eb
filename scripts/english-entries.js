// Where the build starts prerendering the English pages (/en/…, src/lib/i18n/paths.ts): every
// page without a parameter, and each subject's certificate (no prerendered page links to those).
// From there the build follows links: /en/lessons lists every lesson, in English.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @param {string} route @param {string[]} out */
function pages(dir, route, out) {
	if (existsSync(join(dir, '+page.svelte'))) out.push(route);
	for (const name of readdirSync(dir).sort()) {
		if (!statSync(join(dir, name)).isDirectory() || name.includes('[')) continue;
		// A (group) folder adds nothing to the path.
		pages(join(dir, name), /^\(.*\)$/.test(name) ? route : `${route}/${name}`, out);
	}
}

/** @returns {`/${string}`[]} */
export function englishEntries(root = process.cwd()) {
	/** @type {string[]} */
	const routes = [];
	pages(join(root, 'src/routes'), '', routes);
	const subjects = readdirSync(join(root, 'lessons')).filter((name) =>
		statSync(join(root, 'lessons', name)).isDirectory()
	);
	const paths = [
		...routes.map((route) => `/en${route}`),
		...subjects.sort().map((subject) => `/en/progress/certificate/${subject}`)
	];
	return /** @type {`/${string}`[]} */ (paths);
}
