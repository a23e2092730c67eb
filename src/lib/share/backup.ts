/*
 * Backup files: everything a device knows about its learners, as one versioned JSON file with a
 * SHA-256 checksum. Decoding checks the whole file (format, version, checksum, the shape of every
 * record) before anything may touch the database, and says why a file is refused.
 */
import type {
	Attempt,
	DayActivity,
	LessonProgress,
	Profile,
	ReceivedAssignment,
	ReviewCard,
	SchoolClass,
	StoredReport,
	TeacherAssignment
} from '../db/rows';

export const BACKUP_FORMAT = 'tansuo-backup';
/** Version 2 added assignments and the teacher's classes; version 1 files still restore. */
export const BACKUP_VERSION = 2;
/** Far above any real backup (50,000 attempts is about 15 MB); refuses junk before parsing it. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export interface BackupData {
	profiles: Profile[];
	attempts: Omit<Attempt, 'id'>[];
	lessonProgress: LessonProgress[];
	reviewCards: ReviewCard[];
	dailyActivity: DayActivity[];
	/** Assignments the learners received (version 2). */
	assignments: ReceivedAssignment[];
	/** The teacher's classes, assignments and reports: in whole-device backups only (version 2). */
	classes: SchoolClass[];
	teacherAssignments: TeacherAssignment[];
	reports: StoredReport[];
}

const ADDED_IN_V2 = ['assignments', 'classes', 'teacherAssignments', 'reports'] as const;

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	checksum: string;
	data: BackupData;
}

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'checksum' | 'invalid' | 'too-large';
export type DecodedBackup =
	{ ok: true; data: BackupData; exportedAt: string } | { ok: false; reason: BackupProblem; detail?: string };

export async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function encodeBackup(data: BackupData, now: number): Promise<string> {
	const clean: BackupData = {
		...data,
		attempts: data.attempts.map(({ id: _id, ...a }: Omit<Attempt, 'id'> & { id?: number }) => a)
	};
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		checksum: await sha256(JSON.stringify(clean)),
		data: clean
	};
	return JSON.stringify(file);
}

export async function decodeBackup(text: string): Promise<DecodedBackup> {
	if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-large' };
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	if (!isObject(file) || file.format !== BACKUP_FORMAT) return { ok: false, reason: 'not-a-backup' };
	if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
		return { ok: false, reason: 'invalid', detail: 'version' };
	}
	if (file.version > BACKUP_VERSION) return { ok: false, reason: 'newer-version' };
	if (typeof file.checksum !== 'string' || !isObject(file.data))
		return { ok: false, reason: 'invalid', detail: 'checksum or data missing' };
	if ((await sha256(JSON.stringify(file.data))) !== file.checksum) return { ok: false, reason: 'checksum' };
	// A version 1 file has none of the tables added since: restored as empty.
	if (file.version === 1) for (const table of ADDED_IN_V2) file.data[table] ??= [];
	const problem = checkData(file.data);
	if (problem) return { ok: false, reason: 'invalid', detail: problem };
	return { ok: true, data: file.data as unknown as BackupData, exportedAt: String(file.exportedAt ?? '') };
}

// --- shape checks: small, explicit, and each names what it found wrong -----------------------

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length < 2000;
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const bool = (v: unknown) => typeof v === 'boolean';
const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);

function fields(shape: Record<string, (v: unknown) => boolean>) {
	return (v: unknown): string | undefined => {
		if (!isObject(v)) return 'not an object';
		for (const [key, check] of Object.entries(shape)) if (!check(v[key])) return `field "${key}"`;
		return undefined;
	};
}

const ANSWER_TYPES = ['single', 'multiple', 'truefalse', 'numeric', 'text', 'order', 'match'];
const answer = (v: unknown) => isObject(v) && ANSWER_TYPES.includes(v.type as string);
const run = (v: unknown) =>
	isObject(v) &&
	str(v.id) &&
	int(v.seed) &&
	int(v.current) &&
	isObject(v.hints) &&
	bool(v.finished) &&
	num(v.startedAt);
const best = (v: unknown) => isObject(v) && num(v.score) && bool(v.mastered) && num(v.at);
// Assignments and reports were checked in full when their codes were decoded; a backup only
// needs to be sure they have the fields the pages read.
const strings = (v: unknown) => Array.isArray(v) && v.every(str);
const assignment = (v: unknown) =>
	isObject(v) && str(v.id) && str(v.title) && str(v.due) && str(v.secret) && strings(v.lessons) && num(v.created);
const report = (v: unknown) =>
	isObject(v) &&
	str(v.assignmentId) &&
	str(v.student) &&
	num(v.made) &&
	Array.isArray(v.lessons) &&
	v.lessons.every((l) => isObject(l) && str(l.id) && str(l.status) && int(l.seconds) && Array.isArray(l.firstTry));
const card = (v: unknown) =>
	isObject(v) && num(v.due) && num(v.stability) && num(v.difficulty) && int(v.reps) && int(v.lapses) && int(v.state);

const checks: Record<keyof BackupData, (v: unknown) => string | undefined> = {
	profiles: fields({ id: str, name: str, avatar: str, color: str, createdAt: num }),
	attempts: fields({
		profileId: str,
		lessonId: str,
		questionId: str,
		runId: str,
		answer,
		correct: bool,
		firstTry: bool,
		hintsUsed: int,
		ms: num,
		at: num
	}),
	lessonProgress: fields({
		profileId: str,
		lessonId: str,
		step: int,
		run: optional(run),
		best: optional(best),
		openedAt: num,
		updatedAt: num,
		timeMs: optional(num)
	}),
	reviewCards: fields({ profileId: str, lessonId: str, questionId: str, card }),
	dailyActivity: fields({
		profileId: str,
		day: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
		answers: int,
		correct: int,
		ms: num
	}),
	assignments: fields({ profileId: str, id: str, assignment, receivedAt: num }),
	classes: fields({ id: str, name: str, createdAt: num }),
	teacherAssignments: fields({ id: str, classId: str, assignment }),
	reports: fields({ key: str, assignmentId: str, report, receivedAt: num })
};

function checkData(data: Obj): string | undefined {
	for (const [table, check] of Object.entries(checks) as [keyof BackupData, (v: unknown) => string | undefined][]) {
		const rows = data[table];
		if (!Array.isArray(rows)) return `${table} missing`;
		for (let i = 0; i < rows.length; i++) {
			const problem = check(rows[i]);
			if (problem) return `${table}[${i}]: ${problem}`;
		}
	}
	const ids = new Set((data.profiles as Profile[]).map((p) => p.id));
	if (ids.size !== (data.profiles as Profile[]).length) return 'profiles: the same id twice';
	for (const table of ['attempts', 'lessonProgress', 'reviewCards', 'dailyActivity', 'assignments'] as const) {
		if ((data[table] as { profileId: string }[]).some((r) => !ids.has(r.profileId)))
			return `${table}: a record of a profile not in the file`;
	}
	return undefined;
}

/** What importing would do: each profile in the file is added, or replaces the one with its id. */
export function importPlan(data: BackupData, existingIds: Set<string>) {
	return data.profiles.map((p) => ({
		id: p.id,
		name: p.name,
		action: existingIds.has(p.id) ? ('replace' as const) : ('add' as const),
		attempts: data.attempts.filter((a) => a.profileId === p.id).length
	}));
}
