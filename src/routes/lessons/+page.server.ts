import { SUBJECTS } from '$lib/content/types';
import { getSummaries } from '$lib/server/lessons';

export function load() {
	const summaries = getSummaries();
	return {
		subjects: SUBJECTS.map((subject) => ({
			subject,
			lessons: summaries.filter((l) => l.subject === subject)
		})).filter((s) => s.lessons.length > 0),
		total: summaries.length
	};
}
