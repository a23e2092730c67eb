import { describe, expect, it } from 'vitest';
import { fragmentText } from '../../../src/lib/share/fragment';

describe('fragmentText', () => {
	it('decodes a percent-encoded link and keeps a plain one', () => {
		expect(fragmentText('#TSA1.abc')).toBe('TSA1.abc');
		expect(fragmentText('#TSA1%2Eabc')).toBe('TSA1.abc');
	});

	it('hands broken escapes on as they are, without throwing', () => {
		for (const hash of ['#%', '#%E0%A4%A', '#%ZZ', '%']) expect(() => fragmentText(hash)).not.toThrow();
		expect(fragmentText('#%E0%A4%A')).toBe('%E0%A4%A');
	});
});
