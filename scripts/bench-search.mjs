// `npm run bench:search` (after a build; run by tsx, which loads the TypeScript it imports): the search index's size per language at today's library,
// and how long a query takes as a learner types it, on a synthetic library of 500 lessons, in
// Chromium slowed down 4× (a cheap phone). The app's own /lessons page runs the queries; its index
// request is answered with the synthetic index. Prints figures; it asserts nothing.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { loadLibrary } from '../src/lib/server/library';
import { buildSearchIndex } from '../src/lib/server/search-index';
import { chromiumArgs, chromiumPath, freePort, startPreview } from './bench-lib.mjs';

const SYNTHETIC = 500;
/** @type {Record<string, string[]>} */
const QUERIES = {
	'zh-CN': ['折射', '光合作用', '天空为什么是蓝色', '惯性', '电磁', '疫苗', '地震', '密度'],
	en: [
		'refraction',
		'photosynthesis',
		'why is the sky blue',
		'inertia',
		'electromagnet',
		'vaccine',
		'earthquke',
		'density'
	]
};
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

const { lessons } = loadLibrary({ root: resolve('lessons') });
console.log(`Search index (${lessons.length} lessons, gzip -9):`);
for (const language of ['zh-CN', 'en']) {
	const bytes = gzipSync(buildSearchIndex(lessons, /** @type {'zh-CN' | 'en'} */ (language)), { level: 9 }).length;
	console.log(`  ${language}: ${kb(bytes)}  target ≤ 40 KB`);
}

// 500 lessons: the real ones, then copies with new ids and each section's text rotated, so that
// every copy has its own mix of words.
const synthetic = [...lessons];
for (let n = 1; synthetic.length < SYNTHETIC; n++) {
	for (const l of lessons) {
		if (synthetic.length >= SYNTHETIC) break;
		const text = Object.fromEntries(
			['zh-CN', 'en'].map((lang) => {
				const t = l.text[/** @type {'zh-CN' | 'en'} */ (lang)];
				const sections = t.sections.map((s, i) => t.sections[(i + n) % t.sections.length]);
				return [lang, { ...t, title: `${t.title} ${n}`, sections }];
			})
		);
		synthetic.push({ ...l, id: `${l.id}-copy-${n}`, text });
	}
}

const server = await startPreview(await freePort());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	for (const language of ['zh-CN', 'en']) {
		const index = buildSearchIndex(synthetic, /** @type {'zh-CN' | 'en'} */ (language));
		const page = await browser.newPage({ locale: language, viewport: { width: 412, height: 915 } });
		await page.route(`**/search-index/${language}.json`, (route) =>
			route.fulfill({ body: index, contentType: 'application/json' })
		);
		await page.goto(`${server.base}${language === 'en' ? '/en' : ''}/lessons`);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const field = page.getByRole('searchbox');
		const loaded = page.waitForResponse((r) => r.url().includes('/search-index/'));
		await field.click();
		await loaded;
		for (const q of QUERIES[language]) {
			await field.fill('');
			await field.pressSequentially(q, { delay: 50 });
		}
		const entries = await page.evaluate(() =>
			performance
				.getEntriesByName('tansuo:search')
				.map((e) => ({ ms: e.duration, query: /** @type {PerformanceMeasure} */ (e).detail }))
		);
		const times = entries.map((e) => e.ms);
		const slowest = [...entries].sort((a, b) => b.ms - a.ms).slice(0, 3);
		console.log(
			`Query as typed, ${language}, ${SYNTHETIC} lessons, 4× CPU slowdown: p50 ${pct(times, 0.5).toFixed(1)} ms, ` +
				`p95 ${pct(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} queries; index ${kb(gzipSync(index).length)} gzip)  target p95 ≤ 16 ms`
		);
		console.log(`  slowest: ${slowest.map((e) => `"${e.query}" ${e.ms.toFixed(1)} ms`).join(', ')}`);
		await page.close();
	}
} finally {
	await browser.close();
	server.stop();
}
