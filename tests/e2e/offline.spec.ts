import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './helpers';

test('after one visit, the catalog and a lesson never opened work offline, after a cold reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await page.goto('/lessons');
	const hrefs = await page.locator('.card').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	const neverOpened = hrefs.at(-1)!;

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

	// Every lesson's diagrams come from the cache.
	for (const href of hrefs) {
		await page.goto(href);
		for (let step = 0; step < 6; step++) {
			for (const img of await page.locator('.prose img').all()) {
				await img.scrollIntoViewIfNeeded();
				await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
			}
			const next = page.getByRole('button', { name: /下一部分/ });
			if (!(await next.isVisible())) break;
			await next.click();
		}
	}

	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
});
