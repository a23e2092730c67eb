/*
 * Searching the lesson index: a query, optional filters (strand, age, minutes, core concept), and
 * for each hit the fields and words it matched, so a result can say where. A query is tried in
 * several ways, strictest first, until one finds something (see searchAttempts).
 * The index stores no lesson data: filters read the lessons' summaries, which the page has.
 */
import type MiniSearch from 'minisearch';
import { matchesFilters, type Filterable, type SearchFilters } from './filters';
import type { SearchOptions } from 'minisearch';
import { SEARCH_FIELDS, type SearchDoc, type SearchField } from './options';

export interface SearchHit {
	id: string;
	score: number;
	/** Where the query matched, most important field first. */
	fields: SearchField[];
	/** The indexed words that matched. */
	words: string[];
}

export class Searcher {
	constructor(
		readonly index: MiniSearch<SearchDoc>,
		/** The lessons by id, for filtering. */
		readonly lessons: ReadonlyMap<string, Filterable>,
		/** The ways a query is tried in turn (options.ts, searchAttempts). */
		readonly attempts: SearchOptions[] = [{}, { combineWith: 'OR' }]
	) {}

	search(query: string, filters: SearchFilters = {}, limit = 30): SearchHit[] {
		if (!query.trim()) return [];
		const filter = (r: { id: string }) => {
			const lesson = this.lessons.get(r.id);
			return !!lesson && matchesFilters(lesson, filters);
		};
		let results: ReturnType<typeof this.index.search> = [];
		for (const attempt of this.attempts) {
			results = this.index.search(query, { ...attempt, filter });
			if (results.length) break;
		}
		return results.slice(0, limit).map((r) => {
			const fields = new Set(Object.values(r.match).flat() as SearchField[]);
			return {
				id: r.id as string,
				score: r.score,
				fields: SEARCH_FIELDS.filter((f) => fields.has(f)),
				words: Object.keys(r.match)
			};
		});
	}
}
