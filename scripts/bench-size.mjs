// `npm run bench:size`: a benchmark, not a test. Builds the app, then prints the gzip bytes of the
// JavaScript a first visit loads on each key page, the precache size and the build time.
// `npm run bench` prints the same and more (Lighthouse, offline start).
import { chromium } from '@playwright/test';
import {
	buildApp,
	chromiumArgs,
	chromiumPath,
	firstLoadJs,
	freePort,
	keyPages,
	kb,
	precache,
	startPreview
} from './bench-lib.mjs';

const buildSeconds = buildApp();
const pre = precache();

const server = await startPreview(await freePort());
let rows;
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		rows = await firstLoadJs(browser, server.base, keyPages());
	} finally {
		await browser.close();
	}
} finally {
	server.stop();
}

console.log('\nFirst-load JavaScript (gzip -9):');
for (const r of rows) console.log(`  ${r.path.padEnd(32)} ${kb(r.bytes).padStart(9)}  (${r.scripts} files)`);
console.log(`\nPrecache: ${pre.files} files, ${kb(pre.raw)} raw, ${kb(pre.gzip)} gzip`);
console.log(`Build time: ${buildSeconds.toFixed(1)} s`);
