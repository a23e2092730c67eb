import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where the machine has it (Playwright cannot download its own browser here);
// Playwright's own Chromium anywhere else.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const chromiumLaunch = {
	executablePath: systemChromium,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

// PW_PORT lets a second checkout run its tests beside this one.
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	// No retries: a flaky test is a bug to fix, not to hide.
	retries: 0,
	// Two cores run two browsers at once: long keyboard walks through a quiz need the headroom.
	timeout: 90_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		...devices['Pixel 7'],
		baseURL: `http://localhost:${PORT}`,
		locale: 'zh-CN',
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunch
	},
	projects: [{ name: 'phone-chromium' }],
	// A fresh server for every run: a preview left over from an earlier build serves stale files.
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
