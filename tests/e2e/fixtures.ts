/*
 * The end-to-end tests' `test`: Playwright's, with a page whose goto() and reload() also wait
 * until the app has started on the page (html[data-ready], set by the root layout once mounted).
 * A control touched before that is reset when the app takes over the prerendered page: a race
 * that retries used to hide. Tests of pages without the app's code (JavaScript off, its code
 * blocked) set `waitForApp: false` and wait for what they need themselves.
 */
import { test as base, type Page } from '@playwright/test';

export { expect, chromium, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ waitForApp: boolean }>({
	waitForApp: [true, { option: true }],
	page: async ({ page, waitForApp }, use) => {
		if (waitForApp) {
			const started = () => page.locator('html[data-ready]').waitFor({ state: 'attached' });
			const goto = page.goto.bind(page);
			page.goto = async (url: string, options?: Parameters<Page['goto']>[1]) => {
				const response = await goto(url, options);
				await started();
				return response;
			};
			const reload = page.reload.bind(page);
			page.reload = async (options?: Parameters<Page['reload']>[0]) => {
				const response = await reload(options);
				await started();
				return response;
			};
		}
		await use(page);
	}
});
