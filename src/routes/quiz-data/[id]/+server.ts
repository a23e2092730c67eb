// Each lesson's quiz as a small JSON file, so the review page loads only the lessons it needs.
import { error, json } from '@sveltejs/kit';
import { getLibrary } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getLibrary().lessons.map((l) => ({ id: `${l.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const lesson = getLibrary().lessons.find((l) => `${l.id}.json` === params.id);
	if (!lesson) error(404, 'No such lesson');
	return json({
		id: lesson.id,
		text: {
			'zh-CN': { title: lesson.text['zh-CN'].title, quiz: lesson.text['zh-CN'].quiz, bank: lesson.text['zh-CN'].bank },
			en: { title: lesson.text.en.title, quiz: lesson.text.en.quiz, bank: lesson.text.en.bank }
		}
	});
};
