/*
 * What can be rebuilt from attempts alone: review cards, daily activity and time spent. Used by
 * the version 2 migration (and kept pure, so the migration can be tested without a browser).
 */
import type { Attempt, DayActivity, ReviewCard } from './rows';
import { review } from '../review/schedule';
import { dayOf } from '../progress/days';

export function deriveFromAttempts(attempts: Attempt[]): {
	cards: ReviewCard[];
	days: DayActivity[];
	timeMs: Map<string, number>;
} {
	const cards = new Map<string, ReviewCard>();
	const days = new Map<string, DayActivity>();
	const timeMs = new Map<string, number>();
	for (const a of [...attempts].sort((x, y) => x.at - y.at)) {
		if (a.firstTry) {
			const key = `${a.profileId}|${a.lessonId}|${a.questionId}`;
			const before = cards.get(key);
			cards.set(key, {
				profileId: a.profileId,
				lessonId: a.lessonId,
				questionId: a.questionId,
				card: review(before?.card, a.correct, a.hintsUsed, a.at)
			});
		}
		const dayKey = `${a.profileId}|${dayOf(a.at)}`;
		const day = days.get(dayKey) ?? { profileId: a.profileId, day: dayOf(a.at), answers: 0, correct: 0, ms: 0 };
		day.answers++;
		if (a.correct) day.correct++;
		day.ms += a.ms;
		days.set(dayKey, day);
		const lessonKey = `${a.profileId}|${a.lessonId}`;
		timeMs.set(lessonKey, (timeMs.get(lessonKey) ?? 0) + a.ms);
	}
	return { cards: [...cards.values()], days: [...days.values()], timeMs };
}
