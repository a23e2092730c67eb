import { describe, expect, it } from 'vitest';
import {
	deflate,
	equalBytes,
	extractCode,
	fromBase64Url,
	hmacSha256,
	inflate,
	inflateChecked,
	inflateJson,
	openFrame,
	randomId,
	readHeader,
	sha256,
	toBase64Url,
	writeFrame
} from '../../../src/lib/share/code-frame';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('base64url', () => {
	it('round-trips random bytes of every length from 0 to 64, as Node spells it', () => {
		for (let length = 0; length <= 64; length++) {
			for (let n = 0; n < 20; n++) {
				const bytes = crypto.getRandomValues(new Uint8Array(length));
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(bytes);
			}
		}
	});

	it('refuses characters outside the alphabet, padding included', () => {
		for (const text of ['AA==', 'AA+A', 'AA/A', 'AA A', 'AA.A', 'AAé', 'AA\n']) expect(fromBase64Url(text)).toBeNull();
	});

	it('refuses lengths no encoder produces', () => {
		for (const text of ['A', 'AAAAA', 'AAAAAAAAA']) expect(fromBase64Url(text)).toBeNull();
	});

	it('refuses unused trailing bits, so no two texts decode to the same bytes', () => {
		expect(fromBase64Url('AB')).toBeNull();
		expect(fromBase64Url('AAB')).toBeNull();
		expect(fromBase64Url('AQ')).toEqual(new Uint8Array([1]));
		const seen = new Map<string, string>();
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (const a of alphabet)
			for (const b of alphabet)
				for (const c of ['', 'A', 'E', 'Q', '_']) {
					const bytes = fromBase64Url(a + b + c);
					if (!bytes) continue;
					expect(seen.get(hex(bytes) + '/' + bytes.length)).toBeUndefined();
					seen.set(hex(bytes) + '/' + bytes.length, a + b + c);
				}
	});
});

describe('deflate and inflate', () => {
	it('round-trip', async () => {
		const text = utf8('光的折射 light refraction '.repeat(20));
		const packed = await deflate(text);
		expect(packed.length).toBeLessThan(text.length);
		expect(await inflate(packed, 10_000)).toEqual(text);
		expect(await inflate(await deflate(new Uint8Array()), 0)).toEqual(new Uint8Array());
	});

	it('stop past the cap (a few bytes can inflate to megabytes)', async () => {
		const bomb = await deflate(new Uint8Array(4_000_000));
		expect(bomb.length).toBeLessThan(5000);
		expect(await inflate(bomb, 16 * 1024)).toBeNull();
		expect(await inflateChecked(bomb, 16 * 1024)).toMatchObject({ ok: false, reason: 'too-large' });
		expect(await inflate(await deflate(new Uint8Array(100)), 99)).toBeNull();
		expect(await inflate(await deflate(new Uint8Array(100)), 100)).toEqual(new Uint8Array(100));
	});

	it('give null for corrupt or truncated data', async () => {
		const packed = await deflate(utf8('hello hello hello'));
		expect(await inflate(new Uint8Array([255, 255, 255, 1]), 1000)).toBeNull();
		expect(await inflate(packed.subarray(0, packed.length - 2), 1000)).toBeNull();
		expect(await inflateChecked(new Uint8Array([255, 255]), 1000)).toMatchObject({ ok: false, reason: 'corrupt' });
	});

	it('parse JSON, or say it is not JSON', async () => {
		expect(await inflateJson(await deflate(utf8('[1,"二"]')), 100)).toEqual({ ok: true, value: [1, '二'] });
		expect(await inflateJson(await deflate(utf8('[1,')), 100)).toMatchObject({ ok: false, reason: 'corrupt' });
		expect(await inflateJson(await deflate(new Uint8Array([0x5b, 0xff, 0x5d])), 100)).toMatchObject({
			ok: false,
			reason: 'corrupt'
		});
	});
});

describe('hashing', () => {
	it('match the standard test vectors', async () => {
		expect(hex(await sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		// RFC 4231, test case 2
		expect(hex(await hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
			'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
		);
	});

	it('compare bytes', () => {
		expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
		expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
		expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1]))).toBe(false);
	});

	it('make random ids of the asked size', () => {
		expect(randomId(9)).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(fromBase64Url(randomId(16))).toHaveLength(16);
		expect(randomId(16)).not.toBe(randomId(16));
	});
});

describe('extractCode', () => {
	const code = 'TSA1.abcDEF-_123';

	it('finds a bare code, a code in a link, and a code in a sentence', () => {
		expect(extractCode(code, 'TS')).toBe(code);
		expect(extractCode(`https://tansuo.example/join#${code}`, 'TS')).toBe(code);
		expect(extractCode(`Homework for Friday: https://tansuo.example/join#${code} thanks!`, 'TS')).toBe(code);
		expect(extractCode(`我的报告：${code}。`, 'TS')).toBe(code);
	});

	it('removes whitespace around and inside the code (chat apps wrap long words)', () => {
		expect(extractCode(`  \n${code}\n `, 'TS')).toBe(code);
		expect(extractCode('TSA1.abc\r\nDEF-_\n123', 'TS')).toBe(code);
		expect(extractCode('TSA1.abc \n DEF-_\u2028123', 'TS')).toBe(code);
		expect(extractCode('\u00a0TSA1.abc\u200bDEF-_\u2060123\ufeff', 'TS')).toBe(code);
	});

	it('ends the code at a space', () => {
		expect(extractCode(`${code} is my code`, 'TS')).toBe(code);
	});

	it('prefers the fragment of a link', () => {
		expect(extractCode(`https://x.example/TSR1.zzz/join#${code}`, 'TS')).toBe(code);
	});

	it('skips letters that only look like the prefix', () => {
		expect(extractCode(`RESULTS ${code}`, 'TS')).toBe(code);
	});

	it('finds only the kind asked for when the prefix names one', () => {
		expect(extractCode(code, 'TSA')).toBe(code);
		expect(extractCode('TSR1.abc', 'TSA')).toBeNull();
	});

	it('gives null when there is no code', () => {
		for (const text of ['', '   ', 'hello', 'TSA.abc', 'https://tansuo.example/join#']) {
			expect(extractCode(text, 'TS')).toBeNull();
		}
	});
});

describe('frames', () => {
	it('read a header and refuse a version spelled with a leading zero', () => {
		expect(readHeader('TSR12.abc')).toEqual({ ok: true, value: { kind: 'R', version: 12, body: 'abc' } });
		expect(readHeader('TSR01.abc')).toMatchObject({ ok: false, reason: 'malformed' });
		expect(readHeader('TSR0.abc')).toMatchObject({ ok: false, reason: 'malformed' });
		expect(readHeader('TS1.abc')).toMatchObject({ ok: false, reason: 'not-a-code' });
	});

	it('open a frame written by writeFrame', () => {
		const bytes = new Uint8Array([1, 2, 3, 250]);
		expect(openFrame(writeFrame('A', 1, bytes), 'A', 1, 100)).toEqual({ ok: true, value: { version: 1, bytes } });
	});

	it('say why a frame cannot be opened', () => {
		const frame = writeFrame('A', 1, new Uint8Array(30));
		expect(openFrame(' \n', 'A', 1, 100)).toMatchObject({ reason: 'empty' });
		expect(openFrame('no code here', 'A', 1, 100)).toMatchObject({ reason: 'not-a-code' });
		expect(openFrame(frame, 'R', 1, 100)).toMatchObject({ reason: 'wrong-kind', detail: 'A' });
		expect(openFrame('TSP1.abcdefgh.1.2.TSR1.AAAA', 'R', 1, 100)).toMatchObject({ reason: 'incomplete' });
		expect(openFrame(writeFrame('A', 2, new Uint8Array(3)), 'A', 1, 100)).toMatchObject({ reason: 'newer-version' });
		expect(openFrame(frame, 'A', 1, 20)).toMatchObject({ reason: 'too-large' });
		expect(openFrame('TSA1.AAAAA', 'A', 1, 100)).toMatchObject({ reason: 'malformed' });
		expect(openFrame('x'.repeat(200_000), 'A', 1, 100)).toMatchObject({ reason: 'too-large' });
	});
});
