import { appReady } from './helpers';
import { expect, test, type Page } from './fixtures';

const LESSON = '/lessons/light-refraction';

function group(page: Page, name: string) {
	return page.getByRole('group', { name });
}

/** The page fits the screen: nothing wider than the viewport, so nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, page.url()).toBeLessThanOrEqual(innerWidth);
	// A phone browser zooms out to show a page that is too wide, and innerWidth grows with it.
	expect(innerWidth, page.url()).toBe(page.viewportSize()!.width);
}

/** The root background as [r, g, b]. */
async function background(page: Page): Promise<number[]> {
	const color = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	return color.match(/\d+/g)!.slice(0, 3).map(Number);
}
const isDark = (rgb: number[]) => Math.max(...rgb) < 60;

/** What the stand-in speech engine was asked to do. */
interface SpeechLog {
	said: { text: string; lang: string; rate: number }[];
	cancels: number;
}

test('200% text is remembered, and no page needs sideways scrolling', async ({ page }) => {
	await page.goto('/settings');
	await group(page, '文字大小').getByRole('radio', { name: '200%' }).check();
	await expect(page.locator('html')).toHaveCSS('font-size', '32px');

	await page.reload();
	await expect(group(page, '文字大小').getByRole('radio', { name: '200%' })).toBeChecked();
	await expect(page.locator('html')).toHaveCSS('font-size', '32px');
	await expectNoSidewaysScroll(page);

	await page.goto('/lessons');
	await expect(page.getByRole('heading', { level: 1, name: '全部课程' })).toBeVisible();
	await expectNoSidewaysScroll(page);

	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoSidewaysScroll(page);

	// Every section of a lesson with a table and formulas, then the quiz.
	await page.goto(LESSON);
	await expect(page.locator('html')).toHaveCSS('font-size', '32px');
	const next = page.getByRole('button', { name: /下一部分|去做小测验/ });
	while (await next.isVisible()) {
		await expect(page.locator('.prose')).not.toBeEmpty();
		await expectNoSidewaysScroll(page);
		await next.click();
	}
	await expect(page.locator('.question-card')).toBeVisible();
	await expectNoSidewaysScroll(page);
});

test('the dark theme is remembered', async ({ page }) => {
	await page.goto('/settings');
	expect(isDark(await background(page))).toBe(false);
	await group(page, '颜色主题').getByRole('radio', { name: '深色' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	await page.reload();
	await expect(group(page, '颜色主题').getByRole('radio', { name: '深色' })).toBeChecked();
	expect(isDark(await background(page))).toBe(true);
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0b2522');
});

test.describe('before the app starts', () => {
	// No service worker, so that page.route sees every request; the app's code is then blocked.
	test.use({ serviceWorkers: 'block', waitForApp: false });

	test('the inline pre-paint script alone applies the saved settings: no light or small first paint', async ({
		page
	}) => {
		await page.goto('/settings');
		await appReady(page);
		await group(page, '颜色主题').getByRole('radio', { name: '深色' }).check();
		await group(page, '文字大小').getByRole('radio', { name: '150%' }).check();

		// Without the app's JavaScript, only the pre-paint script can set the theme and size.
		await page.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto(LESSON);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('html')).toHaveCSS('font-size', '24px');
		expect(isDark(await background(page))).toBe(true);
	});
});

test('the system theme follows the device, and a choice overrides it', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/settings');
	await expect(group(page, '颜色主题').getByRole('radio', { name: '跟随系统' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(isDark(await background(page))).toBe(true);

	// The device switches while the app is open.
	await page.emulateMedia({ colorScheme: 'light' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(isDark(await background(page))).toBe(false);

	await group(page, '颜色主题').getByRole('radio', { name: '浅色' }).check();
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('reduced motion can be turned on, off, or left to the device', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/settings');
	const motion = group(page, '减少动画');
	await expect(motion.getByRole('radio', { name: '跟随系统' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');

	await motion.getByRole('radio', { name: '关' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'no-preference');

	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await motion.getByRole('radio', { name: '开' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
	await expect(motion.getByRole('radio', { name: '开' })).toBeChecked();
	await expect(page.locator('.button').first()).toHaveCSS('transition-duration', '1e-05s');
});

test('a device without a Chinese voice says so instead of offering read-aloud', async ({ page }) => {
	// Headless Chromium has no speech voices at all.
	await page.goto(LESSON);
	await expect(page.getByText('这台设备没有中文语音，暂时不能朗读。')).toBeVisible();
	await expect(page.getByRole('button', { name: /朗读本节/ })).toHaveCount(0);
});

test('with a voice, a section is read aloud at the chosen speed and stops at the next section', async ({ page }) => {
	// A stand-in speech engine with one Chinese voice, recording what it is asked to do.
	await page.addInitScript(() => {
		const log: SpeechLog = { said: [], cancels: 0 };
		Object.assign(window, { speechLog: log });
		class FakeUtterance {
			lang = '';
			rate = 1;
			voice: unknown = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				getVoices: () => [{ name: '普通话', lang: 'zh-CN', localService: true, default: true, voiceURI: 'zh' }],
				speak: (u: FakeUtterance) => log.said.push({ text: u.text, lang: u.lang, rate: u.rate }),
				cancel: () => log.cancels++,
				addEventListener: () => {}
			}
		});
	});
	const said = () => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);

	await page.goto('/settings');
	await group(page, '朗读速度').getByRole('radio', { name: '慢一点' }).check();

	await page.goto(LESSON);
	const title = (await page.locator('#step-heading').textContent())!;
	await page.getByRole('button', { name: '朗读本节' }).click();
	const log = await said();
	expect(log.said[0]).toEqual({ text: title, lang: 'zh-CN', rate: 0.75 });
	expect(log.said.length).toBeGreaterThan(1);
	const stop = page.getByRole('button', { name: '停止朗读' });
	await expect(stop).toBeFocused();

	const cancelsBefore = log.cancels;
	await page.getByRole('button', { name: /下一部分/ }).click();
	await expect(page.getByRole('button', { name: '朗读本节' })).toBeVisible();
	expect((await said()).cancels).toBeGreaterThan(cancelsBefore);
});
