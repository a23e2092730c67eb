import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { TansuoDatabase, SCHEMA_VERSION } from '../../../src/lib/db/database';
import type { Attempt, LessonProgress, Profile } from '../../../src/lib/db/rows';
import { dayOf } from '../../../src/lib/progress/days';

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as {
	profiles: Profile[];
	lessonProgress: LessonProgress[];
	attempts: Attempt[];
};

/** Writes the fixture with schema version 1 exactly as it shipped. */
async function makeVersion1(name: string) {
	const old = new Dexie(name);
	old.version(1).stores({
		profiles: 'id, createdAt',
		attempts: '++id, [profileId+lessonId], [profileId+lessonId+runId], [profileId+at], at',
		lessonProgress: '[profileId+lessonId], profileId, updatedAt'
	});
	await old.table('profiles').bulkAdd(v1.profiles);
	await old.table('lessonProgress').bulkAdd(v1.lessonProgress);
	await old.table('attempts').bulkAdd(v1.attempts);
	old.close();
}

describe('schema migrations', () => {
	it('opens a version 1 database and loses nothing', async () => {
		await makeVersion1('migrate-v1');
		const db = new TansuoDatabase('migrate-v1');
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);

		expect(await db.profiles.orderBy('createdAt').toArray()).toEqual(v1.profiles);
		const attempts = await db.attempts.orderBy('at').toArray();
		expect(attempts.map(({ id: _id, ...a }) => a)).toEqual(v1.attempts);
		const mei = await db.lessonProgress.get(['p-mei', 'light-refraction']);
		expect(mei).toMatchObject({ step: 4, run: v1.lessonProgress[0].run });
		const lei = await db.lessonProgress.get(['p-lei', 'cells']);
		expect(lei?.best).toEqual({ score: 1, mastered: true, at: 1764136500000 });
		db.close();
	});

	it('derives review cards, daily activity and time spent from version 1 attempts', async () => {
		await makeVersion1('migrate-v1-derived');
		const db = new TansuoDatabase('migrate-v1-derived');
		await db.open();

		// One card per question answered, from its first try: the miss is due sooner.
		const cards = await db.reviewCards.where('profileId').equals('p-mei').toArray();
		expect(cards.map((c) => c.questionId).sort()).toEqual(['q-a', 'q-b']);
		const missed = cards.find((c) => c.questionId === 'q-a')!.card;
		const right = cards.find((c) => c.questionId === 'q-b')!.card;
		expect(missed.due - 1764050100000).toBeLessThan(right.due - 1764050300000);
		expect(missed.lapses + missed.reps).toBeGreaterThan(0);

		const meiDay = await db.dailyActivity.get(['p-mei', dayOf(1764050100000)]);
		expect(meiDay).toEqual({ profileId: 'p-mei', day: dayOf(1764050100000), answers: 3, correct: 2, ms: 25000 });
		expect((await db.lessonProgress.get(['p-mei', 'light-refraction']))?.timeMs).toBe(25000);
		expect((await db.lessonProgress.get(['p-lei', 'cells']))?.timeMs).toBe(10000);
		db.close();
	});

	it('creates an empty current database from nothing', async () => {
		const db = new TansuoDatabase('fresh');
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'assignments',
			'attempts',
			'classes',
			'dailyActivity',
			'lessonProgress',
			'profiles',
			'reports',
			'reviewCards',
			'teacherAssignments'
		]);
		db.close();
	});

	it('opens a version 2 database and loses nothing, with empty assignment tables', async () => {
		const old = new Dexie('migrate-v2');
		old.version(2).stores({
			profiles: 'id, createdAt',
			attempts: '++id, [profileId+lessonId], [profileId+lessonId+runId], [profileId+at], at',
			lessonProgress: '[profileId+lessonId], profileId, updatedAt',
			reviewCards: '[profileId+lessonId+questionId], [profileId+card.due], profileId',
			dailyActivity: '[profileId+day], profileId'
		});
		const card = { profileId: 'p-mei', lessonId: 'cells', questionId: 'q-a', card: { due: 5, state: 2 } };
		const day = { profileId: 'p-mei', day: '2026-11-20', answers: 3, correct: 2, ms: 9000 };
		await old.table('profiles').bulkAdd(v1.profiles);
		await old.table('lessonProgress').bulkAdd(v1.lessonProgress);
		await old.table('attempts').bulkAdd(v1.attempts);
		await old.table('reviewCards').add(card);
		await old.table('dailyActivity').add(day);
		old.close();

		const db = new TansuoDatabase('migrate-v2');
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(await db.profiles.orderBy('createdAt').toArray()).toEqual(v1.profiles);
		expect(await db.attempts.count()).toBe(v1.attempts.length);
		expect(await db.lessonProgress.toArray()).toHaveLength(v1.lessonProgress.length);
		expect(await db.reviewCards.toArray()).toEqual([card]);
		expect(await db.dailyActivity.toArray()).toEqual([day]);
		expect(await db.assignments.count()).toBe(0);
		expect(await db.reports.count()).toBe(0);
		db.close();
	});
});
