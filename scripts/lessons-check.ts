// `npm run lessons:check`: validates every lesson without building the app.
import { resolve } from 'node:path';
import { loadLibrary } from '../src/lib/server/library';
import { ContentError, formatProblem } from '../src/lib/server/errors';

const root = resolve(process.argv[2] ?? 'lessons');
try {
	const { lessons, assets } = loadLibrary({ root });
	const questions = lessons.reduce((n, l) => n + l.text['zh-CN'].quiz.length, 0);
	console.log(`lessons ok: ${lessons.length} lessons, ${questions} quiz questions, ${assets.length} images`);
} catch (e) {
	if (!(e instanceof ContentError)) throw e;
	for (const p of e.problems) console.error(formatProblem(p));
	console.error(`\n${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} found in lessons.`);
	process.exit(1);
}
