/*
 * How the app looks on this device: text size, light or dark theme, reduced motion. Pure: what is
 * stored comes in as an unknown value and what the system prefers comes in as arguments, and out
 * come the attributes to put on <html>.
 *
 * src/lib/appearance/pre-paint.js does the same before first paint (it cannot import this module), and
 * tests/unit/appearance/appearance-script.test.ts checks that the two agree.
 */

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Reduced motion: follow the system, always on, or always off. */
export const MOTIONS = ['system', 'on', 'off'] as const;
export type Motion = (typeof MOTIONS)[number];

export interface Appearance {
	textSize: TextSize;
	theme: Theme;
	motion: Motion;
}

export const DEFAULT_APPEARANCE: Appearance = { textSize: 100, theme: 'system', motion: 'system' };

/** What the system asks for, from prefers-color-scheme and prefers-reduced-motion. */
export interface SystemPreferences {
	dark: boolean;
	reducedMotion: boolean;
}

/** The browser bar colour for each theme: the header's background. */
export const THEME_COLORS = { light: '#0f766e', dark: '#0b2522' } as const;

/** `value` if it is one of `allowed`, else `fallback`: stored data is never trusted as typed. */
export function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The appearance part of the stored settings object. Anything missing or unknown (an object saved
 * by an older version holds only `language`) falls back to the default.
 */
export function appearanceFrom(stored: unknown): Appearance {
	const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
	return {
		textSize: oneOf(TEXT_SIZES, s.textSize, DEFAULT_APPEARANCE.textSize),
		theme: oneOf(THEMES, s.theme, DEFAULT_APPEARANCE.theme),
		motion: oneOf(MOTIONS, s.motion, DEFAULT_APPEARANCE.motion)
	};
}

/** What <html> carries for an appearance: read by the theme, text-size and motion rules of app.css. */
export interface RootAttributes {
	/** The theme in effect, `system` resolved. */
	theme: 'light' | 'dark';
	/** `reduce` when motion is reduced, else `no-preference` (the values of the media feature). */
	motion: 'reduce' | 'no-preference';
	/** The root font size, e.g. `150%`; every size in app.css is in rem, so everything follows. */
	fontSize: string;
	themeColor: string;
}

/** Resolves the settings against the system's preferences. */
export function rootAttributes(appearance: Appearance, system: SystemPreferences): RootAttributes {
	const theme = appearance.theme === 'system' ? (system.dark ? 'dark' : 'light') : appearance.theme;
	const reduce = appearance.motion === 'system' ? system.reducedMotion : appearance.motion === 'on';
	return {
		theme,
		motion: reduce ? 'reduce' : 'no-preference',
		fontSize: `${appearance.textSize}%`,
		themeColor: THEME_COLORS[theme]
	};
}
