// `npm run bench:size`: a benchmark, not a test. Builds the app, then prints the gzip bytes of the
// JavaScript a first visit loads on each key page, the precache size and the build time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4190;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

// Everything the service worker precaches: the whole build except itself.
const files = [];
const walk = (dir) => {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (!/service-worker\.js$|\.nojekyll$/.test(path)) files.push(path);
	}
};
walk('build');
const precacheRaw = files.reduce((n, f) => n + statSync(f).size, 0);
const precacheGzip = files.reduce((n, f) => n + gz(readFileSync(f)), 0);

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true // its own process group, so that stopping it stops vite too
});
const base = `http://localhost:${PORT}`;
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 200));
	}
}

const lessonPath = readdirSync('build/lessons')
	.filter((f) => f.endsWith('.html'))
	.map((f) => `/lessons/${f.replace(/\.html$/, '')}`)[0];
const pages = ['/', '/lessons', lessonPath, '/settings'];

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
const rows = [];
try {
	for (const path of pages) {
		// A first visit: a fresh context, and no service worker to fetch the precache meanwhile.
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
		const page = await context.newPage();
		const scripts = new Set();
		page.on('response', (res) => {
			if (res.url().endsWith('.js')) scripts.add(new URL(res.url()).pathname);
		});
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const bytes = [...scripts].reduce((n, p) => n + gz(readFileSync(join('build', p))), 0);
		rows.push({ path, scripts: scripts.size, bytes });
		await context.close();
	}
} finally {
	await browser.close();
	process.kill(-server.pid);
}

console.log('\nFirst-load JavaScript (gzip -9):');
for (const r of rows) console.log(`  ${r.path.padEnd(32)} ${kb(r.bytes).padStart(9)}  (${r.scripts} files)`);
console.log(`\nPrecache: ${files.length} files, ${kb(precacheRaw)} raw, ${kb(precacheGzip)} gzip`);
console.log(`Build time: ${buildSeconds.toFixed(1)} s`);
