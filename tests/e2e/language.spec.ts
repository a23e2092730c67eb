import { expect, test } from './fixtures';
import { lessonById, plain } from './quiz-driver';

test.describe('in an English browser', () => {
	test.use({ locale: 'en-GB' });

	test('the app speaks English, and switching to Chinese is remembered', async ({ page }) => {
		await page.goto('/lessons');
		await expect(page.getByRole('heading', { level: 1, name: 'All lessons' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// The page prerendered in English, which a reload or a bookmark opens directly.
		await expect(page).toHaveURL(/\/en\/lessons$/);
		const firstCard = page.locator('.card').first();
		const englishTitle = await firstCard.locator('.card-title').textContent();

		await page.getByRole('navigation').getByRole('link', { name: 'More', exact: true }).click();
		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByRole('radio', { name: '简体中文' }).check();
		await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page).toHaveURL(/\/settings$/);
		await expect(page.getByRole('navigation').getByRole('link', { name: '课程', exact: true })).toHaveAttribute(
			'href',
			'/lessons'
		);

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

		await page.getByRole('navigation').getByRole('link', { name: '更多', exact: true }).click();
		await page.getByRole('link', { name: '设置' }).click();
		await page.getByRole('radio', { name: 'English' }).check();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect(page).toHaveURL(/\/en\/settings$/);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
	});
});

test.describe('a lesson opened first in an English browser', () => {
	test.use({ locale: 'en-GB' });

	test('shows its objectives and sections in English', async ({ page }) => {
		const lesson = lessonById('inertia');
		await page.goto(`/lessons/${lesson.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text.en.title);
		await expect(page.locator('.objectives li').first()).toHaveText(plain(lesson.text.en.objectives[0]));
		await page.getByRole('button', { name: /Next/ }).click();
		const firstParagraph = plain(lesson.text.en.sections[1].html.match(/<p>([\s\S]*?)<\/p>/)![1]);
		await expect(page.locator('.prose p').first()).toHaveText(firstParagraph);
	});
});

test.describe('a page opened cold in an English browser', () => {
	// No service worker, so that every page load goes through the slow route below.
	test.use({ locale: 'en-GB', serviceWorkers: 'block' });

	test('never paints Chinese, and nothing jumps as the app starts', async ({ page }) => {
		// A slow phone on a slow line: the prerendered page paints well before the app's code runs.
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 700));
			await route.continue();
		});
		// Every layout shift, and whether any Chinese was visible on a painted frame.
		await page.addInitScript(() => {
			const seen = { shift: 0, chineseShown: false };
			(window as unknown as { seen: typeof seen }).seen = seen;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) seen.shift += (entry as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
			const look = () => {
				const h1 = document.querySelector('h1');
				if (h1 && /[\u4e00-\u9fff]/.test(h1.textContent ?? '') && getComputedStyle(h1).visibility === 'visible')
					seen.chineseShown = true;
				requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		for (const path of ['/', '/lessons', '/lessons/inertia']) {
			await page.goto(path);
			await expect(page.locator('html')).not.toHaveAttribute('data-relang');
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/[\u4e00-\u9fff]/);
			// Until the app's code has loaded and run: no request left, then two more frames painted.
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const seen = await page.evaluate(
				() => (window as unknown as { seen: { shift: number; chineseShown: boolean } }).seen
			);
			expect(seen, path).toEqual({ shift: 0, chineseShown: false });
		}
	});
});

test.describe('an English browser with the app code not yet loaded', () => {
	test.use({ locale: 'en-GB', serviceWorkers: 'block', waitForApp: false });

	test('is sent from a Chinese address to the English page, drawn in English', async ({ page }) => {
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.goto('/lessons/inertia?from=link#top');
		await expect(page).toHaveURL(/\/en\/lessons\/inertia\?from=link#top$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonById('inertia').text.en.title);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false, waitForApp: false });

	test('each page reads in both languages, English under /en', async ({ page }) => {
		const lesson = lessonById('inertia');
		await page.goto(`/en/lessons/${lesson.id}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text.en.title);
		await expect(page.locator('.objectives li').first()).toHaveText(plain(lesson.text.en.objectives[0]));
		await page.getByRole('link', { name: 'Back to all lessons' }).click();
		await expect(page).toHaveURL(/\/en\/lessons$/);
		await expect(page.getByRole('heading', { level: 1, name: 'All lessons' })).toBeVisible();

		await page.goto(`/lessons/${lesson.id}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text['zh-CN'].title);
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

test.describe('a lesson open while the language changes in another tab', () => {
	test('follows it: the lesson text, its address and the place in it', async ({ page, context }) => {
		const lesson = lessonById('inertia');
		await page.goto(`/lessons/${lesson.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text['zh-CN'].title);
		await page.getByRole('button', { name: /下一部分/ }).click();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(lesson.text['zh-CN'].sections[1].title);

		const other = await context.newPage();
		await other.goto('/settings');
		await other.getByRole('radio', { name: 'English' }).check();
		await expect(other).toHaveURL(/\/en\/settings$/);

		await expect(page).toHaveURL(new RegExp(`/en/lessons/${lesson.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text.en.title);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(lesson.text.en.sections[1].title);
		const firstParagraph = plain(lesson.text.en.sections[1].html.match(/<p>([\s\S]*?)<\/p>/)![1]);
		await expect(page.locator('.prose p').first()).toHaveText(firstParagraph);
	});
});
