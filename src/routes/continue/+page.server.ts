import { getSummaries } from '$lib/server/lessons';

export function load() {
	return { lessons: getSummaries() };
}
