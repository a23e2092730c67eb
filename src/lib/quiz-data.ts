/*
 * Lessons' quizzes as the browser fetches them (one small JSON file per lesson, precached), for
 * pages that need questions without the lesson: review, reports, the teacher's dashboard.
 */
import { base } from '$app/paths';
import type { Language, Question } from './content/types';

export interface QuizData {
	id: string;
	text: Record<Language, { title: string; quiz: Question[]; bank?: Question[] }>;
}

/** The quizzes of these lessons; a lesson that no longer exists (removed in an update) is left out. */
export async function loadQuizData(ids: Iterable<string>): Promise<Map<string, QuizData>> {
	const found = new Map<string, QuizData>();
	await Promise.all(
		[...new Set(ids)].map(async (id) => {
			try {
				const res = await fetch(`${base}/quiz-data/${id}.json`);
				if (res.ok) found.set(id, (await res.json()) as QuizData);
			} catch {
				// Offline before the precache finished, or removed: the caller shows what it has.
			}
		})
	);
	return found;
}
