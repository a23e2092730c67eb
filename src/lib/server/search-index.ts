/*
 * The search index of one language, built at build time and served as a static JSON file
 * (/search-index/<language>.json) that the browser loads on its first search. To stay small on a
 * phone (≤ 40 KB gzip at 60 lessons) the body of a lesson is indexed by its section headings and
 * its most distinctive words (TF-IDF, the top BODY_WORDS), not every word; titles, summaries, tags
 * and key terms are indexed whole.
 */
import MiniSearch from 'minisearch';
import type { Language, Lesson } from '../content/types';
import { plainText } from '../content/plain-text';
import { indexOptions, type SearchDoc } from '../search/options';
import { tokenize } from '../search/tokenize';

export const BODY_WORDS = 50;

/** Key terms of a lesson: the <dt> of its :::terms blocks. */
function keyTerms(html: string): string[] {
	return [...html.matchAll(/<dt>([\s\S]*?)<\/dt>/g)].map((m) => plainText(m[1]));
}

/** The search documents of every lesson in one language. */
export function searchDocs(lessons: Lesson[], language: Language): SearchDoc[] {
	// Words of one character (的, 是, a) say little about a lesson; they are left to titles.
	const bodies = lessons.map((l) =>
		tokenize(l.text[language].sections.map((s) => plainText(s.html)).join(' '), language).filter(
			(w) => w.length > (language === 'en' ? 2 : 1)
		)
	);
	const lessonsWith = new Map<string, number>();
	for (const words of bodies) for (const w of new Set(words)) lessonsWith.set(w, (lessonsWith.get(w) ?? 0) + 1);

	return lessons.map((lesson, i) => {
		const text = lesson.text[language];
		const counts = new Map<string, number>();
		for (const w of bodies[i]) counts.set(w, (counts.get(w) ?? 0) + 1);
		const distinctive = [...counts]
			.map(([word, n]) => ({ word, weight: n * Math.log((lessons.length + 1) / lessonsWith.get(word)!) }))
			.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
			.slice(0, BODY_WORDS)
			.map((x) => x.word);
		return {
			id: lesson.id,
			title: text.title,
			summary: text.summary,
			terms: [...text.tags, ...text.sections.flatMap((s) => keyTerms(s.html))].join(' '),
			body: [...text.sections.map((s) => s.title), ...distinctive].join(' '),
			subject: lesson.subject,
			ages: lesson.ages,
			minutes: lesson.minutes,
			concept: lesson.concept
		};
	});
}

/** The index of one language, as the JSON MiniSearch.loadJSON reads. */
export function buildSearchIndex(lessons: Lesson[], language: Language): string {
	const index = new MiniSearch<SearchDoc>(indexOptions(language));
	index.addAll(searchDocs(lessons, language));
	return JSON.stringify(index);
}
