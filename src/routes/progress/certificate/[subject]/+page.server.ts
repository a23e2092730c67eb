import { error } from '@sveltejs/kit';
import { SUBJECTS, type Subject } from '$lib/content/types';
import { getSummaries } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => SUBJECTS.map((subject) => ({ subject }));

export const load: PageServerLoad = ({ params }) => {
	if (!SUBJECTS.includes(params.subject as Subject)) error(404, 'No such subject');
	const subject = params.subject as Subject;
	return { subject, lessons: getSummaries().filter((l) => l.subject === subject) };
};
