/*
 * The UI dictionaries, one per language. Chinese is the reference: English must have every key
 * it has, which the type below enforces at compile time.
 */
import type { Language } from '../content/types';
import { zhCN } from './zh-CN';
import { en } from './en';

export type Dictionary = typeof zhCN;

export const dictionaries: Record<Language, Dictionary> = { 'zh-CN': zhCN, en };

/** The language a browser asks for: any Chinese → 中文, anything else → English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
	const first = preferred[0] ?? '';
	return /^zh\b/i.test(first) ? 'zh-CN' : 'en';
}
