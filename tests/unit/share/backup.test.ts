import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_VERSION,
	decodeBackup,
	encodeBackup,
	checkAgainstQuizzes,
	importPlan,
	quizShapes,
	sha256,
	type BackupData
} from '../../../src/lib/share/backup';

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8'));
const data: BackupData = {
	profiles: v1.profiles,
	attempts: v1.attempts,
	lessonProgress: v1.lessonProgress,
	reviewCards: [
		{
			profileId: 'p-mei',
			lessonId: 'light-refraction',
			questionId: 'q-a',
			card: {
				due: 1,
				stability: 1,
				difficulty: 5,
				elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 0,
				reps: 1,
				lapses: 0,
				state: 1
			}
		}
	],
	dailyActivity: [{ profileId: 'p-mei', day: '2026-11-25', answers: 3, correct: 2, ms: 25000 }],
	assignments: [
		{
			profileId: 'p-mei',
			id: 'aaaaaaaaaaaa',
			receivedAt: 5,
			assignment: {
				id: 'aaaaaaaaaaaa',
				title: '光的折射',
				note: '',
				className: '七年级一班',
				due: '2026-12-01',
				lessons: ['light-refraction'],
				secret: 'B'.repeat(22),
				created: 1
			}
		}
	],
	classes: [{ id: 'c1', name: '七年级一班', createdAt: 1 }],
	teacherAssignments: [
		{
			id: 'aaaaaaaaaaaa',
			classId: 'c1',
			assignment: {
				id: 'aaaaaaaaaaaa',
				title: '光的折射',
				note: '',
				className: '七年级一班',
				due: '2026-12-01',
				lessons: ['light-refraction'],
				secret: 'B'.repeat(22),
				created: 1
			}
		}
	],
	reports: [
		{
			key: 'aaaaaaaaaaaa/李梅',
			assignmentId: 'aaaaaaaaaaaa',
			receivedAt: 9,
			report: {
				assignmentId: 'aaaaaaaaaaaa',
				student: '李梅',
				made: 8,
				lessons: [{ id: 'light-refraction', status: 'mastered', seconds: 300, firstTry: [true, false, null] }]
			}
		}
	]
};
const NOW = Date.UTC(2026, 10, 25);

/** Re-signs an edited file, as a careful forger would, so only the shape checks can catch it. */
async function resign(file: { data: unknown; checksum: string }) {
	file.checksum = await sha256(JSON.stringify(file.data));
	return JSON.stringify(file);
}

describe('backup files', () => {
	it('round-trip every table', async () => {
		const text = await encodeBackup(data, NOW);
		const decoded = await decodeBackup(text);
		expect(decoded).toEqual({ ok: true, data, exportedAt: '2026-11-25T00:00:00.000Z' });
	});

	it('leave out database keys of attempts', async () => {
		const withIds = { ...data, attempts: data.attempts.map((a, i) => ({ ...a, id: i + 1 })) };
		const decoded = await decodeBackup(await encodeBackup(withIds, NOW));
		expect(decoded.ok && decoded.data.attempts.every((a) => !('id' in a))).toBe(true);
	});

	it('refuse a truncated or non-JSON file', async () => {
		const text = await encodeBackup(data, NOW);
		expect(await decodeBackup(text.slice(0, text.length / 2))).toEqual({ ok: false, reason: 'not-json' });
		expect(await decodeBackup('')).toEqual({ ok: false, reason: 'not-json' });
		expect(await decodeBackup('\u0000\u0001PK')).toEqual({ ok: false, reason: 'not-json' });
	});

	it('refuse a file from another app', async () => {
		expect(await decodeBackup('{"hello":"world"}')).toEqual({ ok: false, reason: 'not-a-backup' });
		expect(await decodeBackup('[1,2,3]')).toEqual({ ok: false, reason: 'not-a-backup' });
		expect(await decodeBackup('null')).toEqual({ ok: false, reason: 'not-a-backup' });
	});

	it('refuse a file from a newer version', async () => {
		const file = JSON.parse(await encodeBackup(data, NOW));
		file.version = BACKUP_VERSION + 1;
		expect(await decodeBackup(JSON.stringify(file))).toEqual({ ok: false, reason: 'newer-version' });
	});

	it('refuse a file whose contents were changed or damaged', async () => {
		const file = JSON.parse(await encodeBackup(data, NOW));
		file.data.attempts[0].correct = true;
		expect(await decodeBackup(JSON.stringify(file))).toEqual({ ok: false, reason: 'checksum' });
	});

	it('refuse a re-signed file with records of the wrong shape, saying where', async () => {
		const file = JSON.parse(await encodeBackup(data, NOW));
		file.data.attempts[1].hintsUsed = -1;
		expect(await decodeBackup(await resign(file))).toEqual({
			ok: false,
			reason: 'invalid',
			record: { table: 'attempts', index: 1, field: 'hintsUsed' }
		});
		const orphan = JSON.parse(await encodeBackup(data, NOW));
		orphan.data.dailyActivity[0].profileId = 'p-nobody';
		expect(await decodeBackup(await resign(orphan))).toMatchObject({
			ok: false,
			reason: 'invalid',
			record: { table: 'dailyActivity', index: 0, field: expect.stringMatching(/profileId/) }
		});
		const missing = JSON.parse(await encodeBackup(data, NOW));
		delete missing.data.reviewCards;
		expect(await decodeBackup(await resign(missing))).toMatchObject({
			ok: false,
			reason: 'invalid',
			record: { table: 'reviewCards', index: undefined, field: '' }
		});
		const badReport = JSON.parse(await encodeBackup(data, NOW));
		badReport.data.reports[0].report.lessons[0].seconds = 'long';
		expect(await decodeBackup(await resign(badReport))).toMatchObject({
			ok: false,
			reason: 'invalid',
			record: { table: 'reports', index: 0, field: 'report.lessons.0.seconds' }
		});
	});

	it('restore a version 1 file (before assignments) with those tables empty', async () => {
		const v1Data = { ...data } as Partial<BackupData>;
		for (const table of ['assignments', 'classes', 'teacherAssignments', 'reports'] as const) delete v1Data[table];
		const file = JSON.parse(await encodeBackup(v1Data as BackupData, NOW));
		file.version = 1;
		const decoded = await decodeBackup(JSON.stringify(file));
		expect(decoded).toMatchObject({
			ok: true,
			data: { assignments: [], classes: [], teacherAssignments: [], reports: [] }
		});
		expect(decoded.ok && decoded.data.attempts).toHaveLength(v1.attempts.length);
	});

	it('refuse a file far too large before reading it', async () => {
		expect(await decodeBackup('x'.repeat(64 * 1024 * 1024 + 1))).toEqual({ ok: false, reason: 'too-large' });
	});

	it('plan which profiles are added and which replaced', () => {
		expect(importPlan(data, new Set(['p-lei']))).toEqual([
			{ id: 'p-mei', name: '小美', action: 'add', attempts: 3 },
			{ id: 'p-lei', name: 'Lei', action: 'replace', attempts: 2 }
		]);
	});

	it('refuse the shapes that broke the app: a run past its quiz, choices that are not a list, an unknown card state', async () => {
		const runPast = structuredClone(data);
		runPast.lessonProgress[0].run = { id: 'r', seed: 1, current: 99, hints: {}, finished: false, startedAt: 1 };
		const quizzes = quizShapes([
			{ id: runPast.lessonProgress[0].lessonId, quiz: [{ id: 'q-a', type: 'single', choices: ['a', 'b'], answer: 0 }] }
		] as never);
		const decoded = await decodeBackup(await encodeBackup(runPast, NOW));
		expect(decoded.ok && checkAgainstQuizzes(decoded.data, quizzes)).toEqual({
			table: 'lessonProgress',
			index: 0,
			field: 'run.current'
		});

		const notAList = JSON.parse(await encodeBackup(data, NOW));
		notAList.data.attempts[0].answer = { type: 'multiple', choices: 5 };
		expect(await decodeBackup(await resign(notAList))).toMatchObject({
			ok: false,
			record: { table: 'attempts', index: 0, field: 'answer.choices' }
		});
		const state9 = JSON.parse(await encodeBackup(data, NOW));
		state9.data.reviewCards[0].card.state = 9;
		expect(await decodeBackup(await resign(state9))).toMatchObject({
			ok: false,
			record: { table: 'reviewCards', index: 0, field: 'card.state' }
		});
	});

	it('refuse a file with no learners, so that "restored" is never said of nothing', async () => {
		const none = JSON.parse(await encodeBackup(data, NOW));
		none.data.profiles = [];
		for (const table of ['attempts', 'lessonProgress', 'reviewCards', 'dailyActivity', 'assignments'])
			none.data[table] = [];
		expect(await decodeBackup(await resign(none))).toEqual({ ok: false, reason: 'no-learners' });
	});

	it('count the size cap in bytes, and never throw, even on JSON nested 10,000 deep', async () => {
		// 23 million Chinese characters: under the cap in characters, 69 MB in UTF-8.
		expect(await decodeBackup('"' + '学'.repeat(23_000_000) + '"')).toEqual({ ok: false, reason: 'too-large' });
		const deepText = `{"format":"tansuo-backup","version":2,"checksum":"x","data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
		await expect(decodeBackup(deepText)).resolves.toMatchObject({ ok: false });
	});
});

describe('backup files, fuzzed', () => {
	// A small seeded generator: the same mutations on every run, so a failure can be replayed.
	function random(seed: number) {
		return () => {
			seed = (seed * 1664525 + 1013904223) >>> 0;
			return seed / 2 ** 32;
		};
	}
	const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
	const JUNK: unknown[] = [null, -1, 0, 1.5, 99, '', 'x', '1', true, false, {}, [], [1], { a: 1 }, 'x'.repeat(5000)];

	/** Every leaf and branch path of a record, with its value. */
	function paths(value: unknown, prefix: (string | number)[] = []): [(string | number)[], unknown][] {
		const here: [(string | number)[], unknown][] = prefix.length ? [[prefix, value]] : [];
		if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value))
				here.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
		return here;
	}

	it('refuse every change of a field to a value of another type, naming the record', async () => {
		const next = random(20261206);
		const tables = (Object.keys(data) as (keyof BackupData)[]).filter((t) => data[t].length > 0);
		let refused = 0;
		for (let i = 0; i < 400; i++) {
			const table = tables[Math.floor(next() * tables.length)];
			const file = JSON.parse(await encodeBackup(data, NOW));
			const rows = file.data[table] as unknown[];
			const index = Math.floor(next() * rows.length);
			const candidates = paths(rows[index]).filter(([p]) => !p.includes('firstTry') || typeof p.at(-1) !== 'number');
			const [path, old] = candidates[Math.floor(next() * candidates.length)];
			const junk = JUNK.filter((j) => kind(j) !== kind(old));
			const value = junk[Math.floor(next() * junk.length)];
			let target = rows[index] as Record<string | number, unknown>;
			for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
			target[path.at(-1)!] = value;

			const decoded = await decodeBackup(await resign(file));
			expect(decoded.ok, `${table}[${index}].${path.join('.')} = ${JSON.stringify(value)}`).toBe(false);
			if (!decoded.ok && decoded.record?.index !== undefined) {
				expect(decoded.record.table).toBe(table);
				expect(decoded.record.index).toBe(index);
				refused++;
			}
		}
		expect(refused).toBe(400);
	});

	it('never throw on random text and random JSON', async () => {
		const next = random(7);
		const alphabet = '{}[]":,0123456789.-eEtruefalsn \\u学';
		for (let i = 0; i < 300; i++) {
			const text = Array.from(
				{ length: Math.floor(next() * 200) },
				() => alphabet[Math.floor(next() * alphabet.length)]
			).join('');
			await expect(decodeBackup(text)).resolves.toMatchObject({ ok: false });
		}
	});
});
