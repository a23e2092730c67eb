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
import type { Question } from '../content/types';

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

export type BackupProblem =
	'not-json' | 'not-a-backup' | 'newer-version' | 'checksum' | 'invalid' | 'no-learners' | 'too-large';

/** The first record found wrong: its table, its place in the file, and the field. */
export interface BadRecord {
	table: keyof BackupData | 'file';
	/** Counted from 0; undefined for a problem with the table or file as a whole. */
	index?: number;
	field: string;
}

export type DecodedBackup =
	{ ok: true; data: BackupData; exportedAt: string } | { ok: false; reason: BackupProblem; record?: BadRecord };

/** How a lesson's quiz looks in this version of the app: per question id, its type and size. */
export type QuizShapes = Map<string, Map<string, { type: string; size: number }>>;

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

/** The size of a text in UTF-8 bytes, without encoding it when it is clearly small enough. */
function utf8Bytes(text: string): number {
	return text.length * 3 <= MAX_BACKUP_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/**
 * Checks a backup file whole before anything may touch the database: size in bytes, JSON, format,
 * version, checksum, then every record against its schema (backup-schema.ts) and against the
 * others (each learner's records belong to a learner in the file). Never throws: any input gives
 * a result, and a refusal names the first wrong record. Then checkAgainstQuizzes.
 */
export async function decodeBackup(text: string): Promise<DecodedBackup> {
	try {
		return await decode(text);
	} catch {
		// Whatever slipped past the checks above (say, JSON nested too deep to hash): refused.
		return { ok: false, reason: 'invalid', record: { table: 'file', field: 'structure' } };
	}
}

async function decode(text: string): Promise<DecodedBackup> {
	if (utf8Bytes(text) > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-large' };
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	if (!isObject(file) || file.format !== BACKUP_FORMAT) return { ok: false, reason: 'not-a-backup' };
	if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
		return { ok: false, reason: 'invalid', record: { table: 'file', field: 'version' } };
	}
	if (file.version > BACKUP_VERSION) return { ok: false, reason: 'newer-version' };
	if (typeof file.checksum !== 'string' || !isObject(file.data))
		return { ok: false, reason: 'invalid', record: { table: 'file', field: 'checksum' } };
	if ((await sha256(JSON.stringify(file.data))) !== file.checksum) return { ok: false, reason: 'checksum' };
	// A version 1 file has none of the tables added since: restored as empty.
	if (file.version === 1) for (const table of ADDED_IN_V2) file.data[table] ??= [];

	const { backupDataSchema } = await import('./backup-schema');
	const parsed = backupDataSchema.safeParse(file.data);
	if (!parsed.success) {
		const [table, index, ...rest] = parsed.error.issues[0].path;
		if (table === 'profiles' && index === undefined) return { ok: false, reason: 'no-learners' };
		return {
			ok: false,
			reason: 'invalid',
			record: {
				table: table as keyof BackupData,
				index: typeof index === 'number' ? index : undefined,
				field: rest.join('.') || (typeof index === 'string' ? index : '')
			}
		};
	}
	const data = parsed.data as BackupData;
	const record = crossCheck(data);
	if (record) return { ok: false, reason: 'invalid', record };
	return { ok: true, data, exportedAt: String(file.exportedAt ?? '') };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks between records: the first record found wrong. */
function crossCheck(data: BackupData): BadRecord | undefined {
	const profileIds = new Set<string>();
	for (const [index, p] of data.profiles.entries()) {
		if (profileIds.has(p.id)) return { table: 'profiles', index, field: 'id (the same learner twice)' };
		profileIds.add(p.id);
	}
	for (const table of ['attempts', 'lessonProgress', 'reviewCards', 'dailyActivity', 'assignments'] as const) {
		const index = data[table].findIndex((r) => !profileIds.has(r.profileId));
		if (index >= 0) return { table, index, field: 'profileId (a learner not in the file)' };
	}
	const classIds = new Set(data.classes.map((c) => c.id));
	const ti = data.teacherAssignments.findIndex((a) => !classIds.has(a.classId));
	if (ti >= 0) return { table: 'teacherAssignments', index: ti, field: 'classId (a class not in the file)' };
	const assignmentIds = new Set(data.teacherAssignments.map((a) => a.id));
	const ri = data.reports.findIndex((r) => !assignmentIds.has(r.assignmentId));
	if (ri >= 0) return { table: 'reports', index: ri, field: 'assignmentId (an assignment not in the file)' };
	return undefined;
}

/** Each quiz of these lessons as QuizShapes. */
export function quizShapes(lessons: { id: string; quiz: Question[] }[]): QuizShapes {
	const size = (q: Question) =>
		q.type === 'single' || q.type === 'multiple'
			? q.choices.length
			: q.type === 'order'
				? q.items.length
				: q.type === 'match'
					? q.pairs.length
					: 0;
	return new Map(lessons.map((l) => [l.id, new Map(l.quiz.map((q) => [q.id, { type: q.type, size: size(q) }]))]));
}

/**
 * A decoded backup against the quizzes of this version of the app: a run's place and every chosen
 * index must lie within its quiz, or the quiz would break on opening. The first record found wrong.
 */
export function checkAgainstQuizzes(data: BackupData, quizzes: QuizShapes): BadRecord | undefined {
	// A lesson this app does not have (removed in an update) is kept as it is and never shown.
	for (const [index, p] of data.lessonProgress.entries()) {
		const quiz = quizzes.get(p.lessonId);
		if (quiz && p.run && p.run.current >= quiz.size) return { table: 'lessonProgress', index, field: 'run.current' };
	}
	for (const [index, a] of data.attempts.entries()) {
		const question = quizzes.get(a.lessonId)?.get(a.questionId);
		if (!question || question.type !== a.answer.type) continue;
		const picked =
			a.answer.type === 'single'
				? [a.answer.choice]
				: a.answer.type === 'multiple'
					? a.answer.choices
					: a.answer.type === 'order'
						? a.answer.order
						: a.answer.type === 'match'
							? a.answer.matches.filter((m) => m !== -1)
							: [];
		if (picked.some((i) => i < 0 || i >= question.size)) return { table: 'attempts', index, field: 'answer' };
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
