/*
 * Puts the saved text size, theme, motion setting and language on <html> before the first paint,
 * so a dark or 200% page never flashes light or small. Inlined into every page's <head> by
 * src/hooks.server.ts (no request to wait for), and allowed by its hash in the CSP, which
 * svelte.config.js computes from this file: the CSP still allows no other inline script. It
 * mirrors rootAttributes() in src/lib/appearance/appearance.ts (a unit test checks that they
 * agree); once the app starts, the settings in src/lib/settings.svelte.ts take over.
 */
(function () {
	/** @type {{ theme?: unknown, motion?: unknown, textSize?: unknown, language?: unknown }} */
	var saved = {};
	try {
		saved = JSON.parse(localStorage.getItem('tansuo.settings.v1') || '{}') || {};
	} catch {
		// Private mode or a damaged entry: the defaults.
	}
	/** @param {string} query */
	function prefers(query) {
		return !!window.matchMedia && window.matchMedia(query).matches;
	}
	var root = document.documentElement;
	var theme =
		saved.theme === 'light' || saved.theme === 'dark'
			? saved.theme
			: prefers('(prefers-color-scheme: dark)')
				? 'dark'
				: 'light';
	var reduce = saved.motion === 'on' || (saved.motion !== 'off' && prefers('(prefers-reduced-motion: reduce)'));
	var size = [100, 125, 150, 175, 200].indexOf(/** @type {number} */ (saved.textSize)) >= 0 ? saved.textSize : 100;
	root.setAttribute('data-theme', theme);
	root.setAttribute('data-motion', reduce ? 'reduce' : 'no-preference');
	root.style.fontSize = size + '%';
	// The language as src/lib/settings.svelte.ts picks it: the saved choice, else the browser's.
	var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
	var language =
		saved.language === 'zh-CN' || saved.language === 'en' ? saved.language : /^zh\b/i.test(preferred) ? 'zh-CN' : 'en';
	// Each page is prerendered in both languages, English under /en (src/lib/i18n/paths.ts). A page
	// in the other language is swapped for its twin before anything is drawn; it stays hidden
	// meanwhile (app.css shows it after 3 s whatever happens), so it never flashes.
	var path = location.pathname;
	var english = path === '/en' || path.indexOf('/en/') === 0;
	if ((language === 'en') !== english) {
		var route = english ? path.slice(3) || '/' : path;
		var twin = language === 'en' ? (route === '/' ? '/en' : '/en' + route) : route;
		root.setAttribute('data-relang', '');
		location.replace(twin + location.search + location.hash);
	}
	root.lang = language;
	var meta = document.querySelector('meta[name="theme-color"]');
	if (meta) meta.setAttribute('content', theme === 'dark' ? '#0b2522' : '#0f766e');
})();
