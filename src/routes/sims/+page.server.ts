import { getLibrary } from '$lib/server/lessons';
import { SIMS } from '$lib/sims/catalog';
import { simRoom, startState } from '$lib/sims/types';

/** Each simulation with its defaults and the lessons that use it; its code loads in the page. */
export function load() {
	const lessons = getLibrary().lessons;
	return {
		sims: Object.values(SIMS)
			.map((model) => ({
				name: model.name,
				title: model.title,
				start: startState(model),
				room: simRoom(model),
				lessons: lessons
					.filter(
						(l) =>
							(['zh-CN', 'en'] as const).some((lang) =>
								l.text[lang].sections.some((s) => s.sims.some((b) => b.sim === model.name))
							) || l.text['zh-CN'].quiz.some((q) => q.type === 'sim' && q.sim === model.name)
					)
					.map((l) => ({ id: l.id, title: { 'zh-CN': l.text['zh-CN'].title, en: l.text.en.title } }))
			}))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
}
