import { expect, test } from './fixtures';
import { waitForOfflineReady } from './helpers';
import { allLessons } from './quiz-driver';

test('after one visit, the catalog and a lesson never opened work offline, after a cold reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await page.goto('/lessons');
	const hrefs = await page.locator('.card').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	// The last lesson in the list whose first section has a diagram: never opened, and it shows one.
	const withDiagram = new Set(
		allLessons()
			.filter((l) => l.text['zh-CN'].sections[0].html.includes('<img'))
			.map((l) => l.id)
	);
	const neverOpened = hrefs.findLast((href) => withDiagram.has(href.split('/').pop()!))!;

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '全部课程' })).toBeVisible();

	// A cold load of a lesson page that was never visited.
	await page.goto(neverOpened);
	await expect(page.getByRole('button', { name: /下一部分/ })).toBeVisible();
	await expect(page.locator('.prose')).not.toBeEmpty();

	// Client-side navigation offline: from the lesson back to the catalog and into another lesson.
	await page.getByRole('link', { name: /返回课程列表/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: '全部课程' })).toBeVisible();
	await page.locator(`.card[href="${hrefs[0]}"]`).click();
	await expect(page.getByRole('button', { name: /下一部分/ })).toBeVisible();

	// Every lesson page and every diagram comes from the cache.
	const images = new Set<string>();
	for (const href of hrefs) {
		const data = await page.evaluate(async (url) => (await fetch(url)).text(), `${href}/__data.json`);
		for (const [, src] of data.matchAll(/src=\\"(\/lesson-assets\/[^"\\]+)\\"/g)) images.add(src);
	}
	expect(images.size).toBeGreaterThanOrEqual(hrefs.length);
	const fetched = await page.evaluate(
		async (urls) => Promise.all(urls.map(async (u) => `${(await fetch(u)).headers.get('content-type')}`)),
		[...images]
	);
	expect(fetched.every((type) => type.startsWith('image/'))).toBe(true);
	const shown = page.locator('.prose img').first();
	await page.goto(neverOpened);
	await expect(shown).toBeVisible();
	await expect.poll(() => shown.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('the English pages and their data work offline too, after a cold reload', async ({ page, context }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await waitForOfflineReady(page);
		await context.setOffline(true);

		// A cold load of an English page never visited, and of a Chinese address (sent to its twin).
		await page.goto('/en/lessons');
		await expect(page.getByRole('heading', { level: 1, name: 'All lessons' })).toBeVisible();
		const hrefs = await page.locator('.card').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.every((href) => href.startsWith('/en/lessons/'))).toBe(true);
		await page.goto(hrefs.at(-1)!.slice(3));
		await expect(page).toHaveURL(new RegExp(`${hrefs.at(-1)}$`));
		await expect(page.getByRole('button', { name: /Next/ })).toBeVisible();

		// In-app navigation offline fetches the English pages' data, from the cache.
		await page.getByRole('link', { name: /Back to all lessons/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'All lessons' })).toBeVisible();
		await page.locator(`.card[href="${hrefs[0]}"]`).click();
		await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
		await expect(page.getByRole('button', { name: /Next/ })).toBeVisible();
		const served = await page.evaluate(async (url) => (await fetch(url)).ok, `${hrefs[0]}/__data.json`);
		expect(served).toBe(true);
	});
});

test('offline, a lesson address the app does not have shows the app’s own “not found” page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await page.reload(); // controlled by the service worker from here
	await context.setOffline(true);
	await page.goto('/lessons/no-such-lesson');
	await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面。' })).toBeVisible();
	await expect(page.getByRole('link', { name: /首页|课程/ }).first()).toBeVisible();
});

test('a link with a broken code fragment gets a clear message, not a crashed page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/join#%');
	await expect(page.getByRole('alert')).toContainText('这个作业链接打不开');
	await page.goto('/teacher/import#%E0%A4%A');
	await expect(page.getByRole('alert')).toBeVisible();
	expect(errors).toEqual([]);
});
