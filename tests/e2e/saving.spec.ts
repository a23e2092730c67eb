/*
 * An answer is saved or the learner is told, never both: with the device's storage full, Check
 * shows why and no grade, and the retry once there is space counts as the first try. Two tabs on
 * the same question count one first try between them.
 */
import { expect, test, type Page } from './fixtures';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

const lesson = lessonById('light-refraction');
const first = lesson.text['zh-CN'].quiz[0];

async function openQuiz(page: Page) {
	await page.goto(`/lessons/${lesson.id}`);
	// A second tab opens where the learner is: at the quiz, once the first tab got there.
	const quiz = page.getByText(/第 1 题/);
	const next = page.getByRole('button', { name: /下一部分|去做小测验/ });
	while (!(await quiz.isVisible())) {
		await expect(next.or(quiz).first()).toBeVisible();
		if (await next.isVisible()) await next.click();
	}
}

/** The attempts stored for the first question, read straight from IndexedDB. */
function storedAttempts(page: Page) {
	return page.evaluate(
		(questionId) =>
			new Promise<{ correct: boolean; firstTry: boolean }[]>((done, fail) => {
				const open = indexedDB.open('tansuo');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('attempts').objectStore('attempts').getAll();
					all.onsuccess = () => {
						done(
							all.result
								.filter((a) => a.questionId === questionId)
								.map(({ correct, firstTry }) => ({ correct, firstTry }))
						);
						open.result.close();
					};
				};
			}),
		first.id
	);
}

test('with storage full, Check says so and shows no grade; the retry is still the first try', async ({ page }) => {
	// The device's storage fills up: the next write of an answer is refused as IndexedDB refuses it.
	await page.addInitScript(() => {
		const w = window as unknown as { fullWrites: number };
		w.fullWrites = 0;
		const add = IDBObjectStore.prototype.add;
		IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
			if (this.name === 'attempts' && w.fullWrites > 0) {
				w.fullWrites--;
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return add.apply(this, args);
		};
	});
	await openQuiz(page);
	await page.evaluate(() => ((window as unknown as { fullWrites: number }).fullWrites = 1));

	await answerByKeyboard(page, first, true);
	await checkByKeyboard(page);
	await expect(page.getByRole('alert')).toContainText('设备存储空间已满，答案没有保存');
	await expect(page.locator('.feedback')).not.toContainText('答对了');
	await expect(page.locator('.feedback')).not.toContainText('解析');
	expect(await storedAttempts(page)).toEqual([]);

	// Space freed: the same Check again is saved, graded, and counted as the first try.
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await storedAttempts(page)).toEqual([{ correct: true, firstTry: true }]);
});

test('two tabs answering the same question count one first try', async ({ page, context }) => {
	await openQuiz(page);
	const other = await context.newPage();
	await openQuiz(other);

	await answerByKeyboard(page, first, false);
	await checkByKeyboard(page);
	await expect(page.locator('.feedback')).toContainText('还不对');
	await answerByKeyboard(other, first, true);
	await checkByKeyboard(other);
	await expect(other.locator('.feedback')).toContainText('答对了');

	expect(await storedAttempts(page)).toEqual([
		{ correct: false, firstTry: true },
		{ correct: true, firstTry: false }
	]);
	// One review card, moved once: by the first try.
	expect(
		await page.evaluate(
			() =>
				new Promise<number>((done) => {
					const open = indexedDB.open('tansuo');
					open.onsuccess = () => {
						const req = open.result.transaction('reviewCards').objectStore('reviewCards').getAll();
						req.onsuccess = () => done(req.result.length);
					};
				})
		)
	).toBe(1);
});
