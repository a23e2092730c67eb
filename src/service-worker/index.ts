/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/*
 * The service worker only caches. It precaches the whole app at install, every prerendered page
 * and data file and every lesson image, so that after one visit everything works offline, then
 * serves from that cache first.
 *
 * Updates download only what changed: the precache keeps one name across releases, and each file
 * carries a revision. Hashed build files have theirs in their names; every other file gets a hash
 * of its bytes, written into this worker after the build (scripts/precache-revisions.mjs). Workbox
 * then fetches only the files whose revision changed and drops those no longer listed.
 */
import { build, files, prerendered, version } from '$service-worker';
import { precacheAndRoute, matchPrecache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { cacheNames, setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

const PREFIX = 'tansuo';
setCacheNameDetails({ prefix: PREFIX, suffix: 'v2', precache: 'app' });

// Replaced after the build by a map from URL to a hash of the file's bytes; kept as a string in
// JSON.parse so that the minifier leaves it whole. Without it (a dev build), the version serves.
const revisions: Record<string, string> = JSON.parse('{"__tansuo_revisions__":0}');
const revision = (url: string) => revisions[url] ?? version;

// The app's own "page not found", one per language (src/routes/not-found).
const notFound = (path: string) => (path === '/en' || path.startsWith('/en/') ? '/en/not-found' : '/not-found');

const manifest = [
	...build.map((url) => ({ url, revision: null })),
	// The manifest's screenshots are for app stores and install sheets, not for learning offline.
	...files
		.filter((url) => !url.endsWith('/.nojekyll') && !url.includes('/screenshots/'))
		.map((url) => ({ url, revision: revision(url) })),
	...prerendered.map((url) => ({ url, revision: revision(url) }))
];

precacheAndRoute(manifest, {
	// SvelteKit adds these to data requests; the cached copy is the same file.
	ignoreURLParametersMatching: [/^x-sveltekit-/, /^utm_/],
	cleanURLs: true,
	directoryIndex: 'index.html'
});

// A page the app does not have (a mistyped or outdated link): the network's answer when online,
// the app's own 404 page offline, not the browser's error page.
registerRoute(
	({ request }) => request.mode === 'navigate',
	async ({ request, url }) => {
		try {
			return await fetch(request);
		} catch {
			return (await matchPrecache(notFound(url.pathname))) ?? Response.error();
		}
	}
);

// A new version waits until the learner accepts it ("new version ready — reload"), so a lesson
// in progress never has its code swapped underneath it.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') void self.skipWaiting();
});

// Caches of earlier releases, which were named after their version, are deleted once.
self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(`${PREFIX}-`) && name !== cacheNames.precache) await caches.delete(name);
			}
		})()
	);
});
