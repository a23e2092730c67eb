/*
 * Report codes: a student sends their progress on an assignment back to the teacher as a QR code,
 * a link or pasted text (`TSR2.…`; `TSR1.…` from older apps is still read), with no server in between.
 *
 * Body: deflate(compact JSON array) followed by HMAC-SHA-256 over the deflated bytes, truncated to
 * 12 bytes, keyed with the assignment's secret. Only someone given the assignment can make a report
 * the teacher's device accepts, and a student cannot edit their score without the MAC failing. The
 * body keeps this layout in every version, so an older app can still say which assignment a newer
 * report belongs to.
 */
import {
	CodeError,
	deflateJson,
	equalBytes,
	fromBase64Url,
	hmacSha256,
	inflateJson,
	openFrame,
	writeFrame,
	type Decoded
} from './code-frame';

export type ReportStatus = 'not-started' | 'in-progress' | 'completed' | 'mastered';

export interface ReportLesson {
	/** The lesson id. */
	id: string;
	status: ReportStatus;
	/** Time spent, whole seconds, 0..10^7. */
	seconds: number;
	/**
	 * Right or wrong at the first try, by question id; questions not answered yet are left out
	 * (0..40). What version 2 codes carry, and what this app writes.
	 */
	questions?: Record<string, boolean>;
	/**
	 * From a version 1 code (an older app): the same, by position in the student's quiz order,
	 * null = not answered. The teacher's app can only match positions to its own quiz.
	 */
	firstTry?: (boolean | null)[];
}

export interface Report {
	assignmentId: string;
	/** The student's name as typed: 1..40 characters, no spaces around it, no control characters. */
	student: string;
	/** When the report was made, ms since the epoch: a newer report from the same student replaces an older one. */
	made: number;
	/** 1..12 lessons with distinct ids. */
	lessons: ReportLesson[];
}

/**
 * 2: questions by id (a quiz that changed between the student's and the teacher's app no longer
 * shifts the answers onto other questions). 1: by position; still read.
 */
export const REPORT_VERSION = 2;
/** Longest code accepted: longer reports travel as several parts (see `code-parts.ts`). */
export const MAX_REPORT_LENGTH = 4000;
/** Longest inflated JSON accepted. */
export const MAX_REPORT_JSON = 16 * 1024;

const MAC_BYTES = 12;
const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{12}$/;
const LESSON_ID = /^[a-z0-9-]{1,60}$/;
const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUESTIONS = 40;
const SECRET = /^[A-Za-z0-9_-]{22}$/;
// The index is the digit in the code: never reorder, only append.
const STATUSES: readonly ReportStatus[] = ['not-started', 'in-progress', 'completed', 'mastered'];

/**
 * Encodes a report as `TSR2.…`, signed with the assignment's secret. The student's name is trimmed
 * first. Throws a `CodeError`: `invalid` (detail: the field, or `secret`) for a report the decoder
 * would refuse, `too-large` past `MAX_REPORT_LENGTH` (not reachable within the field limits).
 */
export async function encodeReport(r: Report, secret: string): Promise<string> {
	const key = secretKey(secret);
	if (!key) throw new CodeError('invalid', 'secret');
	const compact = toCompact({ ...r, student: typeof r.student === 'string' ? r.student.trim() : r.student });
	const checked = fromCompact(compact, REPORT_VERSION);
	if (typeof checked === 'string') throw new CodeError('invalid', checked);
	const deflated = await deflateJson(compact);
	const mac = (await hmacSha256(key, deflated)).subarray(0, MAC_BYTES);
	const body = new Uint8Array(deflated.length + MAC_BYTES);
	body.set(deflated);
	body.set(mac, deflated.length);
	const code = writeFrame('R', REPORT_VERSION, body);
	if (code.length > MAX_REPORT_LENGTH) throw new CodeError('too-large', `${code.length} characters`);
	return code;
}

/**
 * Decodes a report from pasted text, a link or a scanned QR code. `secretFor` returns the secret of
 * one of the teacher's assignments, or undefined when the teacher has no such assignment
 * (`unknown-assignment`; detail: the assignment id). A report whose MAC does not match is
 * `tampered`. Never throws unless `secretFor` does.
 */
export async function decodeReport(
	text: string,
	secretFor: (assignmentId: string) => string | undefined | Promise<string | undefined>
): Promise<Decoded<Report>> {
	const frame = openFrame(text, 'R', REPORT_VERSION, MAX_REPORT_LENGTH);
	if (!frame.ok) return frame;
	const { bytes } = frame.value;
	if (bytes.length <= MAC_BYTES) return { ok: false, reason: 'corrupt', detail: 'too short' };
	const deflated = bytes.subarray(0, bytes.length - MAC_BYTES);
	// The assignment id, and so the key, is inside the signed data: inflate first (capped), then check.
	const json = await inflateJson(deflated, MAX_REPORT_JSON);
	if (!json.ok) return json;
	const assignmentId = Array.isArray(json.value) ? json.value[0] : undefined;
	if (typeof assignmentId !== 'string' || !ASSIGNMENT_ID.test(assignmentId)) {
		return { ok: false, reason: 'invalid', detail: 'assignmentId' };
	}
	const secret = await secretFor(assignmentId);
	const key = secret === undefined ? null : secretKey(secret);
	if (!key) return { ok: false, reason: 'unknown-assignment', detail: assignmentId };
	const mac = (await hmacSha256(key, deflated)).subarray(0, MAC_BYTES);
	if (!equalBytes(mac, bytes.subarray(bytes.length - MAC_BYTES))) return { ok: false, reason: 'tampered' };
	const report = fromCompact(json.value, frame.value.version);
	if (typeof report === 'string') return { ok: false, reason: 'invalid', detail: report };
	return { ok: true, value: report };
}

/**
 * The key the teacher merges reports under: one per student and assignment, however the name was
 * typed (full-width letters, case, extra spaces).
 */
export function reportKey(r: Report): string {
	const name = r.student.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
	return `${r.assignmentId}/${name}`;
}

/** The later of two reports from the same student (the first on a tie, so merging is stable). */
export function newerReport(a: Report, b: Report): Report {
	return b.made > a.made ? b : a;
}

function secretKey(secret: string): Uint8Array | null {
	return typeof secret === 'string' && SECRET.test(secret) ? fromBase64Url(secret) : null;
}

// --- the compact form ---------------------------------------------------------------------------
// [assignmentId, student, made, lessons]; a lesson is, in version 2,
// [id, status digit, seconds, 'ids right at the first try', 'ids wrong'] (ids joined by spaces),
// and in version 1 [id, status digit, seconds, '10-…' by quiz position].

function toCompact(r: Report): unknown[] {
	const lessons = Array.isArray(r.lessons) ? r.lessons : [];
	const ids = (l: ReportLesson | undefined, right: boolean) =>
		l?.questions && typeof l.questions === 'object'
			? Object.entries(l.questions)
					.filter(([, v]) => v === right)
					.map(([id]) => id)
					.join(' ')
			: null;
	return [
		r.assignmentId,
		r.student,
		r.made,
		lessons.map((l) => [l?.id, STATUSES.indexOf(l?.status), l?.seconds, ids(l, true), ids(l, false)])
	];
}

/** The report, or the name of the first field that is wrong. */
function fromCompact(v: unknown, version: number): Report | string {
	if (!Array.isArray(v) || v.length !== 4) return 'not a report';
	const [assignmentId, student, made, lessons] = v as unknown[];
	if (typeof assignmentId !== 'string' || !ASSIGNMENT_ID.test(assignmentId)) return 'assignmentId';
	if (typeof student !== 'string' || student !== student.trim() || student.length < 1 || student.length > 40) {
		return 'student';
	}
	if (/\p{Cc}/u.test(student)) return 'student';
	if (!Number.isSafeInteger(made) || (made as number) < 0) return 'made';
	if (!Array.isArray(lessons) || lessons.length < 1 || lessons.length > 12) return 'lessons';
	const out: ReportLesson[] = [];
	for (let i = 0; i < lessons.length; i++) {
		const lesson = version === 1 ? readLessonV1(lessons[i]) : readLesson(lessons[i]);
		if (typeof lesson === 'string') return `lessons[${i}].${lesson}`;
		out.push(lesson);
	}
	if (new Set(out.map((l) => l.id)).size !== out.length) return 'lessons: the same lesson twice';
	return { assignmentId, student, made: made as number, lessons: out };
}

/** The fields every version shares: id, status, seconds. */
function readCommon(id: unknown, status: unknown, seconds: unknown): Omit<ReportLesson, 'questions'> | string {
	if (typeof id !== 'string' || !LESSON_ID.test(id)) return 'id';
	if (!Number.isInteger(status) || (status as number) < 0 || (status as number) >= STATUSES.length) return 'status';
	if (!Number.isInteger(seconds) || (seconds as number) < 0 || (seconds as number) > 1e7) return 'seconds';
	return { id, status: STATUSES[status as number], seconds: seconds as number };
}

function readLesson(v: unknown): ReportLesson | string {
	if (!Array.isArray(v) || v.length !== 5) return 'shape';
	const [id, status, seconds, right, wrong] = v as unknown[];
	const common = readCommon(id, status, seconds);
	if (typeof common === 'string') return common;
	const questions: Record<string, boolean> = {};
	for (const [field, list, value] of [
		['right', right, true],
		['wrong', wrong, false]
	] as const) {
		if (typeof list !== 'string') return field;
		for (const q of list ? list.split(' ') : []) {
			if (!QUESTION_ID.test(q) || q.length > 60 || q in questions) return field;
			questions[q] = value;
		}
	}
	if (Object.keys(questions).length > MAX_QUESTIONS) return 'questions';
	return { ...common, questions };
}

function readLessonV1(v: unknown): ReportLesson | string {
	if (!Array.isArray(v) || v.length !== 4) return 'shape';
	const [id, status, seconds, firstTry] = v as unknown[];
	const common = readCommon(id, status, seconds);
	if (typeof common === 'string') return common;
	if (typeof firstTry !== 'string' || !/^[01-]{0,40}$/.test(firstTry)) return 'firstTry';
	return { ...common, firstTry: [...firstTry].map((c) => (c === '-' ? null : c === '1')) };
}
