import { describe, expect, it } from 'vitest';
import { decodeEntities, plainText } from '../../../src/lib/content/plain-text';

describe('plainText', () => {
	it('drops tags and decodes the entities the sanitizer writes', () => {
		expect(plainText('It&#39;s <strong>H&lt;sub&gt;2</strong>O &amp; &quot;air&quot;')).toBe('It\'s H<sub>2O & "air"');
		expect(plainText('a&nbsp;b &#x4E2D;&#25991;')).toBe('a\u00a0b 中文');
	});

	it('leaves what is not an entity alone, and never throws', () => {
		expect(decodeEntities('&unknown; &#0; &#xD800; &#9999999; & ;')).toBe('&unknown; &#0; &#xD800; &#9999999; & ;');
	});
});
