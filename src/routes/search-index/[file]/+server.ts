// The search index of each language as a static JSON file, loaded on the first search only.
import { error } from '@sveltejs/kit';
import { LANGUAGES } from '$lib/content/types';
import { getLibrary } from '$lib/server/lessons';
import { buildSearchIndex } from '$lib/server/search-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGUAGES.map((language) => ({ file: `${language}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const language = LANGUAGES.find((l) => `${l}.json` === params.file);
	if (!language) error(404, 'No such index');
	return new Response(buildSearchIndex(getLibrary().lessons, language), {
		headers: { 'content-type': 'application/json' }
	});
};
