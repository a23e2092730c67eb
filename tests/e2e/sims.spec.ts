/*
 * Simulations in lessons: predict, then play by keyboard, and the lesson comes back to the
 * prediction; a sim question answered, saved and resumed; a sim lesson opened offline.
 */
import { expect, test, type Page } from './fixtures';
import { waitForOfflineReady } from './helpers';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

const levers = lessonById('levers');
const simSection = levers.text['zh-CN'].sections.findIndex((s) => s.sims.length);

async function toSection(page: Page, index: number, next: RegExp) {
	for (let i = 0; i < index; i++) await page.getByRole('button', { name: next }).click();
}

test('a learner predicts, plays with the lever by keyboard, and the lesson comes back to the prediction', async ({
	page
}) => {
	await page.goto('/lessons/levers');
	await toSection(page, simSection, /下一部分/);
	const sim = page.getByRole('region', { name: '模拟实验' });

	// Locked until a prediction is made.
	await expect(sim.getByText('先预测，再动手')).toBeVisible();
	await expect(sim.getByRole('slider')).toHaveCount(0);
	await sim.getByRole('button', { name: '确定我的预测' }).click();
	await expect(sim.getByRole('alert')).toHaveText('先选一个预测。');
	await sim.getByRole('radio', { name: '第 4 格' }).check();
	await sim.getByRole('button', { name: '确定我的预测' }).click();
	await expect(sim.getByText('你的预测：第 4 格')).toBeVisible();

	// The sim: locked settings are disabled, the free one is a slider with a spoken value.
	const slider = sim.getByRole('slider', { name: /^右边位置/ });
	await expect(slider).toHaveAttribute('aria-valuetext', '右边位置（格） 1');
	await expect(sim.getByRole('slider', { name: /^左边硬币/ })).toBeDisabled();
	const said = sim.locator('.sim-said');
	await expect(said).toHaveText('左边 2 枚硬币在第 2 格；右边 1 枚硬币在第 1 格。左边下沉。');
	await expect(sim.getByText('动手试一试，再看看结果和你的预测是否一样。')).toBeVisible();

	// By keyboard: three steps right. The text follows, and the screen reader's line once it rests.
	await slider.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', '右边位置（格） 4');
	await expect(said).toHaveText('左边 2 枚硬币在第 2 格；右边 1 枚硬币在第 4 格。尺子保持水平：两边平衡。');
	await expect(sim.locator('[aria-live="polite"].visually-hidden')).toHaveText(/尺子保持水平/);
	await expect(sim.getByText('结果和你的预测一样。')).toBeVisible();
	await expect(sim.getByText(/发生了什么：1 枚硬币放在第 4 格时尺子水平/)).toBeVisible();

	// The prediction was saved: after a reload (which reopens this section) it is still there, and
	// cannot be changed.
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 2, name: levers.text['zh-CN'].sections[simSection].title })
	).toBeVisible();
	await expect(sim.getByText('你的预测：第 4 格')).toBeVisible();
	await expect(sim.getByRole('button', { name: '确定我的预测' })).toHaveCount(0);
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('the sim speaks English: labels, values and the description follow the keyboard', async ({ page }) => {
		await page.goto('/en/lessons/levers');
		await toSection(page, simSection, /^Next/);
		const sim = page.getByRole('region', { name: 'Simulation' });
		await sim.getByRole('radio', { name: 'It can never balance' }).check();
		await sim.getByRole('button', { name: 'Lock in my prediction' }).click();
		const slider = sim.getByRole('slider', { name: /^Right position/ });
		await slider.focus();
		await page.keyboard.press('End');
		await expect(slider).toHaveAttribute('aria-valuetext', 'Right position (mark) 5');
		await expect(sim.locator('.sim-said')).toHaveText(
			'Left: 2 coins at mark 2; right: 1 coin at mark 5. The right side goes down.'
		);
		await expect(sim.getByText('The result is not what you predicted', { exact: false })).toBeVisible();
	});
});

test('a sim question is answered by setting the sim, saved, and resumed after a reload', async ({ page }) => {
	const quiz = levers.text['zh-CN'].quiz;
	const index = quiz.findIndex((q) => q.type === 'sim');
	const question = quiz[index];
	await page.goto('/lessons/levers');
	await toSection(page, levers.text['zh-CN'].sections.length - 1, /下一部分/);
	await page.getByRole('button', { name: /去做小测验/ }).click();
	for (let i = 0; i < index; i++) await page.getByRole('button', { name: /下一题/ }).click();
	await expect(page.getByText(`第 ${index + 1} 题，共 ${quiz.length} 题`)).toBeVisible();

	// Checked as it starts: the ruler is not level, so that is a wrong try.
	await answerByKeyboard(page, question, false);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('还不对');
	// Set right by keyboard, then checked: the sim's own model says it balances.
	await answerByKeyboard(page, question, true);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.locator('.question-card .sim-said')).toContainText('两边平衡');

	// Reloaded: the same question, solved, the sim as it was left, its controls locked.
	await page.reload();
	await expect(page.getByText(`第 ${index + 1} 题，共 ${quiz.length} 题`)).toBeVisible();
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.locator('.question-card .sim-said')).toContainText('两边平衡');
	for (const slider of await page.locator('.question-card').getByRole('slider').all())
		await expect(slider).toBeDisabled();
});

test('a lesson with a sim, never opened before, works offline: the sim’s code comes from the cache', async ({
	page,
	context
}) => {
	const lesson = lessonById('light-refraction');
	const section = lesson.text['zh-CN'].sections.findIndex((s) => s.sims.length);
	expect(section).toBeGreaterThanOrEqual(0);
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.goto('/lessons/light-refraction');
	await toSection(page, section, /下一部分/);
	const sim = page.getByRole('region', { name: '模拟实验' });
	const predict = lesson.text['zh-CN'].sections[section].sims[0].predict;
	if (predict) {
		await sim.getByRole('radio').first().check();
		await sim.getByRole('button', { name: '确定我的预测' }).click();
	}
	await expect(sim.getByRole('slider').first()).toBeVisible();
	await expect(sim.locator('.sim-said')).not.toBeEmpty();
	await expect(sim.getByText('这个模拟打不开', { exact: false })).toHaveCount(0);
});
