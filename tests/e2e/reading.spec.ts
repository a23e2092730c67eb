import { expect, test } from './fixtures';

test('a learner finds a lesson in the catalog and reads it section by section', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: '欢迎来到探索！' })).toBeVisible();
	await page.getByRole('link', { name: /浏览全部课程/ }).click();

	await expect(page.getByRole('heading', { level: 1, name: '全部课程' })).toBeVisible();
	// Grouped by subject.
	for (const subject of ['物质及其变化', '力、运动与能量', '生命与人体', '地球、宇宙与环境']) {
		await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible();
	}

	const physics = page.getByRole('region', { name: '力、运动与能量' });
	const firstLesson = physics.getByRole('link').first();
	const title = (await firstLesson.locator('.card-title').textContent())!;
	await firstLesson.click();

	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const progress = page.getByRole('progressbar', { name: '课程进度' });
	await expect(page.getByText(/^第 1 部分，共 \d 部分$/)).toBeVisible();
	const total = Number((await page.getByText(/^第 1 部分，共 \d 部分$/).textContent())!.match(/共 (\d)/)![1]);
	expect(total).toBeGreaterThanOrEqual(3);
	await expect(page.getByRole('button', { name: /上一部分/ })).toBeDisabled();

	const firstHeading = await page.locator('#step-heading').textContent();
	await page.getByRole('button', { name: /下一部分/ }).click();
	await expect(page.getByText(`第 2 部分，共 ${total} 部分`)).toBeVisible();
	await expect(page.locator('#step-heading')).not.toHaveText(firstHeading!);
	await expect(page.locator('#step-heading')).toBeFocused();
	expect(Number(await progress.getAttribute('value'))).toBe(2);

	await page.getByRole('button', { name: /上一部分/ }).click();
	await expect(page.locator('#step-heading')).toHaveText(firstHeading!);

	// Every section has content, and diagrams load; the last step is the quiz.
	const images: string[] = [];
	for (let i = 1; i < total; i++) {
		await expect(page.locator('.prose')).not.toBeEmpty();
		for (const img of await page.locator('.prose img').all()) images.push((await img.getAttribute('alt')) ?? '');
		await page.getByRole('button', { name: /下一部分/ }).click();
	}
	await page.getByRole('button', { name: /去做小测验/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: '小测验' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '参考资料' })).toBeVisible();
	await expect(page.getByText(/^第 1 题，共 \d+ 题$/)).toBeVisible();
	expect(
		Number((await page.getByText(/^第 1 题，共 \d+ 题$/).textContent())!.match(/共 (\d+)/)![1])
	).toBeGreaterThanOrEqual(6);
});

test('every lesson page renders its diagrams, and formulas as MathML', async ({ page, request }) => {
	await page.goto('/lessons');
	const hrefs = await page.locator('.card').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThanOrEqual(4);
	let formulas = 0;
	for (const href of hrefs) {
		const data = await (await request.get(`${href}/__data.json`)).text();
		if (/(<|\\u003C)math/.test(data)) formulas++;
		for (const [, src] of data.matchAll(/src=\\"(\/lesson-assets\/[^"\\]+)\\"/g)) {
			const res = await request.get(src);
			expect(res.status(), src).toBe(200);
			expect(res.headers()['content-type']).toMatch(/^image\//);
		}
	}
	expect(formulas, 'lessons with TeX formulas rendered as MathML').toBeGreaterThan(0);
});
