// `npm run bench:update` (after a build; `npm run bench` runs it too): what a returning learner
// downloads when a release changes one sentence of one lesson, against a first install. Build B
// is the built app with that sentence changed in the lesson's page and data, revised as the build
// revises (scripts/precache-revisions.mjs); a counting server serves A, then B.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, kb } from './bench-lib.mjs';
import { deployServer, injectRevisions } from './static-server.mjs';

/** @returns {Promise<{ install: { files: number, bytes: number }, update: { files: string[], bytes: number } }>} */
export async function measureUpdate(build = 'build') {
	const lesson = readdirSync(join(build, 'lessons'))
		.filter((f) => f.endsWith('.html'))
		.sort()[0]
		.replace(/\.html$/, '');
	const a = mkdtempSync(join(tmpdir(), 'tansuo-bench-a-'));
	const b = mkdtempSync(join(tmpdir(), 'tansuo-bench-b-'));
	cpSync(build, a, { recursive: true });
	cpSync(build, b, { recursive: true });
	const pageFile = join(b, 'lessons', `${lesson}.html`);
	const sentence = /<p>([^<]{12,})/.exec(readFileSync(pageFile, 'utf8'))?.[1].slice(0, 12);
	if (!sentence) throw new Error(`no sentence found in ${pageFile}`);
	for (const file of [pageFile, join(b, 'lessons', lesson, '__data.json')]) {
		writeFileSync(file, readFileSync(file, 'utf8').replace(sentence, `（更新）${sentence}`));
	}
	injectRevisions(a); // as `npm run build` leaves it, even after a plain `vite build`
	injectRevisions(b);

	const server = deployServer();
	server.serve(a);
	const origin = await server.listen();
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${origin}/lessons/${lesson}`);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		const install = server.sent();
		server.serve(b);
		server.reset();
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
			const worker = registration.installing ?? registration.waiting;
			if (worker && worker.state !== 'installed')
				await new Promise((done) =>
					worker.addEventListener('statechange', () => worker.state === 'installed' && done(0))
				);
		});
		return { install: { files: install.files.length, bytes: install.bytes }, update: server.sent() };
	} finally {
		await browser.close();
		server.close();
		rmSync(a, { recursive: true, force: true });
		rmSync(b, { recursive: true, force: true });
	}
}

/** @param {Awaited<ReturnType<typeof measureUpdate>>} r */
export function reportUpdate(r) {
	console.log(
		`  first install: ${r.install.files} files, ${kb(r.install.bytes)} transferred (gzip, as a static host sends it)`
	);
	console.log(
		`  update after a one-sentence lesson change: ${r.update.files.length} files, ${kb(r.update.bytes)} ` +
			`(${r.update.files.sort().slice(0, 6).join(', ')}${r.update.files.length > 6 ? ', …' : ''})  target ≤ 100 KB`
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	console.log('Update cost (after `npm run build`):');
	reportUpdate(await measureUpdate());
}
