import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database } from '../../../src/lib/db/database';
import { applyBackup, readBackupData } from '../../../src/lib/db/backup-store';
import { decodeBackup, encodeBackup } from '../../../src/lib/share/backup';

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8'));

describe('backup against the database', () => {
	it('exports, survives clearing the data, and restores everything', async () => {
		const db = database();
		await db.profiles.bulkAdd(v1.profiles);
		await db.attempts.bulkAdd(v1.attempts);
		await db.lessonProgress.bulkAdd(v1.lessonProgress);
		const before = await readBackupData();
		const file = await encodeBackup(before, Date.now());

		await Promise.all(db.tables.map((t) => t.clear()));
		expect(await db.attempts.count()).toBe(0);

		const decoded = await decodeBackup(file);
		if (!decoded.ok) throw new Error(decoded.reason);
		await applyBackup(decoded.data);
		const after = await readBackupData();
		const strip = (d: typeof after) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a, id: undefined })) });
		expect(strip(after)).toEqual(strip(before));

		// Restoring one profile again replaces its records rather than doubling them.
		const mei = await readBackupData('p-mei');
		await applyBackup(mei);
		expect(await db.attempts.count()).toBe(v1.attempts.length);
		expect(mei.profiles.map((p) => p.id)).toEqual(['p-mei']);
	});
});

const noAssignments = { assignments: [], classes: [], teacherAssignments: [], reports: [] };

describe('restoring onto a fresh device', () => {
	it('drops the untouched profile made on the first visit, and nothing else', async () => {
		const db = database();
		await Promise.all(db.tables.map((t) => t.clear()));
		await db.profiles.add({ id: 'fresh', name: '小探索者', avatar: '🔭', color: '#0f766e', createdAt: 1 });
		await applyBackup({
			profiles: [v1.profiles[0]],
			attempts: [v1.attempts[0]],
			lessonProgress: [],
			reviewCards: [],
			dailyActivity: [],
			...noAssignments
		});
		expect((await db.profiles.toArray()).map((p) => p.id)).toEqual(['p-mei']);

		await db.profiles.add({ id: 'used', name: 'B', avatar: '🔭', color: '#0f766e', createdAt: 2 });
		await db.profiles.delete('p-mei');
		await db.attempts.add({ ...v1.attempts[0], profileId: 'used' });
		await applyBackup({
			profiles: [v1.profiles[1]],
			attempts: [],
			lessonProgress: [],
			reviewCards: [],
			dailyActivity: [],
			...noAssignments
		});
		expect((await db.profiles.toArray()).map((p) => p.id).sort()).toEqual(['p-lei', 'used']);
	});
});

describe('the teacher’s classes in a backup', () => {
	const report = (made: number) => ({
		key: 'aaaaaaaaaaaa/李梅',
		assignmentId: 'aaaaaaaaaaaa',
		receivedAt: made,
		report: { assignmentId: 'aaaaaaaaaaaa', student: '李梅', made, lessons: [] }
	});

	it('travel in whole-device backups, not in one learner’s, and never replace a newer report', async () => {
		const db = database();
		await Promise.all(db.tables.map((t) => t.clear()));
		await db.profiles.bulkAdd(v1.profiles);
		await db.classes.add({ id: 'c1', name: '七年级一班', createdAt: 1 });
		await db.reports.add(report(5));
		expect((await readBackupData('p-mei')).classes).toEqual([]);
		const whole = await readBackupData();
		expect(whole.classes).toHaveLength(1);

		await db.reports.put(report(9)); // a newer report came in after the backup
		await db.classes.clear();
		await applyBackup(whole);
		expect(await db.classes.toArray()).toEqual([{ id: 'c1', name: '七年级一班', createdAt: 1 }]);
		expect((await db.reports.get('aaaaaaaaaaaa/李梅'))?.report.made).toBe(9);
	});
});
