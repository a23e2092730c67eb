/*
 * The concept map: after a learner masters one lesson, the map's lists show it as mastered and
 * every other lesson as not started, in Chinese and in English; its review coming due shows too.
 * The drawing is a picture (hidden from screen readers) whose boxes still open their lessons on a
 * tap; axe finds nothing wrong with the page.
 */
import { createRequire } from 'node:module';
import { expect, test, type Page } from './fixtures';
import type AxeCore from 'axe-core';
import { allLessons, answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

const lesson = lessonById('inertia');
const zh = lesson.text['zh-CN'];
const next = lessonById('friction'); // needs inertia first
const other = lessonById('magnets');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function masterTheQuiz(page: Page) {
	await page.goto(`/lessons/${lesson.id}`);
	for (let i = 0; i < zh.sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
	}
	for (let i = 0; i < zh.quiz.length; i++) {
		await answerByKeyboard(page, zh.quiz[i], true);
		await checkByKeyboard(page);
		await expect(page.locator('.feedback')).toContainText('答对了');
		if (i < zh.quiz.length - 1) await page.getByRole('button', { name: /下一题/ }).click();
	}
	await page.getByRole('button', { name: '查看结果' }).click();
	await expect(page.getByText('已掌握！')).toBeVisible();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The lesson's entry in the map's lists: a link named by its title, then its status. */
const entry = (page: Page, title: string) => page.getByRole('link', { name: new RegExp(`^${escape(title)}`) });

async function axeViolations(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof AxeCore }).axe;
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
	});
}

test('the concept map shows a mastered lesson, the rest not started, in both languages, and a review coming due', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await context.addInitScript({ path: axePath });
	await page.clock.install();
	await masterTheQuiz(page);

	// Home suggests a lesson that builds on it, and says why.
	await page.goto('/');
	await expect(page.getByText(`因为你已经学完了「${zh.title}」`)).toBeVisible();

	await page.goto('/progress');
	await page.getByRole('link', { name: '看概念地图' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '科学概念地图' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: /^核心概念 3：/ })).toBeVisible();
	await expect(entry(page, zh.title)).toHaveAccessibleName(/已掌握$/);
	await expect(entry(page, next.text['zh-CN'].title)).toHaveAccessibleName(/没开始$/);
	await expect(page.getByRole('link', { name: /已掌握$/ })).toHaveCount(1);
	await expect(page.getByRole('link', { name: /没开始$/ })).toHaveCount(allLessons().length - 1);
	// What to do first is said in words.
	await expect(page.getByText(`先学：${zh.title}`).first()).toBeVisible();
	// The drawing is a picture only: its boxes are not in the accessibility tree twice.
	await expect(page.getByRole('link', { name: zh.title, exact: true })).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);

	// Tapping a box in the drawing opens its lesson.
	await page.getByRole('region', { name: '科学概念地图' }).locator('a', { hasText: next.text['zh-CN'].title }).tap();
	await expect(page.getByRole('heading', { level: 1, name: next.text['zh-CN'].title })).toBeVisible();

	// In English.
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English' }).check();
	await page.goto('/en/map');
	await expect(page.getByRole('heading', { level: 1, name: 'Map of science concepts' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 3, name: 'Core concept 3: Motion and interactions of matter' })
	).toBeVisible();
	await expect(entry(page, lesson.text.en.title)).toHaveAccessibleName(/mastered$/);
	await expect(entry(page, other.text.en.title)).toHaveAccessibleName(/not started$/);
	await expect(page.getByText(`Do first: ${lesson.text.en.title}`).first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// A quarter of an hour later the lesson's questions are due for review again.
	await page.clock.fastForward('15:00');
	await page.reload();
	await expect(entry(page, lesson.text.en.title)).toHaveAccessibleName(/due for review$/);
});
