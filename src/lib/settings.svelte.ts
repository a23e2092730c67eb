/*
 * App-wide settings, remembered on this device. The language starts from the browser's
 * (any Chinese → 中文, else English) until the learner picks one in settings. While a page is
 * prerendered, the language is the one its path says (src/lib/i18n/paths.ts). Text size, theme and
 * reduced motion live in the same stored object: src/lib/appearance/pre-paint.js reads it before first paint,
 * and from then on this class keeps <html> in step with the choices and the system's preferences.
 */
import { browser } from '$app/environment';
import { MediaQuery } from 'svelte/reactivity';
import { LANGUAGES, type Language } from './content/types';
import { dictionaries, languageFromBrowser } from './i18n/dictionaries';
import { pathInLanguage } from './i18n/paths';
import { appearanceFrom, rootAttributes, type Appearance, type RootAttributes } from './appearance/appearance';
import { speechRateFrom, type SpeechRate } from './appearance/speech';

const KEY = 'tansuo.settings.v1';

/** The stored object. Older versions saved only `language`; missing fields take their defaults. */
interface Stored extends Partial<Appearance> {
	language?: Language;
	speechRate?: SpeechRate;
}

function readStored(): Record<string, unknown> {
	if (!browser) return {};
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

function languageFrom(stored: Record<string, unknown>): Language | undefined {
	return LANGUAGES.find((l) => l === stored.language);
}

/** Puts the attributes on <html> that app.css and the browser bar follow. */
function applyRoot(root: RootAttributes) {
	const html = document.documentElement;
	html.dataset.theme = root.theme;
	html.dataset.motion = root.motion;
	html.style.fontSize = root.fontSize;
	document.querySelector('meta[name="theme-color"]')?.setAttribute('content', root.themeColor);
}

class Settings {
	#chosen = $state<Language | undefined>(languageFrom(readStored()));
	#detected = $state<Language>(browser ? languageFromBrowser(navigator.languages ?? [navigator.language]) : 'zh-CN');
	#appearance = $state<Appearance>(appearanceFrom(readStored()));
	#speechRate = $state<SpeechRate>(speechRateFrom(readStored()));
	#prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
	#prefersReducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

	/** The language in use: the learner's choice, else the browser's. */
	get language(): Language {
		return browser ? (this.#chosen ?? this.#detected) : this.#prerendering;
	}
	get t() {
		return dictionaries[this.language];
	}
	#prerendering: Language = 'zh-CN';

	/**
	 * Set by the root layout as a page is prerendered: the language of its path. A page renders
	 * synchronously from the layout down, so pages prerendered one after another never mix.
	 */
	prerenderIn(language: Language) {
		if (!browser) this.#prerendering = language;
	}

	/** Text size, theme and reduced motion as chosen (`system` not resolved). */
	get appearance(): Readonly<Appearance> {
		return this.#appearance;
	}
	/** What <html> carries now: the choices resolved against the system's preferences. */
	root = $derived(
		rootAttributes(this.#appearance, {
			dark: this.#prefersDark.current,
			reducedMotion: this.#prefersReducedMotion.current
		})
	);
	get speechRate(): SpeechRate {
		return this.#speechRate;
	}

	constructor() {
		if (!browser) return;
		// App-wide for the life of the page, so a root effect rather than a component's.
		$effect.root(() => {
			$effect(() => applyRoot(this.root));
		});
		// Another tab changed the settings: follow it.
		window.addEventListener('storage', (event) => {
			if (event.key !== KEY) return;
			const stored = readStored();
			this.#chosen = languageFrom(stored);
			this.#appearance = appearanceFrom(stored);
			this.#speechRate = speechRateFrom(stored);
		});
	}

	/** A path of this app (from resolve()) in the language in use: /lessons → /en/lessons. */
	localize(path: string): string {
		return pathInLanguage(path, this.language);
	}

	setLanguage(language: Language) {
		this.#chosen = language;
		this.#save({ language });
	}

	setAppearance(change: Partial<Appearance>) {
		this.#appearance = { ...this.#appearance, ...change };
		this.#save(change);
	}

	setSpeechRate(rate: SpeechRate) {
		this.#speechRate = rate;
		this.#save({ speechRate: rate });
	}

	/** Saves one change into the stored object, keeping what is there (another tab may have written). */
	#save(change: Stored) {
		try {
			localStorage.setItem(KEY, JSON.stringify({ ...readStored(), ...change }));
		} catch {
			// Private mode or a full disk: the choice still holds for this visit.
		}
	}
}

export const settings = new Settings();
