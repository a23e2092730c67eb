/*
 * The compare-and-set write past Dexie: it writes all or nothing, never over a row that changed,
 * passes the browser's refusal on, and Dexie's live queries still see what it wrote.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TansuoDatabase, type DayActivity, type LessonProgress } from '../../../src/lib/db/database';
import { writeIfUnchanged } from '../../../src/lib/db/direct-write';

const P = 'p-1';
const progress = (timeMs: number): LessonProgress => ({
	profileId: P,
	lessonId: 'levers',
	step: 2,
	openedAt: 1,
	updatedAt: 2,
	timeMs
});
const activity = (answers: number): DayActivity => ({ profileId: P, day: '2026-12-06', answers, correct: 0, ms: 0 });

let db: TansuoDatabase;
beforeEach(async () => {
	db = new TansuoDatabase(`direct-${Math.random()}`);
	await db.lessonProgress.put(progress(1000));
});
afterEach(() => db.delete());

/** One answer's worth: the progress row as read, then an activity row and the new progress. */
const answer = (expected: LessonProgress | undefined, answers = 1) =>
	writeIfUnchanged(
		db,
		[{ table: db.lessonProgress, key: [P, 'levers'], row: expected }],
		[
			{ table: db.dailyActivity, row: activity(answers), add: true },
			{ table: db.lessonProgress, row: progress(2000) }
		]
	);

describe('writing when the rows read earlier are unchanged', () => {
	it('writes every row and says so', async () => {
		expect(await answer(progress(1000))).toBe(true);
		expect(await db.lessonProgress.get([P, 'levers'])).toEqual(progress(2000));
		expect(await db.dailyActivity.toArray()).toEqual([activity(1)]);
	});

	it('writes nothing when a row changed since it was read', async () => {
		expect(await answer(progress(500))).toBe(false);
		expect(await answer(undefined)).toBe(false); // read as missing, but it is there
		expect(await db.lessonProgress.get([P, 'levers'])).toEqual(progress(1000));
		expect(await db.dailyActivity.count()).toBe(0);
	});

	it('passes on a refused write and keeps what was there', async () => {
		await db.dailyActivity.add(activity(7));
		// Adding a row whose key exists is refused (ConstraintError), as a full disk would be.
		await expect(answer(progress(1000))).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await db.lessonProgress.get([P, 'levers'])).toEqual(progress(1000));
		expect(await db.dailyActivity.toArray()).toEqual([activity(7)]);
	});

	it('leaves the write to Dexie when the database is closed', async () => {
		db.close({ disableAutoOpen: false });
		expect(await answer(progress(1000))).toBe(false);
		expect(await db.lessonProgress.get([P, 'levers'])).toEqual(progress(1000)); // reopened
	});

	it('updates live queries that read the written tables', async () => {
		const seen: number[] = [];
		const subscription = liveQuery(() =>
			db.lessonProgress
				.where('profileId')
				.equals(P)
				.first((p) => p?.timeMs ?? 0)
		).subscribe((timeMs) => seen.push(timeMs));
		await expect.poll(() => seen).toEqual([1000]);
		expect(await answer(progress(1000))).toBe(true);
		await expect.poll(() => seen).toEqual([1000, 2000]);
		subscription.unsubscribe();
	});
});
