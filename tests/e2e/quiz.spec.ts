import { expect, test } from './fixtures';
import { allLessons, answerByKeyboard, checkByKeyboard } from './quiz-driver';

// The lesson whose quiz uses the most question types, so one run exercises most inputs.
const lesson = allLessons()
	.map((l) => ({ l, types: new Set(l.text['zh-CN'].quiz.map((q) => q.type)).size }))
	.sort((a, b) => b.types - a.types)[0].l;
const questions = lesson.text['zh-CN'].quiz;

test(`a learner does the quiz of "${lesson.id}" by keyboard alone, with a wrong try, a hint and a retry, and a reload loses nothing`, async ({
	page
}) => {
	await page.goto(`/lessons/${lesson.id}`);
	// To the quiz through the sections, by keyboard.
	for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).focus();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: '小测验' })).toBeFocused();
	await expect(page.getByText(`第 1 题，共 ${questions.length} 题`)).toBeVisible();

	// Question 1: checking with no answer is refused without counting as a try.
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText(/先作答|每一项都要完成|请填写一个数字/);

	// A wrong first try: told at once, with the explanation, in a live region that has focus.
	await answerByKeyboard(page, questions[0], false);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('还不对');
	await expect(page.locator('.feedback')).toHaveAttribute('aria-live', 'polite');
	await expect(page.locator('.feedback')).toContainText('解析');

	// A hint, then the retry.
	await page.getByRole('button', { name: '给我一个提示' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(/提示（1\/\d）/)).toBeVisible();
	await answerByKeyboard(page, questions[0], true);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.getByRole('button', { name: '检查答案' })).toHaveCount(0);

	// Question 2 right first time.
	await page.getByRole('button', { name: /下一题/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(`第 2 题，共 ${questions.length} 题`)).toBeFocused();
	await answerByKeyboard(page, questions[1], true);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await page.getByRole('button', { name: /下一题/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(`第 3 题，共 ${questions.length} 题`)).toBeVisible();

	// Closing the tab mid-quiz: the reload opens at the same question, earlier answers kept.
	await page.reload();
	await expect(page.getByText(`第 3 题，共 ${questions.length} 题`)).toBeVisible();
	await page.getByRole('button', { name: /上一题/ }).click();
	await expect(page.locator('.feedback')).toContainText('答对了');
	await page.getByRole('button', { name: /上一题/ }).click();
	await expect(page.getByText(`第 1 题，共 ${questions.length} 题`)).toBeVisible();
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.getByText(/提示（1\/\d）/)).toBeVisible();

	// The rest, right first time, by keyboard.
	for (let i = 1; i < questions.length; i++) {
		await page.getByRole('button', { name: /下一题/ }).focus();
		await page.keyboard.press('Enter');
		if (i < 2) continue;
		await answerByKeyboard(page, questions[i], true);
		await checkByKeyboard(page);
		await expect(page.locator('.feedback'), questions[i].id).toContainText('答对了');
	}
	await page.getByRole('button', { name: '查看结果' }).focus();
	await page.keyboard.press('Enter');

	const total = questions.length;
	await expect(page.getByRole('heading', { name: '测验结果' })).toBeFocused();
	await expect(page.getByText(`第一次就答对 ${total - 1} 题，共 ${total} 题`)).toBeVisible();
	const mastered = (total - 1) / total >= lesson.mastery;
	await expect(page.getByText(mastered ? '已掌握！' : /还没有掌握/)).toBeVisible();
	// The missed question is listed, with a way back to it.
	await page.getByRole('button', { name: '回到第 1 题' }).click();
	await expect(page.getByText(`第 1 题，共 ${total} 题`)).toBeVisible();
});

test('touch targets are at least 44 px and colour is not the only signal', async ({ page }) => {
	await page.goto(`/lessons/${lesson.id}`);
	for (let i = 0; i < lesson.text['zh-CN'].sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
	}
	await answerByKeyboard(page, questions[0], false);
	await checkByKeyboard(page);
	// The verdict is written in words, not only shown in red or green.
	await expect(page.locator('.feedback-wrong')).toHaveText(/还不对/);
	for (const target of await page
		.locator('.question-card button, .question-card .choice, .question-card input[type=text], .question-card select')
		.all()) {
		const box = (await target.boundingBox())!;
		expect(box.height, await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
	}
});
