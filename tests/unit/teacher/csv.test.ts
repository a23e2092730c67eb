import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/teacher/csv';

describe('toCsv', () => {
	it('starts with a byte-order mark and ends lines with CRLF, Chinese intact', () => {
		expect(
			toCsv([
				['学生', '光的折射'],
				['李梅', 80]
			])
		).toBe('\uFEFF学生,光的折射\r\n李梅,80\r\n');
	});

	it('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe(
			'\uFEFF"a,b","say ""hi""","two\nlines"\r\n'.replace('two\n', 'two\n')
		);
	});

	it('keeps text that looks like a formula as text', () => {
		expect(toCsv([['=HYPERLINK("x")', '+1', '-', '@a', 'ok', -3]])).toBe(
			'\uFEFF"\'=HYPERLINK(""x"")",\'+1,\'-,\'@a,ok,-3\r\n'
		);
	});
});
