/*
 * axe-core on every route of the built app, at the phone viewport, in both languages: zero
 * violations allowed. Pages that fill in from IndexedDB are checked both empty and with data, so
 * each language has four walks: the plain pages; a lesson, its quiz and result, and the lesson
 * sections that show the other kinds of content (tables, formulas, quotes); a teacher's class and
 * assignment with a student's report coming back; a learner with weeks of history from a backup.
 *
 * axe comes in as an init script: the app's CSP (script-src 'self' plus hashes) blocks the inline
 * <script> that page.addScriptTag would add, while init scripts arrive through the DevTools
 * protocol, so the pages are tested with their CSP on, exactly as they ship.
 */
import { createRequire } from 'node:module';
import { expect, test, type Locator, type Page } from './fixtures';
import type AxeCore from 'axe-core';
import { SUBJECTS, type Language, type Lesson } from '../../src/lib/content/types';
import { learnerBackup } from './learner-backup';
import { allLessons, answerByKeyboard } from './quiz-driver';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// The lesson whose quiz uses the most question types, so its quiz shows every question layout.
const quizLesson = allLessons()
	.map((l) => ({ l, types: new Set(l.text['zh-CN'].quiz.map((q) => q.type)).size }))
	.sort((a, b) => b.types - a.types)[0].l;

/** The kinds of markup in a section's HTML: tag names, with their classes when they have some. */
function markupKinds(html: string): string[] {
	return [...html.matchAll(/<([a-z][a-z0-9]*)(?:[^>]*?\sclass="([^"]*)")?/g)].map((m) =>
		m[2] ? `${m[1]}.${m[2].split(/\s+/).join('.')}` : m[1]
	);
}

/**
 * Lesson sections that, with the quiz lesson, show every kind of markup any lesson uses: picked
 * greedily, the section with the most kinds not seen yet first, so usually two or three.
 */
function sectionsShowingTheRest(language: Language): { lesson: Lesson; index: number }[] {
	const candidates = allLessons().flatMap((lesson) =>
		lesson.text[language].sections.map((s, index) => ({ lesson, index, kinds: new Set(markupKinds(s.html)) }))
	);
	const seen = new Set(quizLesson.text[language].sections.flatMap((s) => markupKinds(s.html)));
	const picked: { lesson: Lesson; index: number }[] = [];
	for (;;) {
		const unseen = (c: (typeof candidates)[number]) => [...c.kinds].filter((k) => !seen.has(k)).length;
		const best = candidates.reduce((a, b) => (unseen(b) > unseen(a) ? b : a));
		if (unseen(best) === 0) return picked;
		picked.push({ lesson: best.lesson, index: best.index });
		for (const k of best.kinds) seen.add(k);
	}
}

// What a person reads on the screen, per language.
const UI = {
	'zh-CN': {
		languageName: '简体中文',
		nextSection: /^(下一部分|去做小测验)/,
		quizHeading: '小测验',
		check: '检查答案',
		hint: '给我一个提示',
		nextQuestion: /^下一题/,
		seeResult: '查看结果',
		resultHeading: '测验结果',
		restoreFrom: '从备份文件恢复',
		restore: '确认恢复',
		addLearner: '+ 添加学习者',
		learnerName: '名字',
		restoredLearner: '小红',
		className: '班级名称',
		create: '创建',
		newAssignment: '布置新作业',
		assignmentTitle: '作业标题',
		makeAssignment: '生成作业',
		assignmentLink: '作业链接',
		makeReport: '生成成绩码',
		reportLink: '成绩链接',
		classResults: '班级成绩'
	},
	en: {
		languageName: 'English',
		nextSection: /^(Next|Go to the quiz)\b/,
		quizHeading: 'Quiz',
		check: 'Check',
		hint: 'Give me a hint',
		nextQuestion: /^Next question/,
		seeResult: 'See my result',
		resultHeading: 'Your result',
		restoreFrom: 'Restore from a backup file',
		restore: 'Restore',
		addLearner: /Add a learner/,
		learnerName: 'Name',
		restoredLearner: 'Mia',
		className: 'Class name',
		create: 'Create',
		newAssignment: 'New assignment',
		assignmentTitle: 'Title',
		makeAssignment: 'Make the assignment',
		assignmentLink: 'Assignment link',
		makeReport: 'Make a report code',
		reportLink: 'Report link',
		classResults: 'Class results'
	}
} as const;

interface Finding {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string; html: string; summary: string }[];
}

// The violations found in the running test, one readable block per page. They are reported
// together after the test, even when it stops early, so that one run shows every problem.
let found: string[] = [];

/** Runs axe on the page as it is now, once `ready` shows, and notes any violation. */
async function audit(page: Page, where: string, ready: Locator = page.locator('h1').first()): Promise<void> {
	await expect(ready.first(), `${where}: page ready`).toBeVisible();
	const findings = await page.evaluate(async (tags): Promise<Finding[]> => {
		const axe = (window as unknown as { axe: typeof AxeCore }).axe;
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? 'unknown',
			help: v.help,
			nodes: v.nodes.map((n) => ({
				target: n.target.map(String).join(' '),
				html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
				summary: n.failureSummary ?? ''
			}))
		}));
	}, AXE_TAGS);
	if (findings.length === 0) return;
	const details = findings.map(
		(f) =>
			`  [${f.impact}] ${f.id}: ${f.help}\n` +
			f.nodes.map((n) => `    - ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')
	);
	found.push(`${where} (${new URL(page.url()).pathname}):\n${details.join('\n')}`);
}

/** Opens the settings and picks the language, as a learner would. */
async function chooseLanguage(page: Page, language: Language): Promise<void> {
	await page.goto('/settings');
	await page.getByRole('radio', { name: UI[language].languageName }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Opens a lesson and steps through its sections to section `index`. */
async function openSection(page: Page, lesson: Lesson, index: number, language: Language): Promise<void> {
	await page.goto(`/lessons/${lesson.id}`);
	for (let i = 0; i < index; i++) await page.getByRole('button', { name: UI[language].nextSection }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: lesson.text[language].sections[index].title })
	).toBeVisible();
}

// The service worker would precache the whole app behind the first page of every test, for
// nothing here: the one screen it drives, the update offer, cannot appear within one build.
test.use({ serviceWorkers: 'block' });
// The walks share nothing, so with more than one worker they run side by side.
test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ context }) => {
	found = [];
	await context.addInitScript({ path: axePath });
});

test.afterEach(() => {
	expect(found.length, `axe violations on ${found.length} page(s):\n\n${found.join('\n\n')}`).toBe(0);
});

for (const language of ['zh-CN', 'en'] as const) {
	const ui = UI[language];

	test.describe(`axe, ${language}`, () => {
		test('the plain pages, with nothing saved yet', async ({ page }) => {
			await chooseLanguage(page, language);
			await audit(page, 'settings');
			for (const path of ['/', '/lessons', '/review', '/progress', '/assignments', '/teacher']) {
				await page.goto(path);
				await audit(page, path);
			}
			// Every subject's certificate page is the same page; one, not yet earned.
			await page.goto(`/progress/certificate/${SUBJECTS[0]}`);
			await audit(page, 'certificate, not earned yet');

			// Links that cannot be opened, and records this device does not have.
			for (const path of [
				'/join#nonsense',
				'/teacher/import#nonsense',
				'/teacher/class?id=nonsense',
				'/teacher/assignment?id=nonsense'
			]) {
				await page.goto(path);
				await audit(page, path, page.getByRole('alert'));
			}
			// The page static hosts serve for any unknown path: the app's own, in the learner's language.
			await page.goto('/404.html');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				language === 'en' ? 'This page does not exist.' : '找不到这个页面。'
			);
			await audit(page, '404');
		});

		test('a lesson, its quiz and result, and sections with every other kind of content', async ({ page }) => {
			const text = quizLesson.text[language];
			await chooseLanguage(page, language);
			await page.goto(`/lessons/${quizLesson.id}`);
			for (let i = 0; i < text.sections.length; i++) {
				await audit(page, `${quizLesson.id}, part ${i + 1}`);
				await page.getByRole('button', { name: ui.nextSection }).click();
			}
			await expect(page.getByRole('heading', { name: ui.quizHeading, exact: true })).toBeVisible();

			// Question 1: checked with no answer (refused) and a hint asked for, answered wrong, then right.
			const check = page.getByRole('button', { name: ui.check, exact: true });
			await check.click();
			await page.getByRole('button', { name: ui.hint }).click();
			await audit(page, 'quiz, check refused and a hint', page.locator('.feedback'));
			await answerByKeyboard(page, text.quiz[0], false);
			await check.click();
			await audit(page, 'quiz, a wrong answer', page.locator('.feedback-wrong'));
			await answerByKeyboard(page, text.quiz[0], true);
			await check.click();
			await audit(page, 'quiz, a right answer', page.locator('.feedback-right'));

			// Every other question, so that each question type is checked once.
			for (let i = 1; i < text.quiz.length; i++) {
				await page.getByRole('button', { name: ui.nextQuestion }).click();
				await audit(page, `quiz, question ${i + 1} (${text.quiz[i].type})`, page.locator('.question-card'));
			}
			await page.getByRole('button', { name: ui.seeResult }).click();
			await audit(page, 'quiz result', page.getByRole('heading', { name: ui.resultHeading }));
			await page.goto('/lessons');
			await audit(page, '/lessons, one started');

			for (const { lesson, index } of sectionsShowingTheRest(language)) {
				await openSection(page, lesson, index, language);
				await audit(page, `${lesson.id}, part ${index + 1}`);
			}
		});

		test('a teacher sets an assignment, a student does it and reports back', async ({ page }) => {
			await chooseLanguage(page, language);
			await page.goto('/teacher');
			await page.getByLabel(ui.className).fill(language === 'en' ? 'Class 7B' : '七年级二班');
			await page.getByRole('button', { name: ui.create, exact: true }).click();
			const classCard = page.locator('.card').first();
			await audit(page, '/teacher, a class', classCard);

			await classCard.click();
			await audit(page, 'a class, no assignments', page.getByText(ui.newAssignment));
			await page.getByText(ui.newAssignment).click();
			await audit(page, 'the new assignment form', page.getByLabel(ui.assignmentTitle));
			await page.getByLabel(ui.assignmentTitle).fill(language === 'en' ? 'The water cycle' : '水循环');
			await page.getByRole('checkbox', { name: quizLesson.text[language].title }).check();
			await page.getByRole('button', { name: ui.makeAssignment }).click();
			await audit(page, 'sharing the assignment', page.getByRole('img'));
			const assignmentLink = await page.getByLabel(ui.assignmentLink).inputValue();

			// The same phone as the student: the link adds the assignment, which is reported on.
			await page.goto(assignmentLink);
			await audit(page, '/join, a good link', page.getByRole('status'));
			await page.goto('/');
			await audit(page, '/, an assignment to do');
			await page.goto('/assignments');
			await page.getByText(ui.makeReport).first().click();
			await page.getByRole('button', { name: ui.makeReport }).click();
			await audit(page, '/assignments, a report code', page.getByRole('link', { name: ui.reportLink }));

			// Back to the teacher: the report link imports the report into the class.
			await page.getByRole('link', { name: ui.reportLink }).click();
			await audit(page, '/teacher/import, a good report', page.getByRole('status'));
			await page.getByRole('link', { name: ui.classResults }).click();
			await audit(page, 'a class with an assignment and a report', page.getByRole('table').first());
		});

		test('a learner with weeks of history, restored from a backup', async ({ page }) => {
			const subject = SUBJECTS[SUBJECTS.length - 1];
			await chooseLanguage(page, language);
			await page.getByLabel(ui.restoreFrom).setInputFiles({
				name: 'tansuo-backup.json',
				mimeType: 'application/json',
				buffer: Buffer.from(await learnerBackup(ui.restoredLearner, subject))
			});
			await audit(page, 'settings, a backup to restore', page.getByRole('button', { name: ui.restore, exact: true }));
			await page.getByRole('button', { name: ui.restore, exact: true }).click();
			await expect(page.getByRole('link', { name: new RegExp(ui.restoredLearner) })).toBeVisible();

			for (const path of ['/', '/progress', `/progress/certificate/${subject}`]) {
				await page.goto(path);
				await audit(page, `${path}, with history`);
			}
			await page.goto('/review');
			await audit(page, '/review, questions due', page.locator('.question-card'));

			await page.goto('/profiles');
			await page.getByRole('button', { name: ui.addLearner }).click();
			await audit(
				page,
				'/profiles, two learners and the new learner form',
				page.getByLabel(ui.learnerName, { exact: true })
			);
			// A new visit with two learners on the phone: home asks who is learning.
			const fresh = await page.context().newPage();
			await fresh.goto('/');
			await audit(fresh, '/, who is learning?');
		});
	});
}
