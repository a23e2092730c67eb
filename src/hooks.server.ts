/*
 * Runs as each page is prerendered. It inlines the pre-paint script into the page's <head>, where
 * src/app.html leaves a placeholder: the appearance is then set without waiting for any file. And
 * it marks the page with the language of its path (/en/… is English: src/lib/i18n/paths.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { PRE_PAINT_PLACEHOLDER, prePaintScript } from '$lib/appearance/pre-paint-inline';
import { languageOfPath } from '$lib/i18n/paths';

const LANG_PLACEHOLDER = '%tansuo.lang%';

export const handle: Handle = ({ event, resolve }) => {
	const lang = languageOfPath(event.url.pathname);
	return resolve(event, {
		// Functions, so that "$&" and the like in the script are never read as replacement patterns.
		transformPageChunk: ({ html }) =>
			html.replace(LANG_PLACEHOLDER, () => lang).replace(PRE_PAINT_PLACEHOLDER, () => prePaintScript)
	});
};
