import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { contentVersion } from './scripts/content-version.js';
import { englishEntries } from './scripts/english-entries.js';

// Computed once per build and handed to the prerender process through the environment, so both
// halves of the build agree even if a file is saved while it runs.
process.env.TANSUO_VERSION ??= contentVersion();

// The pre-paint script is inlined into every page (src/hooks.server.ts): the CSP allows exactly
// that script by its hash, and no other inline script.
const prePaint = readFileSync(new URL('./src/lib/appearance/pre-paint.js', import.meta.url));
/** @type {`sha256-${string}`} */
const prePaintHash = `sha256-${createHash('sha256').update(prePaint).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the result is plain files any static host can serve.
		// 404.html: the app's own "page not found", for hosts that serve it for unknown paths.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		// Each page in Chinese ('*' and the links from there) and in English under /en.
		prerender: { entries: ['*', ...englishEntries()], handleHttpError: 'fail', handleMissingId: 'fail' },
		// A hash of what goes into the build, not Date.now(): identical sources give identical
		// builds, and any change to code, lessons or assets gives a new service-worker version.
		version: { name: process.env.TANSUO_VERSION },
		// Registered by the app once the first page is drawn and idle (src/lib/app-status.svelte.ts).
		serviceWorker: { register: false },
		// Absolute URLs: lesson HTML made at build time links to /lessons/… and /lesson-assets/….
		paths: { relative: false },
		// No inline script without a hash, no request to any other origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', prePaintHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
