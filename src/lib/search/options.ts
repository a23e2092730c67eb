/*
 * How lessons are searched: the fields, their weights and the matching rules. One object for the
 * index built at build time (src/lib/server/search-index.ts) and the search in the browser, which
 * must agree on fields and tokens for a saved index to load.
 */
import type { Language, Subject } from '../content/types';
import { bigramTokens, indexTokens, tokenize } from './tokenize';

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
			// Chinese queries go by pairs of characters, each a prefix of an indexed word: 光合 finds
			// 光合作用 however the segmenter split the query, and in any browser.
			tokenize: (text: string) => (language === 'en' ? tokenize(text, language) : bigramTokens(text)),
			// A title match outranks a key term, which outranks the summary and then the body.
			boost: { title: 5, terms: 3, summary: 2, body: 1 },
			// A word being typed matches as a prefix once it has two letters (one letter would
			// match half the index); a Chinese character alone is a prefix already.
			prefix: (term: string) => term.length > 1 || (language !== 'en' && /\p{Script=Han}/u.test(term)),
			// English: a typo in a word of four letters or more still finds it; short words and
			// Chinese words are too short to guess at.
			fuzzy: (term: string) => (language === 'en' && term.length >= 4 ? 0.2 : false),
			// English words must all match (the searcher falls back to any). A Chinese query is
			// pairs of characters: any may match, and lessons with more pairs rank higher.
			combineWith: language === 'en' ? ('AND' as const) : ('OR' as const)
		}
	};
}
