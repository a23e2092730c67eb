/*
 * Answers quiz questions the way a keyboard user does: focus a control, then only keys
 * (arrows, Space, Enter, typing). It reads the lesson from lessons/ with the build's own loader,
 * so it knows the right answers without hard-coding them.
 */
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { loadLibrary } from '../../src/lib/server/library';
import type { Lesson, Question } from '../../src/lib/content/types';
import { instantiate } from '../../src/lib/quiz/variants';
import { SIMS } from '../../src/lib/sims/catalog';
import { solveGoal } from '../../src/lib/server/check-sim';

let lessons: Lesson[] | undefined;
export function lessonById(id: string): Lesson {
	lessons ??= loadLibrary({ root: resolve('lessons') }).lessons;
	const lesson = lessons.find((l) => l.id === id);
	if (!lesson) throw new Error(`no lesson ${id}`);
	return lesson;
}
export function allLessons(): Lesson[] {
	lessons ??= loadLibrary({ root: resolve('lessons') }).lessons;
	return lessons;
}

export const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ')
		.trim();
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The version of `q` on screen: for a question with variants, the one whose prompt is showing
 * (which variant a learner gets is seeded by their profile and run, unknown to the test).
 */
export async function shownVersion(page: Page, q: Question): Promise<Question> {
	if (!q.variants?.length) return q;
	const prompt = norm(await page.locator('.question-card legend.prompt').textContent());
	const found = q.variants.map((_, i) => instantiate(q, i)).find((v) => prompt.startsWith(plain(v.prompt)));
	if (!found) throw new Error(`no variant of ${q.id} reads "${prompt}"`);
	return found;
}

/** Answers the question on screen; `right: false` gives a wrong answer of the same kind. */
export async function answerByKeyboard(page: Page, question: Question, right: boolean): Promise<void> {
	const card = page.locator('.question-card');
	// The quiz opens after the learner's run is loaded (and a sim after its code): read the screen
	// only once it shows.
	await card.locator('input, select, .order-text').first().waitFor();
	const q = await shownVersion(page, question);
	switch (q.type) {
		case 'single':
		case 'truefalse': {
			const radios = card.getByRole('radio');
			const labels = (await card.locator('.choice').allTextContents()).map(norm);
			let target: number;
			if (q.type === 'truefalse') {
				const value = right ? q.answer : !q.answer;
				target = labels.indexOf(value ? '对' : '错');
			} else {
				const want = right ? q.answer : q.choices.findIndex((_, i) => i !== q.answer);
				target = labels.indexOf(plain(q.choices[want]));
			}
			expect(target, `choice on screen for ${q.id}`).toBeGreaterThanOrEqual(0);
			await radios.first().focus();
			if (target === 0) await page.keyboard.press('Space');
			else for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
			await expect(radios.nth(target)).toBeChecked();
			break;
		}
		case 'multiple': {
			const wanted = right ? q.answer : [q.choices.findIndex((_, i) => !q.answer.includes(i))];
			const boxes = card.getByRole('checkbox');
			const labels = (await card.locator('.choice').allTextContents()).map(norm);
			for (let i = 0; i < labels.length; i++) {
				const authorIndex = q.choices.findIndex((c) => plain(c) === labels[i]);
				const shouldBe = wanted.includes(authorIndex);
				if ((await boxes.nth(i).isChecked()) !== shouldBe) {
					await boxes.nth(i).focus();
					await page.keyboard.press('Space');
				}
			}
			break;
		}
		case 'numeric':
		case 'text': {
			const input = card.getByRole('textbox');
			await input.focus();
			await page.keyboard.press('Control+A');
			const value =
				q.type === 'numeric'
					? String(right ? q.answer : q.answer + q.tolerance * 10 + 1000)
					: right
						? q.accept[0]
						: '不是这个';
			await page.keyboard.type(value);
			break;
		}
		case 'order': {
			const items = q.items.map(plain);
			const target = right ? items : [...items].reverse();
			for (let p = 0; p < target.length; p++) {
				const current = (await card.locator('.order-text').allTextContents()).map(norm);
				let c = current.indexOf(target[p]);
				if (c <= p) continue;
				await card.getByRole('button', { name: `上移：${target[p]}`, exact: true }).focus();
				while (c > p) {
					await page.keyboard.press('Enter');
					c--;
				}
			}
			expect((await card.locator('.order-text').allTextContents()).map(norm)).toEqual(target);
			break;
		}
		case 'match': {
			const selects = card.getByRole('combobox');
			for (let term = 0; term < q.pairs.length; term++) {
				const wantPair = right ? term : (term + 1) % q.pairs.length;
				const options = (await selects.nth(term).locator('option').allTextContents()).map(norm);
				const target = options.indexOf(plain(q.pairs[wantPair][1]));
				const now = options.indexOf(norm(await selects.nth(term).locator('option:checked').textContent()));
				await selects.nth(term).focus();
				const key = target > now ? 'ArrowDown' : 'ArrowUp';
				for (let i = 0; i < Math.abs(target - now); i++) await page.keyboard.press(key);
				await expect(selects.nth(term).locator('option:checked')).toHaveText(
					q.pairs[wantPair][1].replace(/<[^>]+>/g, '')
				);
			}
			break;
		}
		case 'sim': {
			// Right: a setting the build's own search finds; wrong: the start, which the build made
			// sure does not meet the goal.
			const model = SIMS[q.sim];
			const target = right ? solveGoal(model, q.start, q.locked, q.goal) : q.start;
			if (!target) throw new Error(`no solution for ${q.id}`);
			await setSimByKeyboard(page, card, q.sim, target, q.locked);
			break;
		}
	}
}

/** Moves a sim's controls to `target` with the keyboard, as zh-CN labels name them. */
export async function setSimByKeyboard(
	page: Page,
	scope: ReturnType<Page['locator']>,
	sim: string,
	target: Record<string, number | string | boolean>,
	locked: readonly string[] = []
): Promise<void> {
	const model = SIMS[sim];
	await scope.locator('.sim-controls').waitFor();
	for (const [name, spec] of Object.entries(model.params)) {
		if (locked.includes(name)) continue;
		const label = model.labels[name]['zh-CN'];
		if (spec.kind === 'number') {
			const slider = scope.getByRole('slider', {
				name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
			});
			const now = Number(await slider.inputValue());
			const steps = Math.round(((target[name] as number) - now) / spec.step);
			await slider.focus();
			for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
			await expect(slider).toHaveValue(String(target[name]));
		} else if (spec.kind === 'choice') {
			const words = model.options?.[target[name] as string]?.['zh-CN'] ?? String(target[name]);
			const radio = scope.getByRole('radio', { name: words, exact: true });
			if (!(await radio.isChecked())) {
				await radio.focus();
				await page.keyboard.press('Space');
			}
			await expect(radio).toBeChecked();
		} else {
			const toggle = scope.getByRole('switch', { name: new RegExp(`^${label}`) });
			if ((await toggle.isChecked()) !== target[name]) {
				await toggle.focus();
				await page.keyboard.press('Space');
			}
		}
	}
}

/** Presses "Check" from the keyboard and waits for the verdict. */
export async function checkByKeyboard(page: Page): Promise<void> {
	await page.getByRole('button', { name: '检查答案' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.feedback')).toBeFocused();
}
