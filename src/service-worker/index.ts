/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/*
 * The service worker only caches. It precaches the whole app at install, every prerendered page
 * and data file and every lesson image, so that after one visit everything works offline, then
 * serves from that cache first. Each version has its own cache; activation deletes the others.
 */
import { build, files, prerendered, version } from '$service-worker';
import { precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

const PREFIX = 'tansuo';
setCacheNameDetails({ prefix: PREFIX, suffix: version, precache: 'app' });

// Hashed build files carry their own revision in the name; the rest change with the version.
const manifest = [
	...build.map((url) => ({ url, revision: null })),
	// The manifest's screenshots are for app stores and install sheets, not for learning offline.
	...files
		.filter((url) => !url.endsWith('/.nojekyll') && !url.includes('/screenshots/'))
		.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version }))
];

precacheAndRoute(manifest, {
	// SvelteKit adds these to data requests; the cached copy is the same file.
	ignoreURLParametersMatching: [/^x-sveltekit-/, /^utm_/],
	cleanURLs: true,
	directoryIndex: 'index.html'
});
cleanupOutdatedCaches();

// A new version waits until the learner accepts it ("new version ready — reload"), so a lesson
// in progress never has its code swapped underneath it.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const current = `${PREFIX}-app-${version}`;
			for (const name of await caches.keys()) {
				if (name.startsWith(`${PREFIX}-`) && name !== current) await caches.delete(name);
			}
		})()
	);
});
