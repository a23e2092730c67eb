// Takes the manifest's screenshots from the built app at a phone size: `npm run build`, then
// `node scripts/make-screenshots.mjs` (needs Chromium and a CJK font; the PNGs are committed).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, freePort, startPreview } from './bench-lib.mjs';

const { base, stop } = await startPreview(await freePort());

const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
mkdirSync('static/screenshots', { recursive: true });
try {
	const context = await browser.newContext({
		viewport: { width: 412, height: 915 },
		deviceScaleFactor: 2,
		locale: 'zh-CN',
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const shot = (name) => page.screenshot({ path: `static/screenshots/${name}.png` });

	await page.goto(`${base}/lessons/light-refraction`);
	await page.getByRole('button', { name: '下一部分' }).click();
	await shot('lesson');

	for (let i = 0; i < 8; i++) {
		const next = page.getByRole('button', { name: /下一部分|去做小测验/ });
		if (!(await next.count())) break;
		await next.click();
	}
	await page.locator('.choice').first().click();
	await page.getByRole('button', { name: '检查答案' }).click();
	await page.locator('.feedback').waitFor();
	await page.evaluate(() => window.scrollTo(0, 0));
	await shot('quiz');

	await page.goto(`${base}/progress`);
	await page.getByTestId('stats').waitFor();
	await shot('progress');
} finally {
	await browser.close();
	stop();
}
console.log('screenshots written');
