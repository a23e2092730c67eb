// Settings against a fake storage and fake browser languages: no localStorage, no window.
import { describe, expect, it } from 'vitest';
import { Settings, type SettingsEnv } from '../../../src/lib/settings.svelte';

function fakeEnv(languages: string[], stored?: object) {
	const items = new Map<string, string>(stored ? [['tansuo.settings.v1', JSON.stringify(stored)]] : []);
	const listeners: (() => void)[] = [];
	const env: SettingsEnv = {
		live: true,
		languages,
		storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) },
		onStorageChange: (_key, listener) => listeners.push(listener)
	};
	return {
		env,
		items,
		otherTabWrites: (value: object) => (
			items.set('tansuo.settings.v1', JSON.stringify(value)),
			listeners.forEach((l) => l())
		)
	};
}

describe('Settings', () => {
	it('starts from the browser language, then keeps the learner’s choice in storage', () => {
		const { env, items } = fakeEnv(['en-GB', 'zh-CN']);
		const s = new Settings(env);
		expect(s.language).toBe('en');
		s.setLanguage('zh-CN');
		expect(s.language).toBe('zh-CN');
		expect(JSON.parse(items.get('tansuo.settings.v1')!)).toMatchObject({ language: 'zh-CN' });
		expect(new Settings(env).language).toBe('zh-CN');
	});

	it('keeps what another tab stored when saving, and follows another tab’s change', () => {
		const { env, items, otherTabWrites } = fakeEnv(['zh-CN'], { language: 'en', speechRate: 'slow' });
		const s = new Settings(env);
		expect(s.language).toBe('en');
		s.setAppearance({ theme: 'dark' });
		expect(JSON.parse(items.get('tansuo.settings.v1')!)).toMatchObject({
			language: 'en',
			speechRate: 'slow',
			theme: 'dark'
		});
		otherTabWrites({ language: 'zh-CN' });
		expect(s.language).toBe('zh-CN');
	});

	it('survives a broken stored value and a storage that refuses writes', () => {
		const { env, items } = fakeEnv(['fr-FR']);
		items.set('tansuo.settings.v1', '{not json');
		const s = new Settings({
			...env,
			storage: {
				getItem: env.storage!.getItem,
				setItem: () => {
					throw new Error('QuotaExceededError');
				}
			}
		});
		expect(s.language).toBe('en');
		expect(() => s.setLanguage('zh-CN')).not.toThrow();
		expect(s.language).toBe('zh-CN');
	});

	it('while prerendering, uses the page’s language and stores nothing', () => {
		const s = new Settings({ live: false, languages: [] });
		s.prerenderIn('en');
		expect(s.language).toBe('en');
	});
});
