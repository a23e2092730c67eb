import { describe, expect, it } from 'vitest';
import {
	appearanceFrom,
	DEFAULT_APPEARANCE,
	rootAttributes,
	THEME_COLORS
} from '../../../src/lib/appearance/appearance';

const lightSystem = { dark: false, reducedMotion: false };
const darkSystem = { dark: true, reducedMotion: true };

describe('appearanceFrom', () => {
	it('gives the defaults for an object saved before appearance existed', () => {
		expect(appearanceFrom({ language: 'en' })).toEqual(DEFAULT_APPEARANCE);
	});

	it('gives the defaults for nothing, or for something that is not an object', () => {
		for (const stored of [undefined, null, 42, 'dark', []]) expect(appearanceFrom(stored)).toEqual(DEFAULT_APPEARANCE);
	});

	it('keeps valid values and replaces unknown ones one by one', () => {
		expect(appearanceFrom({ textSize: 175, theme: 'dark', motion: 'on' })).toEqual({
			textSize: 175,
			theme: 'dark',
			motion: 'on'
		});
		expect(appearanceFrom({ textSize: 300, theme: 'sepia', motion: 'on' })).toEqual({
			...DEFAULT_APPEARANCE,
			motion: 'on'
		});
		expect(appearanceFrom({ textSize: '200' }).textSize).toBe(100);
	});
});

describe('rootAttributes', () => {
	it('follows the system when the choice is "system"', () => {
		expect(rootAttributes(DEFAULT_APPEARANCE, lightSystem)).toEqual({
			theme: 'light',
			motion: 'no-preference',
			fontSize: '100%',
			themeColor: THEME_COLORS.light
		});
		expect(rootAttributes(DEFAULT_APPEARANCE, darkSystem)).toEqual({
			theme: 'dark',
			motion: 'reduce',
			fontSize: '100%',
			themeColor: THEME_COLORS.dark
		});
	});

	it('lets an explicit choice win over the system', () => {
		const chosen = { textSize: 200, theme: 'light', motion: 'off' } as const;
		expect(rootAttributes(chosen, darkSystem)).toMatchObject({ theme: 'light', motion: 'no-preference' });
		const dark = { textSize: 125, theme: 'dark', motion: 'on' } as const;
		expect(rootAttributes(dark, lightSystem)).toEqual({
			theme: 'dark',
			motion: 'reduce',
			fontSize: '125%',
			themeColor: THEME_COLORS.dark
		});
	});
});
