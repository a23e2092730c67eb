/*
 * Assignment codes: a teacher without a server hands lessons to a class as a link or QR code whose
 * data sits in the URL fragment (`…/join#TSA1.…`), so it never reaches any server.
 *
 * Body: deflate(compact JSON array) followed by the first 8 bytes of SHA-256 over the deflated
 * bytes. The checksum catches a mistyped or half-scanned code; it is not a signature (anyone can
 * make an assignment). The assignment carries the secret that students' reports are signed with,
 * so a report can only come from someone who was given the assignment.
 */
import {
	CodeError,
	deflateJson,
	equalBytes,
	fromBase64Url,
	inflateJson,
	openFrame,
	randomId,
	sha256,
	writeFrame,
	type Decoded
} from './code-frame';

export interface Assignment {
	/** `newAssignmentId()`: 12 base64url characters. */
	id: string;
	/** 1..80 characters, no spaces around it, one line. */
	title: string;
	/** 0..500 characters. */
	note: string;
	/** The class it was made for, shown to the student: 0..60 characters, one line. */
	className: string;
	/** 'YYYY-MM-DD', a real calendar date. */
	due: string;
	/** 1..12 distinct lesson ids. */
	lessons: string[];
	/** The score that counts as mastered, 0.5..1; absent = the app's default. */
	mastery?: number;
	/** `newAssignmentSecret()`: the HMAC key for reports, 22 base64url characters. */
	secret: string;
	/** When it was made, ms since the epoch. */
	created: number;
}

export const ASSIGNMENT_VERSION = 1;
/** Longest code accepted (about what a phone still scans from a screen). */
export const MAX_ASSIGNMENT_LENGTH = 2000;
/** Longest inflated JSON accepted. */
export const MAX_ASSIGNMENT_JSON = 16 * 1024;

const CHECK_BYTES = 8;
const ID = /^[A-Za-z0-9_-]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{22}$/;
const LESSON_ID = /^[a-z0-9-]{1,60}$/;
// A title or class name is one line; the note may have line breaks.
const CONTROL = /\p{Cc}/u;

/** A fresh secret for signing the reports of one assignment (128 random bits). */
export function newAssignmentSecret(): string {
	return randomId(16);
}

/** A fresh assignment id (72 random bits: no two teachers' assignments will meet). */
export function newAssignmentId(): string {
	return randomId(9);
}

/**
 * Encodes an assignment as `TSA1.…`. Title, note and class name are trimmed first. Throws a
 * `CodeError` with reason `invalid` (detail: the field) for an assignment the decoder would refuse,
 * or `too-large` when the code would pass `MAX_ASSIGNMENT_LENGTH` (a long note in Chinese can).
 */
export async function encodeAssignment(a: Assignment): Promise<string> {
	const compact = toCompact({ ...a, title: trim(a.title), note: trim(a.note), className: trim(a.className) });
	const checked = fromCompact(compact);
	if (typeof checked === 'string') throw new CodeError('invalid', checked);
	const deflated = await deflateJson(compact);
	const check = (await sha256(deflated)).subarray(0, CHECK_BYTES);
	const body = new Uint8Array(deflated.length + CHECK_BYTES);
	body.set(deflated);
	body.set(check, deflated.length);
	const code = writeFrame('A', ASSIGNMENT_VERSION, body);
	if (code.length > MAX_ASSIGNMENT_LENGTH) throw new CodeError('too-large', `${code.length} characters`);
	return code;
}

/**
 * Decodes an assignment from pasted text, a link or a scanned QR code, checking every field.
 * Never throws; a refusal says why (see `CodeProblem`; `invalid` names the field).
 */
export async function decodeAssignment(text: string): Promise<Decoded<Assignment>> {
	const frame = openFrame(text, 'A', ASSIGNMENT_VERSION, MAX_ASSIGNMENT_LENGTH);
	if (!frame.ok) return frame;
	const { bytes } = frame.value;
	if (bytes.length <= CHECK_BYTES) return { ok: false, reason: 'corrupt', detail: 'too short' };
	const deflated = bytes.subarray(0, bytes.length - CHECK_BYTES);
	const check = (await sha256(deflated)).subarray(0, CHECK_BYTES);
	if (!equalBytes(check, bytes.subarray(bytes.length - CHECK_BYTES))) {
		return { ok: false, reason: 'corrupt', detail: 'checksum' };
	}
	const json = await inflateJson(deflated, MAX_ASSIGNMENT_JSON);
	if (!json.ok) return json;
	const assignment = fromCompact(json.value);
	if (typeof assignment === 'string') return { ok: false, reason: 'invalid', detail: assignment };
	return { ok: true, value: assignment };
}

// --- the compact form: a JSON array in a fixed order, mastery last and only when set --------------

type Compact = unknown[];

function toCompact(a: Assignment): Compact {
	const compact: Compact = [a.id, a.title, a.note, a.className, a.due, a.lessons, a.secret, a.created];
	if (a.mastery !== undefined) compact.push(a.mastery);
	return compact;
}

/** The assignment, or the name of the first field that is wrong. */
function fromCompact(v: unknown): Assignment | string {
	if (!Array.isArray(v) || (v.length !== 8 && v.length !== 9)) return 'not an assignment';
	const [id, title, note, className, due, lessons, secret, created, mastery] = v as unknown[];
	if (typeof id !== 'string' || !ID.test(id)) return 'id';
	if (!text(title, 1, 80) || CONTROL.test(title as string)) return 'title';
	if (!text(note, 0, 500)) return 'note';
	if (!text(className, 0, 60) || CONTROL.test(className as string)) return 'className';
	if (typeof due !== 'string' || !isCalendarDate(due)) return 'due';
	if (!Array.isArray(lessons) || lessons.length < 1 || lessons.length > 12) return 'lessons';
	if (!lessons.every((l) => typeof l === 'string' && LESSON_ID.test(l))) return 'lessons';
	if (new Set(lessons).size !== lessons.length) return 'lessons: the same lesson twice';
	if (typeof secret !== 'string' || !SECRET.test(secret) || fromBase64Url(secret) === null) return 'secret';
	if (!Number.isSafeInteger(created) || (created as number) < 0) return 'created';
	const assignment: Assignment = {
		id,
		title: title as string,
		note: note as string,
		className: className as string,
		due,
		lessons: [...(lessons as string[])],
		secret,
		created: created as number
	};
	if (v.length === 9) {
		if (typeof mastery !== 'number' || !(mastery >= 0.5 && mastery <= 1)) return 'mastery';
		assignment.mastery = mastery;
	}
	return assignment;
}

// Untrimmed text is refused rather than trimmed, so that each assignment has one encoding.
function text(v: unknown, min: number, max: number): boolean {
	return typeof v === 'string' && v === v.trim() && v.length >= min && v.length <= max;
}

// Typed as string, but a caller in plain JavaScript may pass anything; the check then names the field.
function trim(v: string): string {
	return typeof v === 'string' ? v.trim() : v;
}

function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [y, m, d] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
