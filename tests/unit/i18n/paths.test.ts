import { describe, expect, it } from 'vitest';
import { languageOfPath, pathInLanguage, routeOfPath } from '../../../src/lib/i18n/paths';

describe('paths in each language', () => {
	it('puts English under /en and Chinese at the route itself', () => {
		expect(pathInLanguage('/', 'en')).toBe('/en');
		expect(pathInLanguage('/lessons/inertia', 'en')).toBe('/en/lessons/inertia');
		expect(pathInLanguage('/en/lessons/inertia', 'zh-CN')).toBe('/lessons/inertia');
		expect(pathInLanguage('/en', 'zh-CN')).toBe('/');
	});

	it('leaves a path already in the language as it is', () => {
		for (const path of ['/', '/lessons', '/en', '/en/progress/certificate/physics'])
			expect(pathInLanguage(path, languageOfPath(path))).toBe(path);
	});

	it('reads the language and the route from a path, and nothing from a look-alike', () => {
		expect([languageOfPath('/en'), routeOfPath('/en')]).toEqual(['en', '/']);
		expect([languageOfPath('/en/review'), routeOfPath('/en/review')]).toEqual(['en', '/review']);
		expect([languageOfPath('/review'), routeOfPath('/review')]).toEqual(['zh-CN', '/review']);
		expect([languageOfPath('/english'), routeOfPath('/english')]).toEqual(['zh-CN', '/english']);
	});
});
