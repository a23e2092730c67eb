import { expect, test } from '@playwright/test';
import { lessonById, plain } from './quiz-driver';

test.describe('in an English browser', () => {
	test.use({ locale: 'en-GB' });

	test('the app speaks English, and switching to Chinese is remembered', async ({ page }) => {
		await page.goto('/lessons');
		await expect(page.getByRole('heading', { level: 1, name: 'All lessons' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const firstCard = page.locator('.card').first();
		const englishTitle = await firstCard.locator('.card-title').textContent();

		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByRole('radio', { name: '简体中文' }).check();
		await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

		await page.goto('/lessons');
		await expect(page.getByRole('heading', { level: 1, name: '全部课程' })).toBeVisible();
		const chineseTitle = await page.locator('.card').first().locator('.card-title').textContent();
		expect(chineseTitle).not.toBe(englishTitle);

		// The lesson itself follows the choice, after a cold reload too.
		await page.locator('.card').first().click();
		await expect(page.getByRole('heading', { level: 1, name: chineseTitle! })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: chineseTitle! })).toBeVisible();
		await expect(page.getByRole('button', { name: /下一部分/ })).toBeVisible();

		await page.getByRole('link', { name: '设置' }).click();
		await page.getByRole('radio', { name: 'English' }).check();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	});
});

test.describe('a lesson opened first in an English browser', () => {
	test.use({ locale: 'en-GB' });

	test('shows its objectives and sections in English, not the prerendered Chinese', async ({ page }) => {
		const lesson = lessonById('inertia');
		await page.goto(`/lessons/${lesson.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text.en.title);
		await expect(page.locator('.objectives li').first()).toHaveText(plain(lesson.text.en.objectives[0]));
		await page.getByRole('button', { name: /Next/ }).click();
		const firstParagraph = plain(lesson.text.en.sections[1].html.match(/<p>([\s\S]*?)<\/p>/)![1]);
		await expect(page.locator('.prose p').first()).toHaveText(firstParagraph);
	});
});

test.describe('in a Chinese browser', () => {
	test.use({ locale: 'zh-TW' });

	test('the app starts in Simplified Chinese', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
		await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
	});
});
