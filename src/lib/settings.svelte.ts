/*
 * App-wide settings, remembered on this device. The language starts from the browser's
 * (any Chinese → 中文, else English) until the learner picks one in settings.
 */
import { browser } from '$app/environment';
import type { Language } from './content/types';
import { dictionaries, languageFromBrowser } from './i18n/dictionaries';

const KEY = 'tansuo.settings.v1';

interface Stored {
	language?: Language;
}

function readStored(): Stored {
	if (!browser) return {};
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Stored;
	} catch {
		return {};
	}
}

class Settings {
	#chosen = $state<Language | undefined>(readStored().language);
	#detected = $state<Language>(browser ? languageFromBrowser(navigator.languages ?? [navigator.language]) : 'zh-CN');

	/** The language in use: the learner's choice, else the browser's. */
	language = $derived<Language>(this.#chosen ?? this.#detected);
	t = $derived(dictionaries[this.language]);

	setLanguage(language: Language) {
		this.#chosen = language;
		this.#save();
	}

	#save() {
		try {
			localStorage.setItem(KEY, JSON.stringify({ language: this.#chosen } satisfies Stored));
		} catch {
			// Private mode or a full disk: the choice still holds for this visit.
		}
	}
}

export const settings = new Settings();
