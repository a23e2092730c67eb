/*
 * Words for search, the same at build time (documents) and in the browser (queries). Chinese has
 * no spaces: Intl.Segmenter splits it into words (光合作用, 折射). Where a browser lacks it, runs of
 * Chinese characters become overlapping pairs (光合, 合作, 作用), which still find a word indexed
 * whole through prefix search. Punctuation and spaces are dropped; everything is lower-cased.
 */
import type { Language } from '../content/types';

const HAN = /\p{Script=Han}/u;
const segmenters = new Map<Language, Intl.Segmenter>();
const EN_STOP = new Set(
	'a an the is are was were be of to in on at and or for it its do does did why what how when where which who can could you your i my we our this that these those there'.split(
		' '
	)
);

function segmenter(language: Language): Intl.Segmenter | undefined {
	if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
	let s = segmenters.get(language);
	if (!s) segmenters.set(language, (s = new Intl.Segmenter(language === 'en' ? 'en' : 'zh', { granularity: 'word' })));
	return s;
}

/** Pairs of neighbouring Chinese characters, and other words whole: the fallback segmentation. */
export function bigramTokens(text: string): string[] {
	const out: string[] = [];
	for (const [run] of text.toLowerCase().matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+/gu)) {
		if (!HAN.test(run)) out.push(run);
		else if (run.length === 1) out.push(run);
		else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
	}
	return out;
}

export function tokenize(text: string, language: Language, useSegmenter = true): string[] {
	const s = useSegmenter ? segmenter(language) : undefined;
	if (!s) return bigramTokens(text);
	const out: string[] = [];
	for (const part of s.segment(text.toLowerCase())) {
		if (!part.isWordLike) continue;
		// English word segments keep apostrophes ("earth's"): search by the word itself.
		out.push(...part.segment.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
	}
	return out;
}

/**
 * Words for the index: the segmenter's words, plus the pairs inside any run of single Chinese
 * characters it left (惯 性 → also 惯性), so that a two-character query, searched as a prefix,
 * finds them whichever way the segmenter split the text.
 */
export function indexTokens(text: string, language: Language): string[] {
	const words = tokenize(text, language);
	if (language === 'en') return words;
	const out = [...words];
	for (let i = 0; i + 1 < words.length; i++) {
		if (words[i].length === 1 && words[i + 1].length === 1 && HAN.test(words[i]) && HAN.test(words[i + 1]))
			out.push(words[i] + words[i + 1]);
	}
	return out;
}

/**
 * Words of a query, searched as prefixes. English: its words. Chinese: the segmenter's words of
 * two characters or more, with runs of single characters joined in pairs (光 合 → 光合), so that a
 * long question (天空为什么是蓝色) searches a few words (天空, 为什么, 蓝色) rather than every pair;
 * a query of one character is that character. Without Intl.Segmenter, pairs of characters.
 */
export function queryTokens(text: string, language: Language): string[] {
	if (language === 'en') {
		// "why is the sky blue" searches sky and blue: the little words are in every lesson.
		const words = tokenize(text, language);
		const meaningful = words.filter((w) => !EN_STOP.has(w));
		return meaningful.length ? meaningful : words;
	}
	if (!segmenter(language)) return bigramTokens(text);
	const words = indexTokens(text, language);
	const long = words.filter((w) => w.length > 1 || !HAN.test(w));
	return long.length ? long : words;
}

/**
 * A short Chinese query as typed, whole: 光合作 is the start of 光合作用 however a segmenter would
 * split it. Longer text, or text with other characters, gives no tokens (the next way is tried).
 */
export function wholeRun(text: string): string[] {
	const run = text.trim().toLowerCase();
	return /^\p{Script=Han}{1,4}$/u.test(run) ? [run] : [];
}
