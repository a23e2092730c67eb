/*
 * Search on the lessons page: the query and filters as the learner sets them, the index loaded
 * on first use (never with the page: MiniSearch and the index come when the learner starts
 * searching, and from the precache offline), and the hits.
 */
import { base } from '$app/paths';
import type { Language, LessonSummary } from '$lib/content/types';
import type { SearchDoc } from '$lib/search/options';
import type { Searcher, SearchHit } from '$lib/search/searcher';
import { matchesFilters, type SearchFilters } from '$lib/search/filters';

export class LessonSearch {
	query = $state('');
	filters = $state<SearchFilters>({});
	status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	#searcher = $state.raw<Searcher>();
	#language: Language | undefined;

	/** The lessons by id: a fixed lookup, never changed, so a plain Map is meant. */
	readonly #byId: ReadonlyMap<string, LessonSummary>;

	constructor(readonly lessons: LessonSummary[]) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = new Map(lessons.map((l) => [l.id, l]));
	}

	/** Loads the index of this language, once (again after a language switch). */
	async prepare(language: Language): Promise<void> {
		if (this.#language === language && this.status !== 'failed') return;
		this.#language = language;
		this.status = 'loading';
		try {
			// The engine, our options for it and the index, in one go: none of it is in the page.
			const [{ default: MiniSearch }, { indexOptions, searchAttempts }, { Searcher }, json] = await Promise.all([
				import('minisearch'),
				import('$lib/search/options'),
				import('$lib/search/searcher'),
				fetch(`${base}/search-index/${language}.json`).then((r) => {
					if (!r.ok) throw new Error(`search index: ${r.status}`);
					return r.text();
				})
			]);
			if (this.#language !== language) return; // switched meanwhile: that load wins
			const index = MiniSearch.loadJSON<SearchDoc>(json, indexOptions(language));
			this.#searcher = new Searcher(index, this.#byId, searchAttempts(language));
			// One throwaway query while the learner has not typed yet: the engine's code runs warm
			// and the word segmenter has loaded its dictionary (about 100 ms on a slow phone) by
			// the first real query.
			this.#searcher.search(language === 'en' ? 'why is light' : '天空为什么是蓝色');
			this.status = 'ready';
		} catch (e) {
			console.error(e);
			if (this.#language === language) this.status = 'failed';
		}
	}

	get active(): boolean {
		return this.query.trim() !== '' || Object.values(this.filters).some((v) => v !== undefined);
	}

	/** What to list: the hits for the query, or every lesson the filters let through. */
	results = $derived.by((): { lesson: LessonSummary; hit?: SearchHit }[] => {
		if (!this.query.trim())
			return this.lessons.filter((l) => matchesFilters(l, this.filters)).map((lesson) => ({ lesson }));
		if (!this.#searcher) return [];
		const started = performance.now();
		const hits = this.#searcher.search(this.query, this.filters);
		// Read by scripts/bench-search.ts: how long one query takes in a real browser.
		performance.measure('tansuo:search', { start: started, detail: this.query });
		return hits.flatMap((hit) => {
			const lesson = this.#byId.get(hit.id);
			return lesson ? [{ lesson, hit }] : [];
		});
	});
}
