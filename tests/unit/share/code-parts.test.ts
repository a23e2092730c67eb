import { describe, expect, it } from 'vitest';
import { CodeError, randomId } from '../../../src/lib/share/code-frame';
import { MAX_PARTS, PART_SIZE, PartCollector, splitCode } from '../../../src/lib/share/code-parts';
import { seededRandom as random } from '../../../src/lib/quiz/shuffle';

/** A report-shaped code of the given length (the collector checks only the parts' hash). */
const codeOf = (length: number) => ('TSR1.' + randomId(Math.ceil(length * 0.75))).slice(0, length);

function shuffle<T>(items: T[], next: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

describe('splitCode', () => {
	it('leaves a code that fits alone', async () => {
		const code = codeOf(PART_SIZE);
		expect(await splitCode(code)).toEqual([code]);
	});

	it('cuts a long code into parts of about the same length, each within the limit', async () => {
		const code = codeOf(1500);
		const parts = await splitCode(code);
		expect(parts).toHaveLength(3);
		for (const [i, part] of parts.entries()) {
			expect(part.length).toBeLessThanOrEqual(PART_SIZE);
			expect(part).toMatch(new RegExp(`^TSP1\\.[A-Za-z0-9_-]{8}\\.${i + 1}\\.3\\.`));
		}
		expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
	});

	it('keeps within the limit when the part numbers reach two digits', async () => {
		const parts = await splitCode(codeOf(3000), 200);
		expect(parts.length).toBeGreaterThanOrEqual(10);
		expect(parts.every((p) => p.length <= 200)).toBe(true);
	});

	it(`refuses to make more than ${MAX_PARTS} parts`, async () => {
		await expect(splitCode(codeOf(3000), 100)).rejects.toThrow(CodeError);
		await expect(splitCode('not a code', 5)).rejects.toThrow(RangeError);
	});
});

describe('PartCollector', () => {
	it('joins parts scanned in any order, telling what is still missing', async () => {
		const next = random(7);
		for (let n = 0; n < 20; n++) {
			const code = codeOf(700 + Math.floor(next() * 3000));
			const parts = shuffle(await splitCode(code), next);
			const collector = new PartCollector();
			for (const [i, part] of parts.entries()) {
				const result = await collector.add(part);
				if (i < parts.length - 1) {
					expect(result).toMatchObject({
						ok: true,
						status: 'part',
						have: i + 1,
						total: parts.length,
						duplicate: false
					});
					expect(collector.progress?.missing).toHaveLength(parts.length - i - 1);
				} else {
					expect(result).toEqual({ ok: true, status: 'complete', code });
				}
			}
			expect(collector.progress).toBeNull();
		}
	});

	it('says which parts are missing', async () => {
		const parts = await splitCode(codeOf(2000));
		const collector = new PartCollector();
		expect(await collector.add(parts[1])).toEqual({
			ok: true,
			status: 'part',
			index: 2,
			have: 1,
			total: 4,
			missing: [1, 3, 4],
			duplicate: false
		});
	});

	it('ignores a part scanned twice', async () => {
		const code = codeOf(1500);
		const [a, b, c] = await splitCode(code);
		const collector = new PartCollector();
		await collector.add(a);
		expect(await collector.add(`  ${a}\n`)).toMatchObject({ status: 'part', have: 1, duplicate: true });
		await collector.add(c);
		expect(await collector.add(b)).toEqual({ ok: true, status: 'complete', code });
	});

	it('refuses a part of another set and keeps what it had', async () => {
		const first = await splitCode(codeOf(1500));
		const second = await splitCode(codeOf(1500));
		const collector = new PartCollector();
		await collector.add(first[0]);
		expect(await collector.add(second[1])).toEqual({ ok: false, reason: 'mixed-parts' });
		expect(collector.progress).toEqual({ have: 1, total: 3, missing: [2, 3] });
		collector.reset();
		expect(await collector.add(second[1])).toMatchObject({ status: 'part', have: 1 });
	});

	it('refuses the same code cut into another number of parts', async () => {
		const code = codeOf(1500);
		const collector = new PartCollector();
		await collector.add((await splitCode(code))[0]);
		expect(await collector.add((await splitCode(code, 300))[1])).toEqual({ ok: false, reason: 'mixed-parts' });
	});

	it('refuses parts whose joined code is not the one they were cut from, and starts over', async () => {
		const code = codeOf(1500);
		const parts = await splitCode(code);
		const edited = parts[1].slice(0, -3) + (parts[1].endsWith('AAA') ? 'BBB' : 'AAA');
		const collector = new PartCollector();
		await collector.add(parts[0]);
		await collector.add(edited);
		expect(await collector.add(parts[2])).toMatchObject({ ok: false, reason: 'corrupt' });
		expect(collector.progress).toBeNull();
		for (const part of parts) await collector.add(part);
		expect(collector.progress).toBeNull();
	});

	it('completes at once with a whole code', async () => {
		const code = codeOf(300);
		const collector = new PartCollector();
		expect(await collector.add(`https://tansuo.example/report#${code}`)).toEqual({
			ok: true,
			status: 'complete',
			code
		});
	});

	it('says why other text is refused', async () => {
		const [part] = await splitCode(codeOf(1500));
		const collector = new PartCollector();
		expect(await collector.add(' ')).toEqual({ ok: false, reason: 'empty' });
		expect(await collector.add('hello')).toEqual({ ok: false, reason: 'not-a-code' });
		expect(await collector.add(part.replace('TSP1.', 'TSP2.'))).toEqual({ ok: false, reason: 'newer-version' });
		expect(await collector.add(part.replace('.1.3.', '.4.3.'))).toMatchObject({ ok: false, reason: 'malformed' });
		expect(await collector.add(part.replace('.1.3.', '.1.1.'))).toMatchObject({ ok: false, reason: 'malformed' });
		expect(await collector.add('TSP1.abc.1.2.xyz')).toMatchObject({ ok: false, reason: 'malformed' });
		expect(collector.progress).toBeNull();
	});
});
