import { error } from '@sveltejs/kit';
import { getLibrary, getSummaries } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getLibrary().lessons.map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) => {
	const lesson = getLibrary().lessons.find((l) => l.id === params.id);
	if (!lesson) error(404, 'No such lesson');
	const summaries = getSummaries();
	return {
		lesson,
		prerequisites: lesson.prerequisites.map((id) => summaries.find((s) => s.id === id)!)
	};
};
