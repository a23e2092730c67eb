/*
 * Throws random text and damaged codes at every decoder. Each must return (never throw), refuse
 * with a known reason, and never turn a damaged code into a value other than the original.
 * The generator is seeded: a failure prints its seed and input, and reruns the same way.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, type Assignment } from '../../../src/lib/share/assignment-code';
import type { CodeProblem } from '../../../src/lib/share/code-frame';
import { PartCollector, splitCode } from '../../../src/lib/share/code-parts';
import { decodeReport, encodeReport, type Report } from '../../../src/lib/share/report-code';
import { seededRandom as random } from '../../../src/lib/quiz/shuffle';

const SEED = 20260305;
const RUNS = 3000;

const REASONS: CodeProblem[] = [
	'empty',
	'not-a-code',
	'wrong-kind',
	'newer-version',
	'malformed',
	'too-large',
	'corrupt',
	'tampered',
	'invalid',
	'unknown-assignment',
	'incomplete',
	'mixed-parts'
];

const SECRET = 'AAECAwQFBgcICQoLDA0ODw';
const assignment: Assignment = {
	id: 'abcDEF123-_x',
	title: '光的折射',
	note: '周五前完成 / by Friday',
	className: '五年级二班',
	due: '2026-03-06',
	lessons: ['light-refraction', 'sound-vibration', 'fair-test'],
	mastery: 0.8,
	secret: SECRET,
	created: Date.UTC(2026, 1, 27)
};
const report: Report = {
	assignmentId: assignment.id,
	student: '欧阳小明',
	made: Date.UTC(2026, 2, 5, 19),
	lessons: assignment.lessons.map((id, i) => ({
		id,
		status: (['in-progress', 'completed', 'mastered'] as const)[i],
		seconds: 300 * (i + 1),
		questions: { 'q-a': true, 'q-b': false, 'q-d': true, 'q-e': true, 'q-f': false, 'q-g': true, 'q-i': true }
	}))
};
const secretFor = (id: string) => (id === assignment.id ? SECRET : undefined);

const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOISE = CODE_CHARS + '.#:/ \n\t=+%?&\u00a0\u200b王光é😀\u0000';

function fuzzer(seed: number) {
	const next = random(seed);
	const int = (n: number) => Math.floor(next() * n);
	const pick = (text: string) => [...text][int([...text].length)];

	/** Random text, often shaped like the start of a code so the decoders get past the first checks. */
	function text(): string {
		const length = int(next() < 0.9 ? 120 : 3000);
		const alphabet = next() < 0.5 ? CODE_CHARS : NOISE;
		let out = Array.from({ length }, () => pick(alphabet)).join('');
		const head = next();
		if (head < 0.2) out = 'TSA1.' + out;
		else if (head < 0.4) out = 'TSR1.' + out;
		else if (head < 0.5) out = `TSP1.${out.slice(0, 8)}.${1 + int(3)}.${2 + int(2)}.${out.slice(8)}`;
		else if (head < 0.55) out = 'https://tansuo.example/join#TS' + out;
		return out;
	}

	/** One to three edits of a code: flip, insert, delete, swap, truncate or duplicate. */
	function mutate(code: string): string {
		let out = code;
		for (let edits = 1 + int(3), e = 0; e < edits; e++) {
			const at = int(out.length + 1);
			switch (int(7)) {
				case 0:
					out = out.slice(0, at) + pick(next() < 0.8 ? CODE_CHARS : NOISE) + out.slice(at + 1);
					break;
				case 1:
					out = out.slice(0, at) + pick(next() < 0.8 ? CODE_CHARS : NOISE) + out.slice(at);
					break;
				case 2:
					out = out.slice(0, at) + out.slice(at + 1 + int(3));
					break;
				case 3:
					out = out.slice(0, at) + out.slice(at + 1, at + 2) + out.slice(at, at + 1) + out.slice(at + 2);
					break;
				case 4:
					out = out.slice(0, at);
					break;
				case 5: {
					const length = 1 + int(20);
					out = out.slice(0, at) + out.slice(at, at + length) + out.slice(at);
					break;
				}
				default:
					out = next() < 0.5 ? out + out : out + '\n' + out;
			}
		}
		return out;
	}

	return { next, int, text, mutate };
}

type Outcome = { ok: true; value: unknown } | { ok: false; reason: string };

/** Checks one outcome; returns a description of what went wrong, or undefined. */
function problem(outcome: Outcome, original: unknown): string | undefined {
	if (outcome.ok) return isDeepStrictEqual(outcome.value, original) ? undefined : 'a different value';
	return REASONS.includes(outcome.reason as CodeProblem) ? undefined : `unknown reason ${outcome.reason}`;
}

async function attempt<T extends object>(run: () => Promise<T>): Promise<T | string> {
	try {
		return await run();
	} catch (error) {
		return `threw ${String(error)}`;
	}
}

describe('decoders under fuzzing', () => {
	it(`decodeAssignment: ${RUNS} random texts and ${RUNS} damaged codes`, { timeout: 30_000 }, async () => {
		const code = await encodeAssignment(assignment);
		const f = fuzzer(SEED);
		const failures: string[] = [];
		let refused = 0;
		for (let n = 0; n < 2 * RUNS; n++) {
			const input = n < RUNS ? f.text() : f.mutate(code);
			const outcome = await attempt(() => decodeAssignment(input));
			const wrong = typeof outcome === 'string' ? outcome : problem(outcome, assignment);
			if (wrong) failures.push(`seed ${SEED} run ${n}: ${wrong} for ${JSON.stringify(input)}`);
			if (typeof outcome !== 'string' && !outcome.ok) refused++;
		}
		expect(failures).toEqual([]);
		// Some mutations leave the code intact (a swap of equal characters, a copy after a space).
		expect(refused).toBeGreaterThan(RUNS * 1.8);
	});

	it(`decodeReport: ${RUNS} random texts and ${RUNS} damaged codes`, { timeout: 30_000 }, async () => {
		const code = await encodeReport(report, SECRET);
		const f = fuzzer(SEED + 1);
		const failures: string[] = [];
		let refused = 0;
		for (let n = 0; n < 2 * RUNS; n++) {
			const input = n < RUNS ? f.text() : f.mutate(code);
			const outcome = await attempt(() => decodeReport(input, secretFor));
			const wrong = typeof outcome === 'string' ? outcome : problem(outcome, report);
			if (wrong) failures.push(`seed ${SEED + 1} run ${n}: ${wrong} for ${JSON.stringify(input)}`);
			if (typeof outcome !== 'string' && !outcome.ok) refused++;
		}
		expect(failures).toEqual([]);
		expect(refused).toBeGreaterThan(RUNS * 1.8);
	});

	it(`PartCollector: ${RUNS} random texts and ${RUNS} sets with a damaged part`, { timeout: 30_000 }, async () => {
		const code = await encodeReport(report, SECRET);
		const parts = await splitCode(code, 90);
		expect(parts.length).toBeGreaterThan(2);
		const f = fuzzer(SEED + 2);
		const failures: string[] = [];
		for (let n = 0; n < 2 * RUNS; n++) {
			const collector = new PartCollector();
			// A damaged part among the good ones, in a random order, or random text on its own.
			const inputs =
				n < RUNS
					? [f.text()]
					: parts.map((part, i) => (i === n % parts.length ? f.mutate(part) : part)).sort(() => f.next() - 0.5);
			for (const input of inputs) {
				const result = await attempt(() => collector.add(input));
				let wrong: string | undefined;
				if (typeof result === 'string') wrong = result;
				else if (!result.ok) wrong = problem(result, undefined);
				else if (result.status === 'complete' && result.code !== code) {
					// Whatever came out must still be refused by the decoder, or be the same report.
					const decoded = await attempt(() => decodeReport(result.code, secretFor));
					wrong = typeof decoded === 'string' ? decoded : problem(decoded, report);
				}
				if (wrong) failures.push(`seed ${SEED + 2} run ${n}: ${wrong} for ${JSON.stringify(input)}`);
			}
		}
		expect(failures).toEqual([]);
	});
});
