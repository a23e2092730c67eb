/*
 * Runs as each page is prerendered. It inlines the pre-paint script into the page's <head>, where
 * src/app.html leaves a placeholder: the appearance is then set without waiting for any file.
 */
import type { Handle } from '@sveltejs/kit';
import { PRE_PAINT_PLACEHOLDER, prePaintScript } from '$lib/appearance/pre-paint-inline';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// A function, so that "$&" and the like in the script are never read as replacement patterns.
		transformPageChunk: ({ html }) => html.replace(PRE_PAINT_PLACEHOLDER, () => prePaintScript)
	});
