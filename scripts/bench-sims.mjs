// `npm run bench:sims` (after a build; run by tsx, which loads the lesson library): each
// simulation's own JavaScript (gzip), the first-load JS of lesson pages with a sim, and how long
// one slider step takes to process and lay out while a slider is dragged under Chromium's 4× CPU
// slowdown, in a lesson that uses the sim.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLibrary } from '../src/lib/server/library';
import { chromium } from '@playwright/test';
import { BUILD, chromiumArgs, chromiumPath, firstLoadJs, freePort, gz, kb, startPreview } from './bench-lib.mjs';

const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const file = (key) => join(BUILD, manifest[key].file);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

const names = Object.keys(manifest)
	.map((k) => /^src\/lib\/sims\/([a-z-]+)\/View\.svelte$/.exec(k)?.[1])
	.filter(Boolean)
	.sort();
console.log(`Simulations: JS of its own (its view and model chunks, gzip -9)  target ≤ 15 KB each`);
const shared = new Set();
for (const name of names) {
	const view = `src/lib/sims/${name}/View.svelte`;
	const model = `src/lib/sims/${name}/model.ts`;
	for (const i of manifest[view].imports ?? []) if (i !== model) shared.add(i);
	const bytes = gz(readFileSync(file(view))) + gz(readFileSync(file(model)));
	console.log(`  ${name.padEnd(14)} ${kb(bytes)}`);
}
const sharedBytes = [...shared].reduce((n, k) => n + gz(readFileSync(file(k))), 0);
console.log(`  shared by the sims (controls, helpers; mostly already on a lesson page): ${kb(sharedBytes)}`);

const server = await startPreview(await freePort());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	const pages = ['/lessons/levers', '/en/lessons/light-refraction', '/lessons/moon-phases'];
	console.log('First-load JS of lesson pages with a sim (gzip -9)  target ≤ 90 KB');
	for (const row of await firstLoadJs(browser, server.base, pages)) {
		console.log(`  ${row.path.padEnd(30)} ${kb(row.bytes)} in ${row.scripts} files`);
	}

	// Where each sim is used: the first lesson section holding it.
	const { lessons } = loadLibrary({ root: resolve('lessons') });
	const uses = new Map();
	for (const l of lessons)
		l.text['zh-CN'].sections.forEach((s, i) => {
			for (const b of s.sims) if (!uses.has(b.sim)) uses.set(b.sim, { id: l.id, section: i, predict: !!b.predict });
		});

	console.log(
		'Moving a sim’s slider in a lesson, 4× CPU slowdown  target ≤ 16 ms per step (p95); 16.7 ms is one frame at 60 Hz'
	);
	const all = [];
	for (const name of names) {
		const use = uses.get(name);
		if (!use) continue;
		const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 412, height: 915 } });
		await page.goto(`${server.base}/lessons/${use.id}`);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		for (let i = 0; i < use.section; i++) await page.getByRole('button', { name: /下一部分/ }).click();
		const sim = page.getByRole('region', { name: '模拟实验' });
		if (use.predict) {
			await sim.getByRole('radio').first().check();
			await sim.getByRole('button', { name: '确定我的预测' }).click();
		}
		const slider = sim.locator('input[type=range]:not([disabled])').first();
		await slider.waitFor();
		await slider.scrollIntoViewIfNeeded();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.steps = 0;
			w.frames = [];
			let last = 0;
			const tick = (/** @type {number} */ t) => {
				if (last) w.frames.push(t - last);
				last = t;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
			// The browser's own measure: from an input event to the next paint (Event Timing, as INP
			// uses it); it reports only events of 16 ms or more.
			w.slow = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) if (e.name === 'keydown') w.slow.push(e.duration);
			}).observe({ type: 'event', durationThreshold: 16, buffered: false });
			document.addEventListener('keydown', () => w.steps++, true);
		});
		const box = await slider.boundingBox();
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + 2, y);
		await page.mouse.down();
		for (let i = 0; i <= 60; i++) await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 60, y);
		for (let i = 60; i >= 0; i--) await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 60, y);
		await page.mouse.up();
		const frames = await page.evaluate(() => /** @type {any} */ (window).frames);
		// Holding an arrow key moves the slider a step per key repeat: the browser times each one
		// from the key to the next paint (Event Timing), which it cannot do for pointer moves.
		await slider.focus();
		for (let i = 0; i < 40; i++) {
			// About a key repeat's pace (30 a second), as holding a key down gives.
			await page.keyboard.press(i < 20 ? 'ArrowRight' : 'ArrowLeft', { delay: 10 });
			await page.waitForTimeout(25);
		}
		await page.waitForTimeout(500);
		const { steps, slow } = await page.evaluate(() => ({
			frames: 0,
			steps: /** @type {any} */ (window).steps,
			slow: /** @type {any} */ (window).slow
		}));
		// Events not reported took under 16 ms: counted as 0 for the percentile, which is then
		// exact whenever it is 16 ms or more, and "under 16" otherwise.
		const painted = [...slow, ...Array(Math.max(0, steps - slow.length)).fill(0)];
		const p95 = pct(painted, 0.95);
		all.push(...painted);
		console.log(
			`  ${name.padEnd(14)} key to paint p95 ${p95 ? `${p95.toFixed(0)} ms` : '< 16 ms'} (${slow.length} of ${steps} steps ≥ 16 ms); ` +
				`mouse drag: frame interval p50 ${pct(frames, 0.5).toFixed(1)}, p95 ${pct(frames, 0.95).toFixed(1)} ms over ${frames.length} frames  [${use.id}]`
		);
		await page.close();
	}
	const p95 = pct(all, 0.95);
	console.log(`  all sims       key to paint p95 ${p95 ? `${p95.toFixed(0)} ms` : '< 16 ms'} over ${all.length} steps`);
} finally {
	await browser.close();
	server.stop();
}
