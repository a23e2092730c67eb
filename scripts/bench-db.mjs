// `npm run bench:db`: a benchmark, not a test. On the built app in headless Chromium it prints
// the time to record one answer (p50, p95) and to render the progress page with 50,000 stored
// attempts. Run `npm run build` first.
import { chromium } from '@playwright/test';
import { chromiumPath, freePort, startPreview } from './bench-lib.mjs';

const ATTEMPTS = 50_000;
const { base, stop } = await startPreview(await freePort());

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
try {
	const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 915 } });
	const page = await context.newPage();
	await page.goto(`${base}/progress`);
	await page.getByTestId('stats').waitFor();

	// Fill the learner's history through IndexedDB directly: 50,000 attempts over a year.
	await page.evaluate(async (count) => {
		const profileId = localStorage.getItem('tansuo.profile');
		const db = await new Promise((resolve, reject) => {
			const r = indexedDB.open('tansuo');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const lessons = [
			'states-of-matter',
			'dissolving',
			'cells',
			'photosynthesis',
			'inertia',
			'levers',
			'moon-phases',
			'fair-test'
		];
		const tx = db.transaction(['attempts', 'dailyActivity', 'lessonProgress'], 'readwrite');
		const days = new Map();
		const start = Date.now() - 365 * 86_400_000;
		for (let i = 0; i < count; i++) {
			const at = start + Math.floor((i / count) * 365 * 86_400_000);
			const lessonId = lessons[i % lessons.length];
			const correct = i % 3 !== 0;
			tx.objectStore('attempts').add({
				profileId,
				lessonId,
				questionId: `q-${i % 7}`,
				runId: `run-${Math.floor(i / 7)}`,
				answer: { type: 'single', choice: i % 4 },
				correct,
				firstTry: i % 2 === 0,
				hintsUsed: 0,
				ms: 8000,
				at
			});
			const d = new Date(at);
			const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
			const row = days.get(day) ?? { profileId, day, answers: 0, correct: 0, ms: 0 };
			row.answers++;
			row.correct += correct ? 1 : 0;
			row.ms += 8000;
			days.set(day, row);
		}
		for (const row of days.values()) tx.objectStore('dailyActivity').put(row);
		for (const lessonId of lessons) {
			tx.objectStore('lessonProgress').put({
				profileId,
				lessonId,
				step: 5,
				openedAt: start,
				updatedAt: Date.now(),
				timeMs: 3_600_000,
				best: { score: 0.85, mastered: true, at: Date.now() }
			});
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, ATTEMPTS);

	// When the progress figures were painted, from the Element Timing entry of the answer count
	// (ProgressView marks it). Read through an observer, not by polling the page for the text,
	// which would put the benchmark's own work on the main thread it measures.
	const figuresPainted = (after) =>
		page.evaluate(
			(after) =>
				new Promise((resolve) => {
					new PerformanceObserver((list, observer) => {
						const entry = list.getEntries().find((e) => e.identifier === 'progress-figures' && e.renderTime > after);
						if (!entry) return;
						observer.disconnect();
						resolve(entry.renderTime);
					}).observe({ type: 'element', buffered: true });
				}),
			after
		);

	// Progress page: from navigation start to the figures painted, a cold load each time.
	const renders = [];
	for (let i = 0; i < 7; i++) {
		await page.goto(`${base}/progress`);
		renders.push(await figuresPainted(0));
		await page.getByText(/共答题 50\d{3} 道/).waitFor(); // the seeded history is what is shown
	}

	// The same page reached inside the app (the usual way): click to figures painted.
	const navigations = [];
	for (let i = 0; i < 7; i++) {
		await page.goto(`${base}/lessons`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.waitForTimeout(300);
		const t0 = await page.evaluate(() => performance.now());
		const painted = figuresPainted(t0);
		await page.getByRole('link', { name: '进度', exact: true }).click();
		navigations.push((await painted) - t0);
		await page.getByText(/共答题 50\d{3} 道/).waitFor();
	}

	// Recording answers on real quiz pages: every choice of every single-choice question is tried
	// in turn until the right one, so most checks are misses, as a learner's first tries often are.
	//
	// Two ways of pressing Check. A real tap: what the learner waits for, which includes the browser
	// drawing the tap's frame before it hands IndexedDB's answers back to the page (Chromium puts
	// rendering first after input). And the form submitted by script, with no input event: the
	// saving alone, through the same code.
	const records = { tap: [], script: [] };
	// Twelve quizzes the seeded history has not touched (each opens at its first section), about 60
	// answers each way: enough for a p95 that is not just the worst one or two.
	const quizzes = [
		'light-refraction',
		'acids-and-bases',
		'sound-vibration',
		'energy-conversion',
		'water-cycle',
		'simple-circuits',
		'germs-and-handwashing',
		'heart-and-blood',
		'physical-chemical-change',
		'day-night-seasons',
		'greenhouse-climate',
		'water-filter'
	];
	for (const [i, lessonId] of quizzes.entries()) {
		const press = i % 2 ? 'script' : 'tap';
		await page.goto(`${base}/lessons/${lessonId}`);
		// "第 1 部分，共 N 部分": N clicks lead to the quiz.
		const sections = Number((await page.getByText(/^第 1 部分，共 \d+ 部分$/).textContent()).match(/共 (\d+)/)[1]);
		for (let i = 0; i < sections; i++) await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
		await page.locator('.question-card').waitFor();
		for (let q = 0; q < 12; q++) {
			const radios = page.locator('.question-card .choice input[type=radio]');
			const count = await radios.count();
			for (let c = 0; c < count; c++) {
				if (!(await page.getByRole('button', { name: '检查答案' }).count())) break; // solved
				await radios.nth(c).check();
				// A learner looks at the choice before pressing Check: not within the same frame.
				await page.waitForTimeout(100);
				const saved = await page.evaluate(() => performance.getEntriesByName('tansuo:record-answer').length);
				const check = page.getByRole('button', { name: '检查答案' });
				if (press === 'tap') await check.click();
				else await check.evaluate((button) => button.form.requestSubmit());
				// Saved: the answer's record is measured once the write has finished. Not polled from
				// the page meanwhile, which would put the test's own work on the page's main thread.
				await page.waitForTimeout(150);
				await page.waitForFunction((n) => performance.getEntriesByName('tansuo:record-answer').length > n, saved);
			}
			const next = page.getByRole('button', { name: /下一题/ });
			if (!(await next.count())) break;
			await next.click();
		}
		records[press].push(
			...(await page.evaluate(() => performance.getEntriesByName('tansuo:record-answer').map((e) => e.duration)))
		);
	}

	console.log(`\nWith ${ATTEMPTS.toLocaleString('en')} stored attempts, in headless Chromium:`);
	const percentiles = (label, xs) =>
		console.log(
			`  ${label}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (${xs.length} answers)`
		);
	percentiles('record one answer, tap to saved', records.tap);
	percentiles('record one answer, saving alone', records.script);
	console.log(
		`  progress page, cold load (navigation start to figures painted): median ${percentile(renders, 50).toFixed(0)} ms, worst ${Math.max(...renders).toFixed(0)} ms (${renders.length} loads)`
	);
	console.log(
		`  progress page, in-app navigation (click to figures painted): median ${percentile(navigations, 50).toFixed(0)} ms, worst ${Math.max(...navigations).toFixed(0)} ms (${navigations.length} loads)`
	);
} finally {
	await browser.close();
	stop();
}
