// `npm run bench:variants`: how much each lesson's quiz data (what /quiz-data/<id>.json carries
// for its quiz, both languages) grows with its questions' variants; run by tsx (it loads lessons/).
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLibrary } from '../src/lib/server/library';

const { lessons } = loadLibrary({ root: resolve('lessons') });
const size = (value) => {
	const text = JSON.stringify(value);
	return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
};
const quizOf = (l, strip) =>
	Object.fromEntries(
		['zh-CN', 'en'].map((lang) => [lang, l.text[lang].quiz.map((q) => (strip ? { ...q, variants: undefined } : q))])
	);
console.log('Quiz data growth from variants (both languages; the practice bank not counted)  target ≤ 30%');
let worst = 0;
for (const l of lessons) {
	if (!l.text['zh-CN'].quiz.some((q) => q.variants)) continue;
	const before = size(quizOf(l, true));
	const after = size(quizOf(l, false));
	const growth = (after.raw - before.raw) / before.raw;
	const growthGz = (after.gzip - before.gzip) / before.gzip;
	worst = Math.max(worst, growth);
	console.log(
		`  ${l.id.padEnd(24)} ${before.raw} → ${after.raw} bytes (+${(growth * 100).toFixed(0)}%), gzip ${before.gzip} → ${after.gzip} (+${(growthGz * 100).toFixed(0)}%)`
	);
}
console.log(`  largest growth: +${(worst * 100).toFixed(0)}%`);
