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

/** Where settings live and what the device says: the browser's in the app, fakes in a test. */
export interface SettingsEnv {
	/** False while prerendering: then the language is the page's, and nothing is stored. */
	live: boolean;
	storage?: Pick<Storage, 'getItem' | 'setItem'>;
	/** The browser's languages, most preferred first. */
	languages: readonly string[];
	/** Told when another tab changes the stored settings (the `storage` event). */
	onStorageChange?: (key: string, listener: () => void) => void;
}

function readStored(storage: SettingsEnv['storage']): Record<string, unknown> {
	if (!storage) return {};
	try {
		const stored: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
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

export class Settings {
	readonly #env: SettingsEnv;
	#chosen = $state<Language | undefined>();
	#detected = $state<Language>('zh-CN');
	#appearance = $state<Appearance>(appearanceFrom({}));
	#speechRate = $state<SpeechRate>(speechRateFrom({}));
	#prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
	#prefersReducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

	/** The language in use: the learner's choice, else the browser's. */
	get language(): Language {
		return this.#env.live ? (this.#chosen ?? this.#detected) : this.#prerendering;
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
		if (!this.#env.live) this.#prerendering = language;
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

	constructor(env: SettingsEnv) {
		this.#env = env;
		if (!env.live) return;
		this.#detected = languageFromBrowser(env.languages);
		this.#load();
		// Another tab changed the settings: follow it.
		env.onStorageChange?.(KEY, () => this.#load());
	}

	#load() {
		const stored = readStored(this.#env.storage);
		this.#chosen = languageFrom(stored);
		this.#appearance = appearanceFrom(stored);
		this.#speechRate = speechRateFrom(stored);
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
			this.#env.storage?.setItem(KEY, JSON.stringify({ ...readStored(this.#env.storage), ...change }));
		} catch {
			// Private mode or a full disk: the choice still holds for this visit.
		}
	}
}

/** The app's settings: the browser's storage and languages; the page's language while prerendering. */
export const settings = new Settings(
	browser
		? {
				live: true,
				storage: localStorage,
				languages: navigator.languages ?? [navigator.language],
				onStorageChange: (key, listener) =>
					window.addEventListener('storage', (event) => event.key === key && listener())
			}
		: { live: false, languages: [] }
);

// In the app, <html> follows the settings for the life of the page: a root effect, not a component's.
if (browser) {
	$effect.root(() => {
		$effect(() => applyRoot(settings.root));
	});
}
