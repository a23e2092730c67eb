import { error } from '@sveltejs/kit';
import type { LessonInLanguage } from '$lib/content/types';
import { languageOfPath } from '$lib/i18n/paths';
import { getLibrary, getSummaries } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getLibrary().lessons.map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params, url }) => {
	const found = getLibrary().lessons.find((l) => l.id === params.id);
	if (!found) error(404, 'No such lesson');
	// Only the page's language: /lessons/x in Chinese, /en/lessons/x in English.
	const { text, ...meta } = found;
	const language = languageOfPath(url.pathname);
	// The practice bank is for review (quiz-data); the lesson page leaves it out.
	const lesson: LessonInLanguage = { ...meta, language, text: { ...text[language], bank: [] } };
	const summaries = getSummaries();
	return {
		lesson,
		prerequisites: lesson.prerequisites.map((id) => summaries.find((s) => s.id === id)!)
	};
};
