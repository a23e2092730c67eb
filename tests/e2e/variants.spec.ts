/*
 * Practice that does not repeat: a question with variants shows one version in the quiz, and
 * review shows another, graded against the version it shows.
 */
import { expect, test, type Page } from './fixtures';
import { checkByKeyboard, lessonById, plain, shownVersion } from './quiz-driver';
import type { NumericQuestion } from '../../src/lib/content/types';

const levers = lessonById('levers');
const quiz = levers.text['zh-CN'].quiz;
const index = quiz.findIndex((q) => q.variants?.length && q.type === 'numeric');
const question = quiz[index] as NumericQuestion;

async function typeAnswer(page: Page, value: number) {
	const input = page.locator('.question-card').getByRole('textbox');
	await input.fill(String(value));
	await checkByKeyboard(page);
}

/** Makes every review card of the device due now, as if the days had passed. */
async function makeCardsDue(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('tansuo');
				open.onsuccess = () => {
					const tx = open.result.transaction('reviewCards', 'readwrite');
					const cursor = tx.objectStore('reviewCards').openCursor();
					cursor.onsuccess = () => {
						const c = cursor.result;
						if (!c) return;
						c.update({ ...c.value, card: { ...c.value.card, due: Date.now() - 1000 } });
						c.continue();
					};
					tx.oncomplete = () => {
						open.result.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			})
	);
}

test('review asks another version of a question than the quiz did, and grades it against that version', async ({
	page
}) => {
	expect(index, 'levers has a numeric question with variants').toBeGreaterThanOrEqual(0);
	await page.goto('/lessons/levers');
	for (let i = 0; i < levers.text['zh-CN'].sections.length - 1; i++)
		await page.getByRole('button', { name: /下一部分/ }).click();
	await page.getByRole('button', { name: /去做小测验/ }).click();
	for (let i = 0; i < index; i++) await page.getByRole('button', { name: /下一题/ }).click();

	// The quiz shows one version; a reload shows the same one.
	const inQuiz = (await shownVersion(page, question)) as NumericQuestion;
	expect(inQuiz.prompt).not.toContain('{');
	await page.reload();
	expect(plain((await shownVersion(page, question)).prompt)).toBe(plain(inQuiz.prompt));
	await typeAnswer(page, inQuiz.answer);
	await expect(page.locator('.feedback')).toContainText('答对了');
	await expect(page.locator('.feedback')).toContainText(`÷`);

	await makeCardsDue(page);
	await page.goto('/review');
	await expect(page.getByText('今天有 1 道题要复习', { exact: false })).toBeVisible();
	const inReview = (await shownVersion(page, question)) as NumericQuestion;
	expect(plain(inReview.prompt)).not.toBe(plain(inQuiz.prompt));

	// The quiz's answer is wrong here unless the two versions happen to share it.
	if (Math.abs(inQuiz.answer - inReview.answer) > inReview.tolerance) {
		await typeAnswer(page, inQuiz.answer);
		await expect(page.locator('.feedback')).toContainText('还不对');
	}
	await typeAnswer(page, inReview.answer);
	await expect(page.locator('.feedback')).toContainText('答对了');

	// The attempt records which version was shown.
	const variants = await page.evaluate(
		() =>
			new Promise<(number | undefined)[]>((done) => {
				const open = indexedDB.open('tansuo');
				open.onsuccess = () => {
					const all = open.result.transaction('attempts').objectStore('attempts').getAll();
					all.onsuccess = () => done(all.result.map((a: { variant?: number }) => a.variant));
				};
			})
	);
	expect(new Set(variants).size).toBeGreaterThanOrEqual(2);
	expect(variants.every((v) => typeof v === 'number')).toBe(true);
});
