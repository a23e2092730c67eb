/*
 * Puts the saved text size, theme and motion setting on <html> before the first paint, so a dark
 * or 200% page never flashes light or small. A file, not an inline script: the CSP allows scripts
 * from 'self' only. It mirrors rootAttributes() in src/lib/appearance/appearance.ts (a unit test
 * checks that they agree); once the app starts, the settings in src/lib/settings.svelte.ts take over.
 */
(function () {
	var saved = {};
	try {
		saved = JSON.parse(localStorage.getItem('tansuo.settings.v1') || '{}') || {};
	} catch {
		// Private mode or a damaged entry: the defaults.
	}
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
	var size = [100, 125, 150, 175, 200].indexOf(saved.textSize) >= 0 ? saved.textSize : 100;
	root.setAttribute('data-theme', theme);
	root.setAttribute('data-motion', reduce ? 'reduce' : 'no-preference');
	root.style.fontSize = size + '%';
	if (saved.language === 'zh-CN' || saved.language === 'en') root.lang = saved.language;
	var meta = document.querySelector('meta[name="theme-color"]');
	if (meta) meta.setAttribute('content', theme === 'dark' ? '#0b2522' : '#0f766e');
})();
