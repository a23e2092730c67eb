import { describe, expect, it } from 'vitest';
import {
	CodeError,
	deflate,
	deflateJson,
	fromBase64Url,
	hmacSha256,
	writeFrame
} from '../../../src/lib/share/code-frame';
import {
	MAX_REPORT_LENGTH,
	REPORT_VERSION,
	decodeReport,
	encodeReport,
	newerReport,
	reportKey,
	type Report,
	type ReportLesson
} from '../../../src/lib/share/report-code';
import { seededRandom as random } from '../../../src/lib/quiz/shuffle';

const SECRET = 'AAECAwQFBgcICQoLDA0ODw';
const OTHER_SECRET = 'DwAOAQ0CDAMLBAoFCQYIBw';
const ASSIGNMENT_ID = 'abcDEF123-_x';
const secrets: Record<string, string> = { [ASSIGNMENT_ID]: SECRET };
const secretFor = (id: string) => secrets[id];

function lesson(overrides: Partial<ReportLesson> = {}): ReportLesson {
	return {
		id: 'light-refraction',
		status: 'completed',
		seconds: 754,
		questions: { 'q-bent-spoon': true, 'q-snell': false, 'q-rainbow': true },
		...overrides
	};
}

function report(overrides: Partial<Report> = {}): Report {
	return {
		assignmentId: ASSIGNMENT_ID,
		student: '王小明',
		made: Date.UTC(2026, 2, 5, 19, 12),
		lessons: [lesson(), lesson({ id: 'sound-vibration', status: 'in-progress', seconds: 0, questions: {} })],
		...overrides
	};
}

// Question ids as the lessons write them (from levers and light-refraction).
const QUESTION_IDS = [
	'q-seesaw',
	'q-coins',
	'q-chopsticks',
	'q-which-save-force',
	'q-scissors',
	'q-parts',
	'q-archimedes',
	'q-balance-sim',
	'q-bent-spoon',
	'q-why-bend'
];

const STATUS_DIGIT = { 'not-started': 0, 'in-progress': 1, completed: 2, mastered: 3 };

/** The compact array a version 2 code holds, in its fixed order. */
function compact(r: Report): unknown[] {
	const ids = (l: ReportLesson, right: boolean) =>
		Object.entries(l.questions ?? {})
			.filter(([, v]) => v === right)
			.map(([id]) => id)
			.join(' ');
	return [
		r.assignmentId,
		r.student,
		r.made,
		r.lessons.map((l) => [l.id, STATUS_DIGIT[l.status], l.seconds, ids(l, true), ids(l, false)])
	];
}

/** The compact array of a version 1 code (older apps): first tries by quiz position. */
function compactV1(r: Report): unknown[] {
	return [
		r.assignmentId,
		r.student,
		r.made,
		r.lessons.map((l) => [
			l.id,
			STATUS_DIGIT[l.status],
			l.seconds,
			(l.firstTry ?? []).map((t) => (t === null ? '-' : t ? '1' : '0')).join('')
		])
	];
}

function withMac(deflated: Uint8Array, mac: Uint8Array) {
	const body = new Uint8Array(deflated.length + 12);
	body.set(deflated);
	body.set(mac.subarray(0, 12), deflated.length);
	return body;
}

/** Signs any deflated payload with a secret, as a student's app (or a forger holding the secret) would. */
async function sign(deflated: Uint8Array, secret = SECRET, version = REPORT_VERSION): Promise<string> {
	return writeFrame('R', version, withMac(deflated, await hmacSha256(fromBase64Url(secret)!, deflated)));
}

const forge = async (payload: unknown, secret = SECRET) => sign(await deflateJson(payload), secret);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Changes the top bit of the base64url character at `at` (negative counts from the end): the text
 * still decodes, to bytes that differ in one bit.
 */
function flip(code: string, at: number): string {
	const i = at < 0 ? code.length + at : at;
	return code.slice(0, i) + ALPHABET[ALPHABET.indexOf(code[i]) ^ 32] + code.slice(i + 1);
}

describe('report codes', () => {
	it('round-trip', async () => {
		const r = report();
		const code = await encodeReport(r, SECRET);
		expect(code).toMatch(/^TSR2\.[A-Za-z0-9_-]+$/);
		expect(await decodeReport(code, secretFor)).toEqual({ ok: true, value: r });
	});

	it('from an older app (version 1, by position) still decode, positions kept as they were', async () => {
		const old = report({
			lessons: [
				{ id: 'light-refraction', status: 'completed', seconds: 754, firstTry: [true, false, null, true] },
				{ id: 'sound-vibration', status: 'in-progress', seconds: 0, firstTry: [] }
			]
		});
		const code = await sign(await deflateJson(compactV1(old)), SECRET, 1);
		expect(code).toMatch(/^TSR1\./);
		expect(await decodeReport(code, secretFor)).toEqual({ ok: true, value: old });
		// A version 1 lesson in a version 2 code, or the other way round, is not a report.
		expect(await decodeReport(await sign(await deflateJson(compactV1(old)), SECRET, 2), secretFor)).toMatchObject({
			reason: 'invalid',
			detail: 'lessons[0].shape'
		});
		expect(await decodeReport(await sign(await deflateJson(compact(report())), SECRET, 1), secretFor)).toMatchObject({
			reason: 'invalid',
			detail: 'lessons[0].shape'
		});
	});

	it('round-trip every status, an async secret lookup, and a pasted link', async () => {
		const r = report({
			lessons: (['not-started', 'in-progress', 'completed', 'mastered'] as const).map((status, i) =>
				lesson({
					id: `lesson-${i}`,
					status,
					seconds: i * 10_000_00,
					questions: Object.fromEntries([...Array(40)].map((_, q) => [`q-${q}`, i % 2 === 0]))
				})
			)
		});
		const code = await encodeReport(r, SECRET);
		expect(
			await decodeReport(`我的报告 https://tansuo.example/report#${code}\n谢谢`, async (id) => secrets[id])
		).toEqual({
			ok: true,
			value: r
		});
	});

	it('trim the name before encoding, and keep names in any script', async () => {
		for (const student of ['  王小明 ', 'Zoë Ó Súilleabháin', 'محمد', '김민준']) {
			const decoded = await decodeReport(await encodeReport(report({ student }), SECRET), secretFor);
			expect(decoded).toEqual({ ok: true, value: report({ student: student.trim() }) });
		}
	});

	it('fit 5 lessons of 10 questions (ids as long as the lessons use) and a Chinese name in 600 characters', async () => {
		const next = random(600);
		const ids = ['physical-chemical-change', 'observation-inference', 'germs-and-handwashing', 'evidence-uncertainty'];
		const names = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳司马诸葛明华伟芳娜静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英';
		let longest = 0;
		for (let n = 0; n < 50; n++) {
			const student = [...Array(3 + Math.floor(next() * 4))]
				.map(() => names[Math.floor(next() * names.length)])
				.join('');
			const lessons = [...Array(5)].map((_, i) =>
				lesson({
					id: `${ids[Math.floor(next() * ids.length)]}-${i}`,
					status: (['not-started', 'in-progress', 'completed', 'mastered'] as const)[Math.floor(next() * 4)],
					seconds: Math.floor(next() * 100_000),
					questions: Object.fromEntries(
						QUESTION_IDS.slice(0, 10).flatMap((q) => {
							const t = [true, false, null][Math.floor(next() * 3)];
							return t === null ? [] : [[q, t]];
						})
					)
				})
			);
			const code = await encodeReport(report({ student, lessons, made: Date.now() }), SECRET);
			longest = Math.max(longest, code.length);
		}
		expect(longest).toBeLessThanOrEqual(600);
	});

	it('refuse to encode what the decoder would refuse', async () => {
		await expect(encodeReport(report({ student: ' ' }), SECRET)).rejects.toThrow(CodeError);
		await expect(encodeReport(report(), 'not a secret')).rejects.toMatchObject({ reason: 'invalid', detail: 'secret' });
		await expect(encodeReport(report({ lessons: [lesson({ seconds: 1.5 })] }), SECRET)).rejects.toMatchObject({
			reason: 'invalid',
			detail: 'lessons[0].seconds'
		});
		await expect(
			encodeReport(report({ lessons: [lesson({ status: 'done' as 'completed' })] }), SECRET)
		).rejects.toMatchObject({ detail: 'lessons[0].status' });
	});
});

describe('report codes refuse', () => {
	it('empty text, text without a code, another kind of code, a newer version', async () => {
		const code = await encodeReport(report(), SECRET);
		expect(await decodeReport('', secretFor)).toMatchObject({ ok: false, reason: 'empty' });
		expect(await decodeReport('thanks!', secretFor)).toMatchObject({ ok: false, reason: 'not-a-code' });
		expect(await decodeReport('TSA1.AAAA', secretFor)).toEqual({ ok: false, reason: 'wrong-kind', detail: 'A' });
		expect(await decodeReport(code.replace('TSR2.', 'TSR3.'), secretFor)).toMatchObject({
			ok: false,
			reason: 'newer-version'
		});
	});

	it('bad base64url and codes too long', async () => {
		expect(await decodeReport('TSR1.AAAAA', secretFor)).toMatchObject({ ok: false, reason: 'malformed' });
		expect(await decodeReport('TSR1.' + 'A'.repeat(MAX_REPORT_LENGTH), secretFor)).toMatchObject({
			ok: false,
			reason: 'too-large'
		});
		expect(await decodeReport(await forge([...compact(report()), 'x'.repeat(20_000)]), secretFor)).toMatchObject({
			ok: false,
			reason: 'too-large'
		});
	});

	it('data that is not deflate, not JSON, or too short', async () => {
		expect(await decodeReport(await sign(new Uint8Array([255, 255, 1, 2])), secretFor)).toMatchObject({
			reason: 'corrupt'
		});
		expect(await decodeReport(await sign(await deflate(new TextEncoder().encode('[1,'))), secretFor)).toMatchObject({
			reason: 'corrupt'
		});
		expect(await decodeReport('TSR1.AAAA', secretFor)).toMatchObject({ reason: 'corrupt' });
	});

	it('a report for an assignment this teacher does not have', async () => {
		const code = await encodeReport(report({ assignmentId: 'zzzzzzzzzzzz' }), SECRET);
		expect(await decodeReport(code, secretFor)).toEqual({
			ok: false,
			reason: 'unknown-assignment',
			detail: 'zzzzzzzzzzzz'
		});
	});

	it('a report signed with another secret', async () => {
		const code = await encodeReport(report(), OTHER_SECRET);
		expect(await decodeReport(code, secretFor)).toEqual({ ok: false, reason: 'tampered' });
	});

	it('a changed MAC character', async () => {
		const code = await encodeReport(report(), SECRET);
		for (const at of [-1, -5, -15]) {
			expect(await decodeReport(flip(code, at), secretFor)).toEqual({ ok: false, reason: 'tampered' });
		}
	});

	it('a changed character in the data', async () => {
		const code = await encodeReport(report(), SECRET);
		for (let at = 'TSR2.'.length; at < code.length - 16; at += 7) {
			const decoded = await decodeReport(flip(code, at), secretFor);
			expect(decoded.ok).toBe(false);
		}
	});

	it('a better score without the secret (old MAC, new data)', async () => {
		const code = await encodeReport(report(), SECRET);
		const mac = fromBase64Url(code.slice('TSR2.'.length))!.slice(-12);
		const better = await deflateJson(compact(report({ lessons: [lesson({ status: 'mastered' })] })));
		expect(await decodeReport(writeFrame('R', 2, withMac(better, mac)), secretFor)).toEqual({
			ok: false,
			reason: 'tampered'
		});
	});

	it('the wrong shape, naming the field', async () => {
		const cases: [unknown, string][] = [
			[compact(report()).slice(0, 3), 'not a report'],
			[[...compact(report()), 1], 'not a report'],
			[compact(report({ student: '' })), 'student'],
			[compact(report({ student: ' 王 ' })), 'student'],
			[compact(report({ student: 'x'.repeat(41) })), 'student'],
			[compact(report({ student: 'a\nb' })), 'student'],
			[compact(report({ made: -5 })), 'made'],
			[compact(report({ made: 1e300 })), 'made'],
			[compact(report({ lessons: [] })), 'lessons'],
			[compact(report({ lessons: [...Array(13)].map((_, i) => lesson({ id: `l-${i}` })) })), 'lessons'],
			[compact(report({ lessons: [lesson(), lesson()] })), 'lessons: the same lesson twice'],
			[compact(report({ lessons: [lesson({ id: 'Light' })] })), 'lessons[0].id'],
			[compact(report({ lessons: [lesson({ seconds: -1 })] })), 'lessons[0].seconds'],
			[compact(report({ lessons: [lesson({ seconds: 10_000_001 })] })), 'lessons[0].seconds'],
			[
				compact(
					report({
						lessons: [lesson({ questions: Object.fromEntries([...Array(41)].map((_, q) => [`q-${q}`, true])) })]
					})
				),
				'lessons[0].questions'
			],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 4, 0, '', '']]], 'lessons[0].status'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0, 'q-a Q-b', '']]], 'lessons[0].right'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0, 'q-a', 'q-a']]], 'lessons[0].wrong'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0, 'q-a  q-b', '']]], 'lessons[0].right'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0, 'q-a', 3]]], 'lessons[0].wrong'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0, '1-0']]], 'lessons[0].shape'],
			[[ASSIGNMENT_ID, '王', 1, [['cells', 2, 0]]], 'lessons[0].shape'],
			[[ASSIGNMENT_ID, '王', 1, [{ id: 'cells' }]], 'lessons[0].shape']
		];
		for (const [payload, detail] of cases) {
			expect(await decodeReport(await forge(payload), secretFor)).toEqual({ ok: false, reason: 'invalid', detail });
		}
		// Version 1 lessons are checked as strictly.
		for (const [lesson1, detail] of [
			[['cells', 2, 0, '102'], 'lessons[0].firstTry'],
			[['cells', 2, 0, '1'.repeat(41)], 'lessons[0].firstTry'],
			[['cells', 2, 0, '10', ''], 'lessons[0].shape']
		] as const) {
			const code = await sign(await deflateJson([ASSIGNMENT_ID, '王', 1, [lesson1]]), SECRET, 1);
			expect(await decodeReport(code, secretFor)).toEqual({ ok: false, reason: 'invalid', detail });
		}
		expect(await decodeReport(await forge({ a: 1 }), secretFor)).toEqual({
			ok: false,
			reason: 'invalid',
			detail: 'assignmentId'
		});
	});
});

describe('merging reports', () => {
	it('key the same student however the name was typed', () => {
		const key = reportKey(report({ student: 'Li  Wei' }));
		expect(key).toBe(`${ASSIGNMENT_ID}/li wei`);
		expect(reportKey(report({ student: 'ＬＩ WEI' }))).toBe(key);
		expect(reportKey(report({ student: 'li\u3000wei' }))).toBe(key);
		expect(reportKey(report({ student: '王小明' }))).not.toBe(reportKey(report({ student: '王小民' })));
		expect(reportKey(report({ assignmentId: 'zzzzzzzzzzzz', student: 'Li Wei' }))).not.toBe(key);
	});

	it('keep the newer report, the first on a tie', () => {
		const older = report({ made: 1000 });
		const newer = report({ made: 2000 });
		expect(newerReport(older, newer)).toBe(newer);
		expect(newerReport(newer, older)).toBe(newer);
		const same = report({ made: 1000 });
		expect(newerReport(older, same)).toBe(older);
	});
});
