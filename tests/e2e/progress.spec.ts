import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { allLessons, answerByKeyboard, checkByKeyboard } from './quiz-driver';

const lesson = allLessons()[0];
const questions = lesson.text['zh-CN'].quiz;

async function answerFirstQuestion(page: Page, right: boolean) {
	await page.goto(`/lessons/${lesson.id}`);
	for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
	}
	await answerByKeyboard(page, questions[0], right);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText(right ? '答对了' : '还不对');
}

async function answersOnProgressPage(page: Page): Promise<string> {
	await page.goto('/progress');
	return (await page.getByTestId('stats').textContent()) ?? '';
}

test('two learners on one phone keep separate progress', async ({ page }) => {
	await answerFirstQuestion(page, true);
	expect(await answersOnProgressPage(page)).toContain('共答题 1 道');
	await expect(page.getByRole('row', { name: new RegExp(lesson.text['zh-CN'].title) })).toContainText('学习中');

	// A second learner joins.
	await page.getByRole('link', { name: /正在学习：小探索者/ }).click();
	await expect(page.getByRole('heading', { name: '谁在学习？' })).toBeVisible();
	await page.getByRole('button', { name: '+ 添加学习者' }).click();
	await page.getByLabel('名字').fill('小明');
	await page.getByRole('button', { name: '创建' }).click();
	await page.getByRole('button', { name: '切换到 小明' }).click();
	await expect(page.getByRole('link', { name: /正在学习：小明/ })).toBeVisible();

	expect(await answersOnProgressPage(page)).toContain('共答题 0 道');
	await page.goto(`/lessons/${lesson.id}`);
	await expect(page.getByText(/^第 1 部分/)).toBeVisible(); // 小明 starts at the beginning
	await answerFirstQuestion(page, false);
	await answerByKeyboard(page, questions[0], true); // the retry
	await checkByKeyboard(page);
	expect(await answersOnProgressPage(page)).toContain('共答题 2 道');

	// Back to the first learner: their own record, untouched.
	await page.goto('/profiles');
	await page.getByRole('button', { name: '切换到 小探索者' }).click();
	expect(await answersOnProgressPage(page)).toContain('共答题 1 道');

	// Home asks who is learning when the app is opened again with two learners.
	const fresh = await page.context().newPage();
	await fresh.goto('/');
	await expect(fresh.getByRole('heading', { name: '谁在学习？' })).toBeVisible();
});

test('a backup exported, the data cleared, the backup restored: everything is back; a corrupt file is refused', async ({
	page
}, testInfo) => {
	await answerFirstQuestion(page, true);
	const before = await answersOnProgressPage(page);
	expect(before).toContain('共答题 1 道');

	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '备份全部学习者' }).click();
	const file = testInfo.outputPath('backup.json');
	await (await download).saveAs(file);
	const text = readFileSync(file, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ format: 'tansuo-backup', version: 2 });

	// Everything on the device is cleared.
	await page.evaluate(async () => {
		localStorage.clear();
		sessionStorage.clear();
		await new Promise((resolve) => {
			const request = indexedDB.deleteDatabase('tansuo');
			request.onsuccess = request.onerror = request.onblocked = resolve;
		});
	});
	expect(await answersOnProgressPage(page)).toContain('共答题 0 道');

	// A damaged file is refused, and nothing changes.
	await page.goto('/settings');
	const damaged = text.replace('"correct":true', '"correct":false');
	await page
		.getByLabel('从备份文件恢复')
		.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
	await expect(page.getByRole('alert')).toContainText('校验值不符');
	await page
		.getByLabel('从备份文件恢复')
		.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
	await expect(page.getByRole('alert')).toContainText('损坏或不完整');
	await expect(page.getByRole('button', { name: '确认恢复' })).toHaveCount(0);
	expect(await answersOnProgressPage(page)).toContain('共答题 0 道');

	// The real file: previewed, then restored.
	await page.goto('/settings');
	await page.getByLabel('从备份文件恢复').setInputFiles(file);
	await expect(page.getByText(/新增 小探索者（1 条答题记录）|替换 小探索者（1 条答题记录/)).toBeVisible();
	await page.getByRole('button', { name: '确认恢复' }).click();
	await expect(page.getByText('恢复完成。')).toBeVisible();
	expect(await answersOnProgressPage(page)).toBe(before);
});

test('a missed question comes back for review', async ({ page }) => {
	await page.clock.install();
	await answerFirstQuestion(page, false);
	// FSRS brings a miss back after a short learning step: let a few minutes pass.
	await page.clock.fastForward('10:00');
	await page.goto('/');
	await expect(page.getByText('1 道题待复习')).toBeVisible();
	await page.goto('/review');
	await expect(page.getByText('今天有 1 道题要复习')).toBeVisible();
	await answerByKeyboard(page, questions[0], true);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await page.getByRole('button', { name: /下一道/ }).click();
	await expect(page.getByText('今天的复习完成了！')).toBeVisible();
	await page.goto('/');
	await expect(page.getByText('暂时没有要复习的题')).toBeVisible();
});

test('progress open in another tab counts an answer the moment it is saved', async ({ page }) => {
	// Live queries in another tab hear of an answer through Dexie's broadcast between tabs.
	await page.goto('/');
	const progressTab = await page.context().newPage();
	await progressTab.goto('/progress');
	await expect(progressTab.getByTestId('stats')).toContainText('共答题 0 道');
	await answerFirstQuestion(page, true);
	await expect(progressTab.getByTestId('stats')).toContainText('共答题 1 道');
});
