/*
 * Children's privacy: a whole session (home, catalog, a lesson and its quiz, review, progress,
 * assignments, settings, the teacher area) makes no request to any other origin: no fonts, no
 * analytics, no CDN. Requests from the pages and from the service worker are both recorded.
 */
import { expect, test } from './fixtures';
import { waitForOfflineReady } from './helpers';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

test('a full session requests nothing from any other origin', async ({ page, context, baseURL }) => {
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const lesson = lessonById('inertia');

	await page.goto('/');
	await waitForOfflineReady(page);
	await page.getByRole('link', { name: '课程', exact: true }).click();
	await page.getByRole('link', { name: new RegExp(lesson.text['zh-CN'].title) }).click();
	for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
	}
	await answerByKeyboard(page, lesson.text['zh-CN'].quiz[0], false);
	await checkByKeyboard(page);
	for (const name of ['复习', '进度', '更多', '设置']) {
		await page.getByRole('link', { name, exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.getByRole('link', { name: /教师：布置作业/ }).click();
	await page.getByLabel('班级名称').fill('一班');
	await page.getByRole('button', { name: '创建' }).click();
	await page.goto('/assignments');
	await expect(page.getByRole('heading', { name: '我的作业' })).toBeVisible();

	const origin = new URL(baseURL!).origin;
	const web = requests.filter((url) => /^(https?|wss?):/.test(url));
	expect(web.length).toBeGreaterThan(20); // the recorder saw the session
	expect(web.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('the Content-Security-Policy allows no inline script but the pre-paint one, and nothing breaks it', async ({
	page
}) => {
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { violations: string[] }).violations = violations;
		document.addEventListener('securitypolicyviolation', (e) =>
			violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	for (const path of ['/', '/lessons', '/lessons/light-refraction', '/progress', '/settings', '/teacher']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(scriptSrc, path).toMatch(/'sha256-/);
		// The pre-paint script ran (it is what puts data-theme on <html> before the app starts).
		await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'light');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
	}
});
