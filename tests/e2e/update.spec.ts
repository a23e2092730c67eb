/*
 * Updating an installed app: build A is served and used, then build B is deployed, B being A with
 * one sentence of one lesson changed (what a content fix produces). The app says a new version is
 * ready, keeps running A until the learner accepts, then reloads into B with the learner's
 * progress intact; the update downloads the changed page and data and the new worker, nothing else.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { deployServer, injectRevisions } from '../../scripts/static-server.mjs';
import { waitForOfflineReady } from './helpers';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

test('an update fetches only what changed, waits for the learner, and keeps their progress', async ({ browser }) => {
	const lesson = lessonById('light-refraction');
	const sentence = /<p>([^<]{12,})/.exec(lesson.text['zh-CN'].sections[0].html)![1].slice(0, 12);
	const changed = `【更新】${sentence}`;
	const a = mkdtempSync(join(tmpdir(), 'tansuo-a-'));
	const b = mkdtempSync(join(tmpdir(), 'tansuo-b-'));
	cpSync('build', a, { recursive: true });
	cpSync('build', b, { recursive: true });
	for (const file of [`lessons/${lesson.id}.html`, `lessons/${lesson.id}/__data.json`]) {
		const text = readFileSync(join(b, file), 'utf8');
		expect(text, file).toContain(sentence);
		writeFileSync(join(b, file), text.replace(sentence, changed));
	}
	injectRevisions(b);

	const server = deployServer();
	server.serve(a);
	const origin = await server.listen();
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/lessons/${lesson.id}`);
		await waitForOfflineReady(page);
		const install = server.sent();
		await page.reload(); // now controlled by A's service worker
		for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
			await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
		}
		await answerByKeyboard(page, lesson.text['zh-CN'].quiz[0], true);
		await checkByKeyboard(page);
		await expect(page.locator('.feedback')).toContainText('答对了');

		// Deploy B. The app finds it and asks.
		server.serve(b);
		server.reset();
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect(page.getByText('新版本已就绪。')).toBeVisible({ timeout: 30_000 });
		const update = server.sent();
		expect(update.files.sort()).toEqual(
			[`/lessons/${lesson.id}`, `/lessons/${lesson.id}/__data.json`, '/service-worker.js'].sort()
		);
		expect(update.bytes).toBeLessThan(100_000);
		expect(install.bytes).toBeGreaterThan(20 * update.bytes);

		// Nothing swapped yet: A still runs the page, B waits.
		expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting?.state)).toBe('installed');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text['zh-CN'].title);

		await page.getByRole('button', { name: '重新加载' }).click();
		await expect(page.getByText('新版本已就绪。')).toBeHidden();
		await page.waitForFunction(() => caches.keys().then((k) => k.length === 1 && k[0] === 'tansuo-app-v2'));

		// B's text, offline too, and the progress made under A is all there.
		await context.setOffline(true);
		await page.goto(`${origin}/progress`);
		expect(await page.evaluate((url) => fetch(url).then((r) => r.text()), `/lessons/${lesson.id}`)).toContain(changed);
		await expect(page.getByTestId('stats')).toContainText('共答题 1 道');
	} finally {
		await context.close();
		server.close();
	}
});
