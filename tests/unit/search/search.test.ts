// Search over the real lessons, built exactly as the build builds the index, then loaded back
// as the browser loads it.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { loadLibrary } from '../../../src/lib/server/library';
import { buildSearchIndex, searchDocs } from '../../../src/lib/server/search-index';
import { indexOptions, searchAttempts, type SearchDoc } from '../../../src/lib/search/options';
import { Searcher } from '../../../src/lib/search/searcher';
import { bigramTokens, queryTokens, tokenize, wholeRun } from '../../../src/lib/search/tokenize';
import type { Language } from '../../../src/lib/content/types';

const { lessons } = loadLibrary({ root: resolve('lessons') });
// Building an index over every lesson takes a second or two.
vi.setConfig({ testTimeout: 30_000 });
const searchers = new Map<Language, Searcher>();
function searcher(language: Language) {
	let s = searchers.get(language);
	if (!s) {
		const json = buildSearchIndex(lessons, language);
		searchers.set(
			language,
			(s = new Searcher(
				MiniSearch.loadJSON<SearchDoc>(json, indexOptions(language)),
				new Map(lessons.map((l) => [l.id, l])),
				searchAttempts(language)
			))
		);
	}
	return s;
}
const ids = (language: Language, query: string, filters = {}) =>
	searcher(language)
		.search(query, filters)
		.map((h) => h.id);

describe('tokenize', () => {
	it('splits Chinese into words, English into lower-case words, and drops punctuation', () => {
		expect(tokenize('光合作用需要阳光。', 'zh-CN')).toEqual(expect.arrayContaining(['光合作用', '阳光']));
		expect(tokenize("Earth's Tilt, seasons!", 'en')).toEqual(['earth', 's', 'tilt', 'seasons']);
	});

	it('falls back to pairs of characters where a browser has no Intl.Segmenter', () => {
		expect(bigramTokens('天空蓝 blue')).toEqual(['天空', '空蓝', 'blue']);
		expect(tokenize('光', 'zh-CN', false)).toEqual(['光']);
	});
});

describe('query words', () => {
	it('keep a short Chinese query whole, and a long one as its words without particles', () => {
		expect(wholeRun('光合作')).toEqual(['光合作']);
		expect(wholeRun('天空为什么是蓝色')).toEqual([]);
		const words = queryTokens('天空为什么是蓝色', 'zh-CN');
		expect(words).toEqual(expect.arrayContaining(['天空', '蓝色']));
		expect(words).not.toContain('是');
	});

	it('find the lesson at every step of typing a Chinese word', () => {
		for (const typed of ['光', '光合', '光合作', '光合作用'])
			expect(ids('zh-CN', typed), typed).toContain('photosynthesis');
	});
});

describe('the search index', () => {
	it('stays small enough for a phone: ≤ 40 KB gzip per language', () => {
		for (const language of ['zh-CN', 'en'] as const) {
			const bytes = gzipSync(buildSearchIndex(lessons, language), { level: 9 }).length;
			expect(bytes, language).toBeLessThanOrEqual(40 * 1024);
		}
	});

	it('holds key terms and tags as terms, and headings in the body', () => {
		const refraction = searchDocs(lessons, 'zh-CN').find((d) => d.id === 'light-refraction')!;
		expect(refraction.terms).toContain('折射');
		expect(refraction.body).toContain(
			lessons.find((l) => l.id === 'light-refraction')!.text['zh-CN'].sections[0].title
		);
	});
});

describe('searching', () => {
	it('finds a lesson from two or three Chinese characters, and from English words', () => {
		expect(ids('zh-CN', '折射')[0]).toBe('light-refraction');
		expect(ids('zh-CN', '惯性')[0]).toBe('inertia');
		expect(ids('zh-CN', '光合')).toContain('photosynthesis');
		expect(ids('en', 'refraction')[0]).toBe('light-refraction');
		expect(ids('en', 'photosynth')).toContain('photosynthesis'); // a prefix, as typed
	});

	it('forgives a typo in English', () => {
		expect(ids('en', 'refracton')).toContain('light-refraction');
		expect(ids('en', 'inerta')).toContain('inertia');
	});

	it('ranks a title match above a body match', () => {
		const hits = searcher('zh-CN').search('磁铁');
		expect(hits[0]).toMatchObject({ id: 'magnets', fields: expect.arrayContaining(['title']) });
		expect(hits.length).toBeGreaterThan(1);
		const later = hits.find((h) => !h.fields.includes('title'));
		if (later) expect(hits[0].score).toBeGreaterThan(later.score);
	});

	it('says where a hit matched, and filters by strand, age, minutes and concept', () => {
		const [hit] = searcher('en').search('refraction');
		expect(hit).toMatchObject({ id: 'light-refraction', fields: expect.arrayContaining(['terms']) });
		expect(hit.words).toContain('refraction');
		expect(
			ids('zh-CN', '光', { subject: 'physics' }).every((id) => lessons.find((l) => l.id === id)!.subject === 'physics')
		).toBe(true);
		expect(ids('zh-CN', '光', { concept: 3 })).toContain('light-refraction');
		expect(ids('zh-CN', '光', { concept: 6 })).not.toContain('light-refraction');
		const sixteen = ids('en', 'energy', { age: 16 });
		expect(sixteen.every((id) => lessons.find((l) => l.id === id)!.ages[1] >= 16)).toBe(true);
		expect(ids('en', 'energy', { maxMinutes: 5 })).toEqual([]);
	});

	it('falls back to any word when no lesson has them all, and finds nothing for nothing', () => {
		expect(ids('en', 'refraction zzzzqqq')).toContain('light-refraction');
		expect(ids('zh-CN', '   ')).toEqual([]);
	});
});
