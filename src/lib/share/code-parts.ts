/*
 * Multi-part codes: when a code is too long for one QR code that a phone scans easily, it is cut
 * into parts `TSP1.<set>.<index>.<total>.<chunk>`, shown one after another and scanned in any order.
 * `<set>` is the start of the SHA-256 of the whole code, so parts of two different codes are never
 * joined, and a joined code that does not hash to it (a part misread or edited) is refused.
 * The joined code is then decoded as usual, which checks its own checksum or MAC.
 */
import {
	CodeError,
	MAX_PASTE_LENGTH,
	extractCode,
	readHeader,
	sha256,
	toBase64Url,
	type CodeProblem
} from './code-frame';

/** Longest text put in one QR code: about what a cheap phone camera reads from a screen. */
export const PART_SIZE = 600;
export const MAX_PARTS = 20;
export const PARTS_VERSION = 1;

const SET_ID_LENGTH = 8;
const CODE = /^TS[A-OQ-Z][1-9][0-9]*\.[A-Za-z0-9_.-]*$/;
const PART = /^([A-Za-z0-9_-]{8})\.([1-9][0-9]?)\.([1-9][0-9]?)\.([A-Za-z0-9_.-]+)$/;

/**
 * Cuts a code into parts of at most `maxLength` characters each, or returns `[code]` when it fits.
 * The parts are about the same length, so the QR codes look alike. Throws a `CodeError`
 * (`too-large`) when it would take more than `MAX_PARTS` parts, and a RangeError for a text that
 * is not a whole code.
 */
export async function splitCode(code: string, maxLength = PART_SIZE): Promise<string[]> {
	if (!CODE.test(code)) throw new RangeError('not a code');
	if (code.length <= maxLength) return [code];
	const setId = await setIdOf(code);
	for (let total = 2; total <= MAX_PARTS; total++) {
		const size = Math.ceil(code.length / total);
		// The widest header is the last part's: its index has as many digits as the total.
		if (partHeader(setId, total, total).length + size > maxLength) continue;
		return Array.from(
			{ length: total },
			(_, i) => partHeader(setId, i + 1, total) + code.slice(i * size, (i + 1) * size)
		);
	}
	throw new CodeError('too-large', `more than ${MAX_PARTS} parts of ${maxLength} characters`);
}

/** What one scan or paste added. */
export type PartResult =
	/** A part was kept (or was already there: `duplicate`); `missing` lists the 1-based indexes still needed. */
	| { ok: true; status: 'part'; index: number; have: number; total: number; missing: number[]; duplicate: boolean }
	/** The whole code, ready for `decodeAssignment` or `decodeReport`. */
	| { ok: true; status: 'complete'; code: string }
	| { ok: false; reason: CodeProblem; detail?: string };

/**
 * Gathers the parts of one split code, in any order; a whole code (not split) completes at once.
 *
 * A part of a different set is refused with `mixed-parts` and the parts gathered so far are kept:
 * a stray scan of a classmate's code should not throw away three good scans. The UI offers
 * `reset()` to start over with the other set. After `complete`, or when the joined code fails its
 * hash (`corrupt`: some part was misread or edited, and which one cannot be known), the collector
 * is empty again and ready for the next code.
 */
export class PartCollector {
	#set: { id: string; total: number; chunks: Map<number, string> } | null = null;

	/** What has been gathered of the current set, or null when nothing has. */
	get progress(): { have: number; total: number; missing: number[] } | null {
		if (!this.#set) return null;
		return { have: this.#set.chunks.size, total: this.#set.total, missing: this.#missing() };
	}

	/** Forgets the parts gathered so far. */
	reset(): void {
		this.#set = null;
	}

	/** Adds a scanned or pasted part (or whole code). Never throws. */
	async add(text: string): Promise<PartResult> {
		if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
		if (text.length > MAX_PASTE_LENGTH) return { ok: false, reason: 'too-large', detail: 'pasted text' };
		const code = extractCode(text);
		if (code === null) return { ok: false, reason: 'not-a-code' };
		const header = readHeader(code);
		if (!header.ok) return header;
		if (header.value.kind !== 'P') return { ok: true, status: 'complete', code };
		if (header.value.version > PARTS_VERSION) return { ok: false, reason: 'newer-version' };

		const match = PART.exec(header.value.body);
		if (!match) return { ok: false, reason: 'malformed', detail: 'part header' };
		const [, id, indexText, totalText, chunk] = match;
		const index = Number(indexText);
		const total = Number(totalText);
		if (total < 2 || total > MAX_PARTS || index > total)
			return { ok: false, reason: 'malformed', detail: 'part number' };
		// The same set cut another way (another part size) is as foreign as another set.
		if (this.#set && (this.#set.id !== id || this.#set.total !== total)) return { ok: false, reason: 'mixed-parts' };

		const set = (this.#set ??= { id, total, chunks: new Map() });
		const duplicate = set.chunks.has(index);
		if (!duplicate) set.chunks.set(index, chunk);
		if (set.chunks.size < total) {
			return { ok: true, status: 'part', index, have: set.chunks.size, total, missing: this.#missing(), duplicate };
		}

		this.#set = null;
		const joined = Array.from({ length: total }, (_, i) => set.chunks.get(i + 1)).join('');
		if (!CODE.test(joined) || (await setIdOf(joined)) !== id) {
			return { ok: false, reason: 'corrupt', detail: 'the parts do not make the code they came from' };
		}
		return { ok: true, status: 'complete', code: joined };
	}

	#missing(): number[] {
		const set = this.#set;
		if (!set) return [];
		return Array.from({ length: set.total }, (_, i) => i + 1).filter((i) => !set.chunks.has(i));
	}
}

function partHeader(setId: string, index: number, total: number): string {
	return `TSP${PARTS_VERSION}.${setId}.${index}.${total}.`;
}

async function setIdOf(code: string): Promise<string> {
	return toBase64Url(await sha256(new TextEncoder().encode(code))).slice(0, SET_ID_LENGTH);
}
