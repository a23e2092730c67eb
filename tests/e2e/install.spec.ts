import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from './fixtures';
import { chromiumLaunch } from '../../playwright.config';
import { waitForOfflineReady } from './helpers';

test('Chromium finds nothing that stops installing the app', async ({ baseURL }) => {
	// Installability is always "in-incognito" in a plain context: use a real profile folder.
	const profile = mkdtempSync(join(tmpdir(), 'tansuo-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
	try {
		const page = await context.newPage();
		await page.goto(baseURL!);
		await waitForOfflineReady(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors).toEqual([]);

		const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ display: 'standalone', lang: 'zh-CN', start_url: '/', scope: '/' });
		const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
		expect(purposes).toEqual(
			expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable'])
		);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
