/*
 * Spaced review with FSRS (ts-fsrs), target retention 0.9. Every question a learner answers
 * becomes a card; a miss brings it back soon, an easy success pushes it further away. Cards are
 * stored with plain millisecond times so they survive IndexedDB and JSON backups unchanged.
 * Time always comes in as `now`.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

export interface StoredCard {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review?: number;
}

export const RETENTION = 0.9;
const scheduler = fsrs(generatorParameters({ request_retention: RETENTION, enable_fuzz: false }));

/** Wrong → Again; right with hints → Hard; right unaided → Good. */
export function ratingFor(correct: boolean, hintsUsed: number): Grade {
	if (!correct) return Rating.Again;
	return hintsUsed > 0 ? Rating.Hard : Rating.Good;
}

function toCard(c: StoredCard): Card {
	return { ...c, due: new Date(c.due), last_review: c.last_review === undefined ? undefined : new Date(c.last_review) };
}

function toStored(c: Card): StoredCard {
	return {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		last_review: c.last_review?.getTime()
	};
}

/** The card after one answer: a new card when there was none. */
export function review(card: StoredCard | undefined, correct: boolean, hintsUsed: number, now: number): StoredCard {
	const current = card ? toCard(card) : createEmptyCard(new Date(now));
	return toStored(scheduler.next(current, new Date(now), ratingFor(correct, hintsUsed)).card);
}

export function isDue(card: StoredCard, now: number): boolean {
	return card.due <= now;
}
