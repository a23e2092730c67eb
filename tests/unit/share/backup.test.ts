import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_VERSION,
	decodeBackup,
	encodeBackup,
	importPlan,
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
	teacherAssignments: [],
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
			detail: 'attempts[1]: field "hintsUsed"'
		});
		const orphan = JSON.parse(await encodeBackup(data, NOW));
		orphan.data.dailyActivity[0].profileId = 'p-nobody';
		expect(await decodeBackup(await resign(orphan))).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: expect.stringMatching(/dailyActivity/)
		});
		const missing = JSON.parse(await encodeBackup(data, NOW));
		delete missing.data.reviewCards;
		expect(await decodeBackup(await resign(missing))).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: 'reviewCards missing'
		});
		const badReport = JSON.parse(await encodeBackup(data, NOW));
		badReport.data.reports[0].report.lessons[0].seconds = 'long';
		expect(await decodeBackup(await resign(badReport))).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: 'reports[0]: field "report"'
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
});
