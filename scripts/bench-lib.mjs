// Shared by the benchmarks (bench.mjs, bench-size.mjs): build, serve the build, find Chromium,
// measure first-load JavaScript and the precache. Benchmarks, not tests: nothing here asserts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export const BUILD = 'build';
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `npx vite build`, quietly (errors still show); exits on failure. Returns the seconds it took. */
export function buildApp() {
	const started = performance.now();
	// The same build as `npm run build`: vite, then the precache revisions written into the worker.
	const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) process.exit(build.status ?? 1);
	return (performance.now() - started) / 1000;
}

/** Debian's Chromium where the machine has it, else Playwright's own. */
export function chromiumPath() {
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
}

/** Flags for Playwright's launch of Chromium (Debian's needs --no-sandbox when run as root). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** A TCP port nobody listens on right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * A fresh `vite preview` of the build (one left over from an earlier build serves stale files).
 * Detached, so that stop() kills its whole process group; it is also stopped if this process
 * exits or is interrupted before stop() is called.
 */
export async function startPreview(port) {
	const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		try {
			process.kill(-server.pid);
		} catch {
			/* already gone */
		}
	};
	const onSignal = (sig) => {
		stop();
		process.exit(sig === 'SIGINT' ? 130 : 143);
	};
	process.on('exit', stop);
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const base = `http://localhost:${port}`;
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			/* not listening yet */
		}
		if (i === 150 || server.exitCode !== null) {
			stop();
			throw new Error(`vite preview did not start on port ${port}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { base, stop };
}

/** The first prerendered lesson page, e.g. /lessons/acids-and-bases. */
export function lessonPath(dir = BUILD) {
	const first = readdirSync(join(dir, 'lessons'))
		.filter((f) => f.endsWith('.html'))
		.sort()[0];
	return first && `/lessons/${first.replace(/\.html$/, '')}`;
}

const built = (dir, path) => existsSync(join(dir, `${path}.html`)) || existsSync(join(dir, path, 'index.html'));

/** A route's page in a language: English pages are prerendered under /en (src/lib/i18n/paths.ts). */
export function inLanguage(path, language) {
	if (language !== 'en') return path;
	return path === '/' ? '/en' : `/en${path}`;
}

/** The key pages a first visit may land on; /teacher only when the build has it. */
export function keyPages(dir = BUILD) {
	const pages = ['/', '/lessons', lessonPath(dir), '/progress', '/review', '/settings', '/teacher'];
	return pages.filter((p) => p && (p === '/' || built(dir, p)));
}

/**
 * Everything the service worker precaches: SvelteKit's `build`, `files` and `prerendered`, i.e.
 * the whole build except the worker itself, _app/version.json and .nojekyll.
 */
export function precache(dir = BUILD) {
	const files = [];
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(path);
		}
	};
	walk(dir);
	// What src/service-worker/index.ts leaves out: itself, the version file, the fallback page
	// for unknown paths and the manifest's screenshots.
	const skip = new Set(['service-worker.js', '_app/version.json', '.nojekyll', '404.html'].map((f) => join(dir, f)));
	const kept = files.filter((f) => !skip.has(f) && !f.startsWith(join(dir, 'screenshots')));
	let raw = 0;
	let gzip = 0;
	for (const f of kept) {
		const buf = readFileSync(f);
		raw += buf.length;
		gzip += gz(buf);
	}
	return { files: kept.length, raw, gzip };
}

/**
 * gzip -9 bytes of the JavaScript a first visit to each page loads: a fresh context per page, and
 * no service worker fetching the precache meanwhile.
 */
export async function firstLoadJs(browser, base, paths, dir = BUILD) {
	const rows = [];
	for (const path of paths) {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
		try {
			const page = await context.newPage();
			const scripts = new Set();
			page.on('response', (res) => {
				if (res.url().endsWith('.js')) scripts.add(new URL(res.url()).pathname);
			});
			let pending = 0;
			page.on('request', () => pending++);
			page.on('requestfinished', () => pending--);
			page.on('requestfailed', () => pending--);
			await page.goto(base + path, { waitUntil: 'networkidle' });
			// On a busy CPU hydration can outlast networkidle's 500 ms, and the chunks that onMount
			// imports come after it: wait until the page is idle and nothing new arrives.
			for (let i = 0, seen = -1; i < 10 && (pending > 0 || seen !== scripts.size); i++) {
				seen = scripts.size;
				await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
				await page.waitForTimeout(500);
			}
			const bytes = [...scripts].reduce((n, p) => n + gz(readFileSync(join(dir, p))), 0);
			rows.push({ path, scripts: scripts.size, bytes });
		} finally {
			await context.close();
		}
	}
	return rows;
}
