import { getSummaries } from '$lib/server/lessons';

export function load() {
	// The first lesson of each subject with nothing to do first: a place to start.
	const summaries = getSummaries();
	const starters = summaries.filter((l) => l.prerequisites.length === 0);
	const firstPerSubject = [...new Map(starters.map((l) => [l.subject, l])).values()];
	return { starters: firstPerSubject, total: summaries.length, lessons: summaries };
}
