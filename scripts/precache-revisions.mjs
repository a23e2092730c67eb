// After `vite build`: writes a hash of each file's bytes into build/service-worker.js, as the
// revision the service worker precaches that file under (see src/service-worker/index.ts). A
// file whose bytes did not change keeps its revision, so an update fetches only what changed.
// Run again on a build it has already revised, it brings the revisions up to date.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SENTINEL = '"__tansuo_revisions__":0';
// The map inside JSON.parse(…), first built or already revised, in the quotes the minifier chose
// (single quotes or backticks: the JSON holds double quotes, so it never picks those).
const MAP = /(['`])\{"__tansuo_revisions__":0[^'`]*\}\1/;

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/**
 * The URL → revision map of a built site: pages under the path they are served at (`/lessons/x`
 * for lessons/x.html, `/` for index.html), every other file under its own path. Hashed build
 * files and the worker itself are left out.
 * @param {string} root
 */
export function revisionsOf(root) {
	/** @type {Record<string, string>} */
	const revisions = {};
	for (const file of filesUnder(root).sort()) {
		const path = '/' + relative(root, file).split(sep).join('/');
		if (path.startsWith('/_app/immutable/') || path === '/service-worker.js') continue;
		const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
		let url = path;
		if (path.endsWith('.html') && path !== '/404.html') {
			url = path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '') || '/';
			if (url.length > 1 && url.endsWith('/')) url = url.slice(0, -1);
		}
		revisions[url] = hash;
	}
	return revisions;
}

/** Writes the revisions of `root` into its service worker; returns how many files it covers. */
export function injectRevisions(root = 'build') {
	const worker = join(root, 'service-worker.js');
	const source = readFileSync(worker, 'utf8');
	if (!MAP.test(source)) throw new Error(`${worker}: the revisions placeholder ${SENTINEL} is missing`);
	const revisions = revisionsOf(root);
	const json = JSON.stringify({ __tansuo_revisions__: 0, ...revisions });
	writeFileSync(
		worker,
		source.replace(MAP, () => `'${json}'`)
	);
	return Object.keys(revisions).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const count = injectRevisions(process.argv[2] ?? 'build');
	console.log(`precache revisions: ${count} files hashed into build/service-worker.js`);
}
