// Renders static/icons/icon.svg to the PNG icons the manifest lists. Run after editing the SVG:
// `node scripts/make-icons.mjs` (needs Chromium; the PNGs are committed).
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();

// Maskable icons keep the drawing inside the central 80% safe zone.
const targets = [
	['icon-192.png', 192, 1],
	['icon-512.png', 512, 1],
	['icon-maskable-192.png', 192, 0.72],
	['icon-maskable-512.png', 512, 0.72],
	['apple-touch-icon.png', 180, 0.85]
];
for (const [name, size, scale] of targets) {
	await page.setViewportSize({ width: size, height: size });
	const inner = Math.round(size * scale);
	await page.setContent(
		`<body style="margin:0;background:#0f766e;display:grid;place-items:center;height:${size}px">` +
			svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
			'</body>'
	);
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: false });
}
await browser.close();
console.log('icons written');
