import { getSummaries } from '$lib/server/lessons';

/** Only what the map shows of each lesson: the page's data stays small. */
export function load() {
	return {
		lessons: getSummaries().map(({ id, concept, prerequisites, text }) => ({
			id,
			concept,
			prerequisites,
			text: { 'zh-CN': { title: text['zh-CN'].title }, en: { title: text.en.title } }
		}))
	};
}
