/*
 * Updating an installed app: build A is served and used, then build B is deployed. The app says a
 * new version is ready, keeps running A until the learner accepts, then reloads into B with the
 * learner's progress intact and A's cache gone.
 *
 * Build B is build A with a new version name (what a deploy with any change produces: a new
 * service worker, new cache names), served from a second folder by a small static server.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './helpers';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** Serves one folder, then another: a deploy. */
function staticServer(): { server: Server; serve: (root: string) => void } {
	let root = '';
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
		const file = candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(readFileSync(file));
	});
	return { server, serve: (r) => (root = r) };
}

test('a new version waits for the learner, then reloads with their progress kept', async ({ browser }) => {
	const a = mkdtempSync(join(tmpdir(), 'tansuo-a-'));
	const b = mkdtempSync(join(tmpdir(), 'tansuo-b-'));
	cpSync('build', a, { recursive: true });
	cpSync('build', b, { recursive: true });
	const versionA = JSON.parse(readFileSync(join(a, '_app/version.json'), 'utf8')).version as string;
	const versionB = `${versionA.slice(0, 6)}next00`;
	for (const file of filesUnder(b).filter((f) => /\.(js|json)$/.test(f))) {
		const text = readFileSync(file, 'utf8');
		if (text.includes(versionA)) writeFileSync(file, text.replaceAll(versionA, versionB));
	}

	const { server, serve } = staticServer();
	serve(a);
	await new Promise<void>((done) => server.listen(0, done));
	const origin = `http://localhost:${(server.address() as { port: number }).port}`;
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		const lesson = lessonById('light-refraction');
		await page.goto(`${origin}/lessons/${lesson.id}`);
		await waitForOfflineReady(page);
		await page.reload(); // now controlled by A's service worker
		for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
			await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
		}
		await answerByKeyboard(page, lesson.text['zh-CN'].quiz[0], true);
		await checkByKeyboard(page);

		// Deploy B. The app finds it when it comes back to the screen, and asks.
		serve(b);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect(page.getByText('新版本已就绪。')).toBeVisible({ timeout: 30_000 });
		// Nothing swapped yet: A still runs the page, B waits.
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				return { waiting: registration.waiting?.state, caches: await caches.keys() };
			})
		).toMatchObject({ waiting: 'installed' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text['zh-CN'].title);

		await page.getByRole('button', { name: '重新加载' }).click();
		await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0].endsWith(v)), versionB);
		await expect(page.getByText('新版本已就绪。')).toBeHidden();

		// The progress made under A is all there under B.
		await page.goto(`${origin}/progress`);
		await expect(page.getByTestId('stats')).toContainText('共答题 1 道');
		expect(await page.evaluate(() => fetch('/_app/version.json').then((r) => r.json()))).toEqual({
			version: versionB
		});
	} finally {
		await context.close();
		server.close();
	}
});
