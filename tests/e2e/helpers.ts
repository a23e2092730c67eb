import type { Page } from '@playwright/test';

/** Waits until the service worker is active, which means the whole app has been precached. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
}

/** Waits until the app has started on this page: a control touched before that is reset by it. */
export async function appReady(page: Page): Promise<void> {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}
