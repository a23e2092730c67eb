/*
 * Named reads of one learner's records, for the pages that show progress, what is next and what
 * is due. Pages call these (often through `live()`), never Dexie directly.
 */
import { database } from './database';
import type { Attempt, DayActivity, LessonProgress, ReviewCard } from './rows';

/** Every lesson the learner has opened, with their place and best result in it. */
export function progressOf(profileId: string): Promise<LessonProgress[]> {
	return database().lessonProgress.where('profileId').equals(profileId).toArray();
}

/** The learner's activity, one row per day they answered anything. */
export function activityOf(profileId: string): Promise<DayActivity[]> {
	return database().dailyActivity.where('profileId').equals(profileId).toArray();
}

function dueRange(profileId: string, now: number) {
	return database()
		.reviewCards.where('[profileId+card.due]')
		.between([profileId, -Infinity], [profileId, now], true, true);
}

/** The review cards due at `now`, the longest overdue first. */
export function dueCards(profileId: string, now: number): Promise<ReviewCard[]> {
	return dueRange(profileId, now).toArray();
}

export function dueCount(profileId: string, now: number): Promise<number> {
	return dueRange(profileId, now).count();
}

/** How many cards are due, and since when the longest-waiting one has been (home shows its age). */
export async function dueSummary(profileId: string, now: number): Promise<{ count: number; oldestDue?: number }> {
	const range = dueRange(profileId, now);
	const [count, oldest] = await Promise.all([range.count(), range.first()]);
	return { count, oldestDue: oldest?.card.due };
}

/**
 * The last attempt at each of these cards' questions (review shows another form of the question
 * than last time), keyed "lessonId|questionId". One indexed read per lesson in the list.
 */
export async function lastAttempts(profileId: string, cards: ReviewCard[]): Promise<Map<string, Attempt>> {
	const wanted = new Set(cards.map((c) => `${c.lessonId}|${c.questionId}`));
	const last = new Map<string, Attempt>();
	await Promise.all(
		[...new Set(cards.map((c) => c.lessonId))].map(async (lessonId) => {
			// In the order saved (auto-increment ids), so a later attempt replaces an earlier one.
			const attempts = await database().attempts.where('[profileId+lessonId]').equals([profileId, lessonId]).toArray();
			for (const a of attempts) {
				const key = `${a.lessonId}|${a.questionId}`;
				if (wanted.has(key)) last.set(key, a);
			}
		})
	);
	return last;
}
