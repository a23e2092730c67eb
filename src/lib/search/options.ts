/*
 * How lessons are searched: the fields, their weights and the matching rules. One object for the
 * index built at build time (src/lib/server/search-index.ts) and the search in the browser, which
 * must agree on fields and tokens for a saved index to load.
 */
import type { Language, Subject } from '../content/types';
import { indexTokens, queryTokens, wholeRun } from './tokenize';

/** One lesson as the search index holds it. */
export interface SearchDoc {
	id: string;
	title: string;
	summary: string;
	/** Tags and key terms. */
	terms: string;
	/** Section headings and the section text's most distinctive words. */
	body: string;
	subject: Subject;
	ages: [number, number];
	minutes: number;
	concept: number;
}

export const SEARCH_FIELDS = ['title', 'terms', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export function indexOptions(language: Language) {
	return {
		fields: [...SEARCH_FIELDS],
		// Nothing stored: the page that searches has every lesson's summary already (/lessons).
		storeFields: [],
		tokenize: (text: string) => indexTokens(text, language),
		searchOptions: {
			// A title match outranks a key term, which outranks the summary and then the body.
			boost: { title: 5, terms: 3, summary: 2, body: 1 },
			// An English word being typed matches as a prefix from three letters (fewer match half
			// the index); a Chinese word or character always does.
			prefix: (term: string) => language !== 'en' || term.length > 2,
			// English: a typo in a word of four letters or more still finds it; short words and
			// Chinese words are too short to guess at.
			fuzzy: (term: string) => (language === 'en' && term.length >= 4 ? 0.2 : false),
			combineWith: 'AND' as const
		}
	};
}

/**
 * The ways a query is tried, in order, until one finds a lesson: each query word is a prefix of an
 * indexed word (光合 finds 光合作用). Chinese: the query whole while it is short (光合作 as typed),
 * then its words, all of which must match (天空 为什么 蓝色), then any of them. English: all
 * words, then any.
 */
export function searchAttempts(language: Language) {
	const words = (text: string) => queryTokens(text, language);
	if (language === 'en')
		return [
			{ tokenize: words, combineWith: 'AND' as const },
			{ tokenize: words, combineWith: 'OR' as const }
		];
	return [
		{ tokenize: wholeRun, combineWith: 'AND' as const },
		{ tokenize: words, combineWith: 'AND' as const },
		{ tokenize: words, combineWith: 'OR' as const }
	];
}
