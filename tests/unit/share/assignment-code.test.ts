import { describe, expect, it } from 'vitest';
import {
	ASSIGNMENT_VERSION,
	MAX_ASSIGNMENT_LENGTH,
	decodeAssignment,
	encodeAssignment,
	newAssignmentId,
	newAssignmentSecret,
	type Assignment
} from '../../../src/lib/share/assignment-code';
import { CodeError, deflate, deflateJson, sha256, writeFrame } from '../../../src/lib/share/code-frame';

function assignment(overrides: Partial<Assignment> = {}): Assignment {
	return {
		id: 'abcDEF123-_x',
		title: '光的折射',
		note: 'Finish both before Friday. 周五前完成。',
		className: '五年级二班',
		due: '2026-03-06',
		lessons: ['light-refraction', 'sound-vibration'],
		mastery: 0.8,
		secret: 'AAECAwQFBgcICQoLDA0ODw',
		created: Date.UTC(2026, 1, 27, 8, 30),
		...overrides
	};
}

/** The compact array the code holds, in its fixed order. */
function compact(a: Assignment): unknown[] {
	const out: unknown[] = [a.id, a.title, a.note, a.className, a.due, a.lessons, a.secret, a.created];
	if (a.mastery !== undefined) out.push(a.mastery);
	return out;
}

function withCheck(deflated: Uint8Array, check: Uint8Array) {
	const body = new Uint8Array(deflated.length + 8);
	body.set(deflated);
	body.set(check.subarray(0, 8), deflated.length);
	return body;
}

/** Builds a code with a correct checksum around any payload, as a careful forger would. */
async function forge(payload: unknown, version = ASSIGNMENT_VERSION): Promise<string> {
	const deflated = await deflateJson(payload);
	return writeFrame('A', version, withCheck(deflated, await sha256(deflated)));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Changes the top bit of the base64url character at `at` (negative counts from the end): the text
 * still decodes, to bytes that differ in one bit.
 */
function flip(code: string, at: number): string {
	const i = at < 0 ? code.length + at : at;
	return code.slice(0, i) + ALPHABET[ALPHABET.indexOf(code[i]) ^ 32] + code.slice(i + 1);
}

describe('assignment codes', () => {
	it('round-trip, with and without a mastery target', async () => {
		for (const a of [assignment(), assignment({ mastery: undefined }), assignment({ note: '', className: '' })]) {
			const code = await encodeAssignment(a);
			expect(code).toMatch(/^TSA1\.[A-Za-z0-9_-]+$/);
			expect(await decodeAssignment(code)).toEqual({ ok: true, value: a });
		}
	});

	it('round-trip fresh ids and secrets', async () => {
		const a = assignment({ id: newAssignmentId(), secret: newAssignmentSecret() });
		expect(a.id).toHaveLength(12);
		expect(a.secret).toHaveLength(22);
		expect(await decodeAssignment(await encodeAssignment(a))).toEqual({ ok: true, value: a });
	});

	it('decode from a link, and from a code wrapped by a chat app', async () => {
		const code = await encodeAssignment(assignment());
		expect(await decodeAssignment(`https://tansuo.example/join#${code}`)).toMatchObject({ ok: true });
		const wrapped = `老师发来的作业：\n${code.slice(0, 30)}\n${code.slice(30, 60)} \n ${code.slice(60)}\n`;
		expect(await decodeAssignment(wrapped)).toEqual({ ok: true, value: assignment() });
	});

	it('stay small enough for a QR code', async () => {
		const code = await encodeAssignment(
			assignment({ lessons: ['light-refraction', 'observation-inference', 'fair-test'] })
		);
		expect(code.length).toBeLessThan(300);
	});

	it('trim the texts before encoding', async () => {
		const code = await encodeAssignment(assignment({ title: '  光的折射\n', className: ' 五年级二班 ' }));
		expect(await decodeAssignment(code)).toEqual({ ok: true, value: assignment() });
	});

	it('refuse to encode what the decoder would refuse', async () => {
		await expect(encodeAssignment(assignment({ title: '   ' }))).rejects.toThrow(CodeError);
		await expect(encodeAssignment(assignment({ due: '2026-02-30' }))).rejects.toMatchObject({
			reason: 'invalid',
			detail: 'due'
		});
		await expect(encodeAssignment(assignment({ lessons: ['a', 'a'] }))).rejects.toMatchObject({ reason: 'invalid' });
	});

	it('refuse to encode a code too long to scan (every field full of Chinese that does not repeat)', async () => {
		const chinese = (n: number, seed: number) =>
			[...Array(n)].map((_, i) => String.fromCodePoint(0x4e00 + ((i * 7919 + seed) % 20000))).join('');
		const full = assignment({
			title: chinese(80, 1),
			className: chinese(60, 2),
			note: chinese(500, 3),
			lessons: [...Array(12)].map((_, i) => `physical-chemical-change-${i}`)
		});
		await expect(encodeAssignment(full)).rejects.toMatchObject({ reason: 'too-large' });
		// A note of 300 such characters still fits.
		const code = await encodeAssignment({ ...full, note: full.note.slice(0, 300) });
		expect(code.length).toBeLessThanOrEqual(MAX_ASSIGNMENT_LENGTH);
	});
});

describe('assignment codes refuse', () => {
	it('empty text', async () => {
		expect(await decodeAssignment('')).toMatchObject({ ok: false, reason: 'empty' });
		expect(await decodeAssignment(' \n\t')).toMatchObject({ ok: false, reason: 'empty' });
	});

	it('text without a code', async () => {
		expect(await decodeAssignment('see you on Friday')).toMatchObject({ ok: false, reason: 'not-a-code' });
		expect(await decodeAssignment('https://tansuo.example/join#')).toMatchObject({ ok: false, reason: 'not-a-code' });
	});

	it('a report or a part pasted where an assignment belongs', async () => {
		expect(await decodeAssignment('TSR1.AAAA')).toEqual({ ok: false, reason: 'wrong-kind', detail: 'R' });
		expect(await decodeAssignment('TSP1.abcdefgh.1.2.TSA1.AAAA')).toMatchObject({ ok: false, reason: 'incomplete' });
	});

	it('a code from a newer app', async () => {
		const code = await encodeAssignment(assignment());
		expect(await decodeAssignment(code.replace('TSA1.', 'TSA2.'))).toMatchObject({
			ok: false,
			reason: 'newer-version'
		});
	});

	it('bad base64url', async () => {
		const code = await encodeAssignment(assignment());
		const length = code.length - 'TSA1.'.length;
		// One character more or less makes a length no encoder writes, or leaves unused bits set.
		const cut = length % 4 === 2 ? code.slice(0, -1) : code + 'A';
		expect(await decodeAssignment(cut)).toMatchObject({ ok: false, reason: 'malformed' });
		expect(await decodeAssignment('TSA1.AB')).toMatchObject({ ok: false, reason: 'malformed' });
	});

	it('a code that is too long, or inflates too far', async () => {
		expect(await decodeAssignment('TSA1.' + 'A'.repeat(MAX_ASSIGNMENT_LENGTH))).toMatchObject({
			ok: false,
			reason: 'too-large'
		});
		const big = await forge([...compact(assignment()), 'x'.repeat(20_000)]);
		expect(big.length).toBeLessThan(MAX_ASSIGNMENT_LENGTH);
		expect(await decodeAssignment(big)).toMatchObject({ ok: false, reason: 'too-large' });
	});

	it('a changed character (checksum)', async () => {
		const code = await encodeAssignment(assignment());
		for (const at of [10, 20, -3, -1]) {
			expect(await decodeAssignment(flip(code, at))).toMatchObject({ ok: false, reason: 'corrupt' });
		}
	});

	it('a good checksum over data that is not deflate or not JSON', async () => {
		const junk = new Uint8Array([255, 255, 255, 1, 2, 3]);
		expect(await decodeAssignment(writeFrame('A', 1, withCheck(junk, await sha256(junk))))).toMatchObject({
			ok: false,
			reason: 'corrupt'
		});
		const text = await deflate(new TextEncoder().encode('{not json'));
		expect(await decodeAssignment(writeFrame('A', 1, withCheck(text, await sha256(text))))).toMatchObject({
			ok: false,
			reason: 'corrupt'
		});
		expect(await decodeAssignment('TSA1.AAAA')).toMatchObject({ ok: false, reason: 'corrupt' });
	});

	it('the wrong shape, naming the field', async () => {
		const cases: [unknown, string][] = [
			[{ id: 'x' }, 'not an assignment'],
			[compact(assignment()).slice(0, 7), 'not an assignment'],
			[[...compact(assignment({ mastery: undefined })), 0.8, 1], 'not an assignment'],
			[compact(assignment({ id: 'short' })), 'id'],
			[compact(assignment({ title: '' })), 'title'],
			[compact(assignment({ title: ' 光 ' })), 'title'],
			[compact(assignment({ title: 'x'.repeat(81) })), 'title'],
			[compact(assignment({ title: 'two\nlines' })), 'title'],
			[compact(assignment({ note: 'x'.repeat(501) })), 'note'],
			[compact(assignment({ className: 'x'.repeat(61) })), 'className'],
			[compact(assignment({ due: '2026-02-30' })), 'due'],
			[compact(assignment({ due: '2026-13-01' })), 'due'],
			[compact(assignment({ due: '6 March' })), 'due'],
			[compact(assignment({ lessons: [] })), 'lessons'],
			[compact(assignment({ lessons: ['Light'] })), 'lessons'],
			[compact(assignment({ lessons: [...Array(13)].map((_, i) => `l${i}`) })), 'lessons'],
			[compact(assignment({ lessons: ['cells', 'cells'] })), 'lessons: the same lesson twice'],
			[compact(assignment({ secret: 'short' })), 'secret'],
			[compact(assignment({ secret: 'AAECAwQFBgcICQoLDA0ODx' })), 'secret'],
			[compact(assignment({ created: -1 })), 'created'],
			[compact(assignment({ created: 1.5 })), 'created'],
			[compact(assignment({ mastery: 0.3 })), 'mastery'],
			[compact(assignment({ mastery: 1.01 })), 'mastery'],
			[[...compact(assignment({ mastery: undefined })), null], 'mastery']
		];
		for (const [payload, detail] of cases) {
			expect(await decodeAssignment(await forge(payload))).toEqual({ ok: false, reason: 'invalid', detail });
		}
	});

	it('nothing it accepts fails to round-trip: a forged valid payload decodes to itself', async () => {
		const a = assignment({ due: '2028-02-29', mastery: 1 });
		expect(await decodeAssignment(await forge(compact(a)))).toEqual({ ok: true, value: a });
	});
});
