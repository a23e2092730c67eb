/*
 * Finding a lesson by typing, offline, in both languages: a few Chinese characters or an English
 * word (typo and all) finds it, the result says where it matched, filters narrow the list, and
 * the index is not part of a page's first load.
 */
import { expect, test } from './fixtures';
import { waitForOfflineReady } from './helpers';
import { lessonById } from './quiz-driver';

const refraction = lessonById('light-refraction');

test('offline, typing 折射 finds the refraction lesson, and a filter narrows the list', async ({ page, context }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await page.reload();
	await context.setOffline(true);
	await page.goto('/lessons');

	const field = page.getByRole('searchbox', { name: '搜索课程' });
	await field.click();
	await field.pressSequentially('折射');
	const results = page.getByRole('region', { name: '搜索结果' });
	await expect(results.getByRole('status')).toContainText(/找到 \d+ 节课/);
	await expect(results.getByRole('link').first()).toContainText(refraction.text['zh-CN'].title);
	await expect(results.getByText(/匹配：.*关键词/).first()).toBeVisible();

	// Narrow a broader search to one strand.
	await field.fill('光');
	await expect(
		results.getByRole('link', { name: new RegExp(refraction.text['zh-CN'].title.slice(0, 6)) })
	).toBeVisible();
	await page.getByText('筛选').click();
	await page.getByLabel('领域').selectOption({ label: '生命与人体' });
	await expect(results.getByRole('link', { name: new RegExp(refraction.text['zh-CN'].title.slice(0, 6)) })).toHaveCount(
		0
	);
	await expect(
		results.getByRole('link', { name: new RegExp(lessonById('photosynthesis').text['zh-CN'].title.slice(0, 4)) })
	).toBeVisible();
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('offline, an English word with a typo finds the lesson', async ({ page, context }) => {
		await page.goto('/en');
		await waitForOfflineReady(page);
		await page.reload();
		await context.setOffline(true);
		await page.goto('/en/lessons');
		const field = page.getByRole('searchbox', { name: 'Search lessons' });
		await field.click();
		await field.pressSequentially('refracton');
		const results = page.getByRole('region', { name: 'Results' });
		await expect(results.getByRole('link').first()).toContainText(refraction.text.en.title);
		await expect(results.getByText(/Matched in: .*key terms/).first()).toBeVisible();
	});
});

test.describe('first load', () => {
	test.use({ serviceWorkers: 'block' });

	test('the lessons page loads no search code or index until the learner searches', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/lessons');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((p) => p.includes('search-index'))).toEqual([]);
		await page.getByRole('searchbox', { name: '搜索课程' }).fill('惯性');
		await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
		expect(requests.filter((p) => p.includes('search-index'))).toEqual(['/search-index/zh-CN.json']);
	});
});
