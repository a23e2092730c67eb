/*
 * Every page is prerendered twice: in Chinese at its own path, and in English under /en
 * (/lessons → /en/lessons), so that a page is drawn in the learner's language from its first
 * paint and reads without JavaScript. Both paths lead to the same route (src/hooks.ts); the app
 * keeps the address in the learner's language. src/lib/appearance/pre-paint.js repeats
 * languageOfPath() and pathInLanguage() in plain JavaScript (a unit test checks they agree).
 */
import type { Language } from '../content/types';

const ENGLISH = '/en';

/** The language a path's page is prerendered in. */
export function languageOfPath(pathname: string): Language {
	return pathname === ENGLISH || pathname.startsWith(`${ENGLISH}/`) ? 'en' : 'zh-CN';
}

/** The path without its language: the route both languages share. */
export function routeOfPath(pathname: string): string {
	return languageOfPath(pathname) === 'en' ? pathname.slice(ENGLISH.length) || '/' : pathname;
}

/** The same page's path in `language`: pathInLanguage('/lessons', 'en') is '/en/lessons'. */
export function pathInLanguage(pathname: string, language: Language): string {
	const route = routeOfPath(pathname);
	if (language === 'zh-CN') return route;
	return route === '/' ? ENGLISH : `${ENGLISH}${route}`;
}
