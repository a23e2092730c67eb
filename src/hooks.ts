/*
 * /en/lessons and /lessons are the same route, prerendered once in each language
 * (src/lib/i18n/paths.ts). Runs on the server while prerendering and in the browser's router.
 */
import type { Reroute } from '@sveltejs/kit';
import { routeOfPath } from '$lib/i18n/paths';

export const reroute: Reroute = ({ url }) => routeOfPath(url.pathname);
