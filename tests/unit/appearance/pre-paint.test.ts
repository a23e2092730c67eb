/*
 * src/lib/appearance/pre-paint.js runs before the app, as a plain script inlined into each page, so it repeats rootAttributes()
 * instead of importing it. This runs the real file against fake browser objects and checks that
 * the two agree for every combination of stored value and system preference.
 */
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appearanceFrom, MOTIONS, rootAttributes, TEXT_SIZES, THEMES } from '../../../src/lib/appearance/appearance';
import { languageFromBrowser } from '../../../src/lib/i18n/dictionaries';
import { languageOfPath, pathInLanguage } from '../../../src/lib/i18n/paths';

const script = new Script(readFileSync('src/lib/appearance/pre-paint.js', 'utf8'), {
	filename: 'pre-paint.js'
});

interface Run {
	attributes: Record<string, string>;
	fontSize: string;
	lang: string;
	themeColor: string;
	/** Where the script sent the browser instead, if anywhere. */
	replacedBy?: string;
}

/** Runs the script with `stored` as the saved string and the given system preferences. */
function run(
	stored: string | null,
	system: { dark: boolean; reducedMotion: boolean },
	storage = true,
	browserLanguages = ['zh-CN', 'en'],
	address = { pathname: '/', search: '', hash: '' }
): Run {
	let replacedBy: string | undefined;
	const attributes: Record<string, string> = {};
	const root = {
		lang: 'zh-CN',
		style: { fontSize: '' },
		setAttribute: (name: string, value: string) => (attributes[name] = value)
	};
	const meta = { content: '#0f766e', setAttribute: (_: string, value: string) => (meta.content = value) };
	const context = {
		navigator: { languages: browserLanguages, language: browserLanguages[0] },
		location: { ...address, replace: (to: string) => (replacedBy = to) },
		document: { documentElement: root, querySelector: () => meta },
		localStorage: {
			getItem: () => {
				if (!storage) throw new DOMException('denied', 'SecurityError');
				return stored;
			}
		},
		matchMedia: (query: string) => ({
			matches: query.includes('dark') ? system.dark : query.includes('reduce') ? system.reducedMotion : false
		})
	};
	script.runInNewContext({ ...context, window: context });
	const result: Run = { attributes, fontSize: root.style.fontSize, lang: root.lang, themeColor: meta.content };
	if (replacedBy !== undefined) result.replacedBy = replacedBy;
	return result;
}

const systems = [
	{ dark: false, reducedMotion: false },
	{ dark: true, reducedMotion: true }
];

describe('the pre-paint script', () => {
	it('agrees with rootAttributes() for every setting and system preference', () => {
		for (const textSize of [...TEXT_SIZES, 300, undefined])
			for (const theme of [...THEMES, 'sepia', undefined])
				for (const motion of [...MOTIONS, 'maybe', undefined])
					for (const system of systems) {
						const stored = { language: 'en', textSize, theme, motion };
						const want = rootAttributes(appearanceFrom(stored), system);
						const got = run(JSON.stringify(stored), system);
						expect(got, JSON.stringify({ stored, system })).toEqual({
							attributes: { 'data-theme': want.theme, 'data-motion': want.motion, 'data-relang': '' },
							fontSize: want.fontSize,
							lang: 'en',
							themeColor: want.themeColor,
							replacedBy: '/en'
						});
					}
	});

	it('falls back to the defaults with nothing saved, a damaged entry or no storage at all', () => {
		const dark = { dark: true, reducedMotion: false };
		for (const got of [run(null, dark), run('{not json', dark), run('null', dark), run('{}', dark, false)]) {
			expect(got).toEqual({
				attributes: { 'data-theme': 'dark', 'data-motion': 'no-preference' },
				fontSize: '100%',
				lang: 'zh-CN',
				themeColor: rootAttributes(appearanceFrom({}), dark).themeColor
			});
		}
	});

	it('picks the language as the app does, and swaps a page in the other language for its twin', () => {
		const system = { dark: false, reducedMotion: false };
		const addresses = [
			{ pathname: '/', search: '', hash: '' },
			{ pathname: '/en', search: '', hash: '' },
			{ pathname: '/lessons/inertia', search: '', hash: '' },
			{ pathname: '/en/lessons/inertia', search: '', hash: '' },
			{ pathname: '/teacher/class', search: '?id=c1', hash: '' },
			{ pathname: '/en/join', search: '', hash: '#code-part' },
			// Not the English tree, though it starts with the same letters.
			{ pathname: '/english', search: '', hash: '' }
		];
		for (const browserLanguages of [['zh-CN'], ['zh-TW', 'en'], ['en-US', 'zh-CN'], ['fr'], []])
			for (const language of ['zh-CN', 'en', 'xx', undefined])
				for (const address of addresses) {
					const stored = JSON.stringify({ language });
					const label = `${stored} ${browserLanguages.join()} ${address.pathname}`;
					const want = language === 'zh-CN' || language === 'en' ? language : languageFromBrowser(browserLanguages);
					const got = run(stored, system, true, browserLanguages, address);
					expect(got.lang, label).toBe(want);
					const swapped = languageOfPath(address.pathname) !== want;
					expect('data-relang' in got.attributes, label).toBe(swapped);
					expect(got.replacedBy, label).toBe(
						swapped ? pathInLanguage(address.pathname, want) + address.search + address.hash : undefined
					);
				}
	});
});
