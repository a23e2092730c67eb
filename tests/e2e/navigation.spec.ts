/*
 * Phone-app navigation: five tabs at the bottom of a phone that fit on one line at 320 px in both
 * languages, the current tab marked for screen readers, and search one tap away on every page.
 */
import { expect, test, type Page } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

test.use({ viewport: { width: 320, height: 640 } });

async function expectTabsFit(page: Page) {
	const tabs = page.getByRole('navigation', { name: /主导航|Main/ }).getByRole('link');
	await expect(tabs).toHaveCount(5);
	const boxes = await tabs.evaluateAll((links) =>
		links.map((a) => {
			const label = a.querySelector('.tab-label') as HTMLElement;
			const r = a.getBoundingClientRect();
			return {
				text: label.textContent,
				truncated: label.scrollWidth > label.clientWidth,
				lines: Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)),
				left: r.left,
				right: r.right,
				bottom: r.bottom
			};
		})
	);
	for (const b of boxes) {
		expect(b.truncated, `${b.text} is cut off`).toBe(false);
		expect(b.lines, `${b.text} wraps`).toBe(1);
		expect(b.left).toBeGreaterThanOrEqual(0);
		expect(b.right).toBeLessThanOrEqual(320);
	}
	// At the bottom of the screen, and the page never scrolls sideways.
	expect(Math.min(...boxes.map((b) => b.bottom))).toBeGreaterThan(560);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

test('the tab bar fits a 320 px phone in Chinese, marks the current tab, and leads to settings under More', async ({
	page
}) => {
	await page.goto('/progress');
	await expectTabsFit(page);
	await expect(tab(page, '进度')).toHaveAttribute('aria-current', 'page');
	await expect(tab(page, '首页')).not.toHaveAttribute('aria-current', 'page');
	await tab(page, '更多').click();
	await expect(page.getByRole('heading', { level: 1, name: '更多' })).toBeVisible();
	await page.getByRole('link', { name: '设置' }).click();
	await expect(tab(page, '更多')).toHaveAttribute('aria-current', 'page');
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('the tab bar fits a 320 px phone in English, and the header keeps to one line', async ({ page }) => {
		await page.goto('/en/lessons');
		await expectTabsFit(page);
		const header = page.locator('header');
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
		await expect(tab(page, 'Lessons')).toHaveAttribute('aria-current', 'page');
	});
});

test('search is one tap away on every page and by keyboard', async ({ page }) => {
	await page.goto('/review');
	await page.getByRole('link', { name: '搜索课程' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('searchbox', { name: '搜索课程' })).toBeFocused();
});
