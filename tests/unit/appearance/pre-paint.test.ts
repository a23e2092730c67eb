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

const script = new Script(readFileSync('src/lib/appearance/pre-paint.js', 'utf8'), {
	filename: 'pre-paint.js'
});

interface Run {
	attributes: Record<string, string>;
	fontSize: string;
	lang: string;
	themeColor: string;
}

/** Runs the script with `stored` as the saved string and the given system preferences. */
function run(
	stored: string | null,
	system: { dark: boolean; reducedMotion: boolean },
	storage = true,
	browserLanguages = ['zh-CN', 'en']
): Run {
	const attributes: Record<string, string> = {};
	const root = {
		lang: 'zh-CN',
		style: { fontSize: '' },
		setAttribute: (name: string, value: string) => (attributes[name] = value)
	};
	const meta = { content: '#0f766e', setAttribute: (_: string, value: string) => (meta.content = value) };
	const context = {
		navigator: { languages: browserLanguages, language: browserLanguages[0] },
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
	return { attributes, fontSize: root.style.fontSize, lang: root.lang, themeColor: meta.content };
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
							themeColor: want.themeColor
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

	it('picks the language as the app does, and hides a page it will redraw in another language', () => {
		const system = { dark: false, reducedMotion: false };
		for (const browserLanguages of [['zh-CN'], ['zh-TW', 'en'], ['en-US', 'zh-CN'], ['fr'], []])
			for (const language of ['zh-CN', 'en', 'xx', undefined]) {
				const stored = JSON.stringify({ language });
				const want = language === 'zh-CN' || language === 'en' ? language : languageFromBrowser(browserLanguages);
				const got = run(stored, system, true, browserLanguages);
				expect(got.lang, stored + browserLanguages.join()).toBe(want);
				expect('data-relang' in got.attributes, stored + browserLanguages.join()).toBe(want !== 'zh-CN');
			}
	});
});
