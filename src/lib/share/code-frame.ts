/*
 * The frame shared by every code Tansuo passes between devices without a server: assignment links,
 * report codes and the parts of a report too long for one QR code. A code reads
 * `TS` + kind letter + version + `.` + base64url(body), e.g. `TSA1.q3Vk…`.
 *
 * This module holds the pieces every codec needs: strict base64url (two different texts never give
 * the same bytes, so a checksum over the bytes also pins the text), raw deflate with a cap on the
 * inflated size, hashing, finding a code inside pasted text or a link, and reading the header.
 * Only web-standard APIs, so the same code runs in the browser and in Node 20 tests.
 */

/** Every code starts with these letters. */
export const CODE_PREFIX = 'TS';

/** What a code is for: an assignment, a report, or one part of a code split over several QR codes. */
export type CodeKind = 'A' | 'R' | 'P';

/** Why a pasted or scanned code was refused; the UI turns each into a sentence. */
export type CodeProblem =
	| 'empty'
	| 'not-a-code'
	| 'wrong-kind'
	| 'newer-version'
	| 'malformed'
	| 'too-large'
	| 'corrupt'
	| 'tampered'
	| 'invalid'
	| 'unknown-assignment'
	| 'incomplete'
	| 'mixed-parts';

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: CodeProblem; detail?: string };

/** Thrown by the encoders when asked to encode something the decoders would refuse. */
export class CodeError extends Error {
	constructor(
		readonly reason: CodeProblem,
		readonly detail?: string
	) {
		super(detail ? `${reason}: ${detail}` : reason);
		this.name = 'CodeError';
	}
}

/** Pasted text longer than this is refused before searching it: no code comes near it. */
export const MAX_PASTE_LENGTH = 100_000;

// --- base64url ---------------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Base64url without padding (RFC 4648 §5): safe in URL fragments, file names and QR byte mode. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const left = bytes.length - i;
		out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
		if (left > 1) out += ALPHABET[(n >> 6) & 63];
		if (left > 2) out += ALPHABET[n & 63];
	}
	return out;
}

/**
 * Strict base64url decoding: null for any character outside the alphabet (padding included), for a
 * length no encoder produces, and for non-zero bits in the last character that the bytes do not use.
 * The last rule makes decoding one-to-one, so an edited text can never decode to the same bytes.
 */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let count = 0;
	let at = 0;
	for (const c of text) {
		const v = VALUES.get(c);
		if (v === undefined) return null;
		bits = ((bits << 6) | v) & 0xffffff;
		count += 6;
		if (count >= 8) {
			count -= 8;
			out[at++] = (bits >> count) & 0xff;
		}
	}
	if ((bits & ((1 << count) - 1)) !== 0) return null;
	return out;
}

// --- compression ---------------------------------------------------------------------------------

/** Raw deflate (no zlib header: two bytes fewer in every QR code). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const result = await pump(new CompressionStream('deflate-raw'), bytes, Infinity);
	if (!(result instanceof Uint8Array)) throw new Error('deflate failed');
	return result;
}

/**
 * Inflates raw deflate data, or null when it is corrupt, truncated, or inflates past `maxBytes`
 * (a few bytes can inflate to megabytes; reading stops as soon as the cap is passed).
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
	const result = await pump(new DecompressionStream('deflate-raw'), bytes, maxBytes);
	return result instanceof Uint8Array ? result : null;
}

/** Like `inflate`, but says which of the two ways it failed. */
export async function inflateChecked(bytes: Uint8Array, maxBytes: number): Promise<Decoded<Uint8Array>> {
	const result = await pump(new DecompressionStream('deflate-raw'), bytes, maxBytes);
	if (result instanceof Uint8Array) return { ok: true, value: result };
	return result === 'too-large'
		? { ok: false, reason: 'too-large', detail: `inflates past ${maxBytes} bytes` }
		: { ok: false, reason: 'corrupt', detail: 'not deflate data' };
}

async function pump(
	stream: CompressionStream | DecompressionStream,
	bytes: Uint8Array,
	maxBytes: number
): Promise<Uint8Array | 'too-large' | 'corrupt'> {
	const writer = stream.writable.getWriter();
	// Not awaited: the readable side must be drained at the same time or a large input would stall.
	// Their errors surface again through the reader, so they are only silenced here.
	writer.write(new Uint8Array(bytes)).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > maxBytes) {
				await reader.cancel().catch(() => undefined);
				return 'too-large';
			}
			chunks.push(value);
		}
	} catch {
		return 'corrupt';
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

// --- hashing ------------------------------------------------------------------------------------

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
	const k = await crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
		'sign'
	]);
	return new Uint8Array(await crypto.subtle.sign('HMAC', k, new Uint8Array(data)));
}

/** Compares without stopping at the first difference, so timing does not tell how much of a MAC was right. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
	return diff === 0;
}

/** A random id of `bytes` random bytes in base64url (a multiple of 3 gives no unused bits). */
export function randomId(bytes: number): string {
	return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

// --- finding and framing a code ---------------------------------------------------------------

// Never part of a code; some chat apps insert these as invisible break opportunities.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]+/;

/**
 * Finds a code in pasted text: the bare code, a link whose fragment holds it
 * (`https://…/join#TSA1.…`), with text or whitespace around it and line breaks inside it. Returns
 * the code without them, or null when there is none. `prefix` is `CODE_PREFIX` to accept any kind,
 * or `CODE_PREFIX` + a kind letter. The code ends at the first space or other character that no
 * code holds; text on the next line straight after it would be taken as part of it.
 */
export function extractCode(text: string, prefix: string = CODE_PREFIX): string | null {
	// A line break (with the spaces around it) inside a code is wrapping; a space on its own ends the code.
	const flat = text
		.replace(INVISIBLE, '')
		.split(LINE_BREAKS)
		.map((line) => line.trim())
		.join('');
	const pattern = new RegExp(escapeRegExp(prefix) + '[A-Z]?[0-9]+\\.[A-Za-z0-9_.-]*');
	const hash = flat.lastIndexOf('#');
	// A link's fragment is where the code lives; look there first in case the path looks like one too.
	const match = (hash >= 0 ? pattern.exec(flat.slice(hash + 1)) : null) ?? pattern.exec(flat);
	return match ? match[0] : null;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The header of a code: its kind letter, its version, and the text after the dot. */
export interface CodeHeader {
	kind: string;
	version: number;
	body: string;
}

/**
 * Reads `TS` + kind + version + `.` from an extracted code. A version with a leading zero is
 * refused so that each code has exactly one spelling.
 */
export function readHeader(code: string): Decoded<CodeHeader> {
	const match = /^TS([A-Z])([0-9]+)\.(.*)$/s.exec(code);
	if (!match) return { ok: false, reason: 'not-a-code' };
	const [, kind, digits, body] = match;
	if (!/^[1-9][0-9]{0,5}$/.test(digits)) return { ok: false, reason: 'malformed', detail: 'version' };
	return { ok: true, value: { kind, version: Number(digits), body } };
}

/** Writes a frame around body bytes. */
export function writeFrame(kind: CodeKind, version: number, body: Uint8Array): string {
	return `${CODE_PREFIX}${kind}${version}.${toBase64Url(body)}`;
}

/**
 * Finds a code of `kind` in pasted text and returns its version and body bytes, or why not:
 * `empty`, `not-a-code`, `wrong-kind` (detail: the kind letter found), `incomplete` (one part of a
 * split code: collect them with `PartCollector`), `newer-version`, `too-large` (the code is longer
 * than `maxLength`) or `malformed` (bad base64url).
 */
export function openFrame(
	text: string,
	kind: CodeKind,
	knownVersion: number,
	maxLength: number
): Decoded<{ version: number; bytes: Uint8Array }> {
	if (typeof text !== 'string' || text.replace(INVISIBLE, '').trim() === '') return { ok: false, reason: 'empty' };
	if (text.length > MAX_PASTE_LENGTH) return { ok: false, reason: 'too-large', detail: 'pasted text' };
	const code = extractCode(text);
	if (code === null) return { ok: false, reason: 'not-a-code' };
	const header = readHeader(code);
	if (!header.ok) return header;
	const { version, body } = header.value;
	if (header.value.kind !== kind) {
		// One part of a split code is a code of its own, but the student needs to know to scan the rest.
		if (header.value.kind === 'P') return { ok: false, reason: 'incomplete', detail: 'one part of several' };
		return { ok: false, reason: 'wrong-kind', detail: header.value.kind };
	}
	if (version > knownVersion) return { ok: false, reason: 'newer-version', detail: String(version) };
	if (code.length > maxLength) return { ok: false, reason: 'too-large', detail: `${code.length} characters` };
	const bytes = fromBase64Url(body);
	if (bytes === null) return { ok: false, reason: 'malformed', detail: 'base64url' };
	return { ok: true, value: { version, bytes } };
}

// --- JSON payloads ------------------------------------------------------------------------------

/** Compact JSON, deflated. */
export async function deflateJson(value: unknown): Promise<Uint8Array> {
	return deflate(new TextEncoder().encode(JSON.stringify(value)));
}

/** Inflates (at most `maxBytes`) and parses JSON; `too-large` or `corrupt` when it cannot. */
export async function inflateJson(bytes: Uint8Array, maxBytes: number): Promise<Decoded<unknown>> {
	const inflated = await inflateChecked(bytes, maxBytes);
	if (!inflated.ok) return inflated;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false, reason: 'corrupt', detail: 'not JSON' };
	}
}
