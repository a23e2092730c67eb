/*
 * A teacher and a student, each on their own device (two browser contexts): the teacher sets an
 * assignment; the student opens its link offline, does the lesson and makes a report; the teacher
 * imports it and sees it on the class dashboard. A tampered report is refused.
 */
import { expect, test, type Page } from './fixtures';
import QRCode from 'qrcode';
import { waitForOfflineReady } from './helpers';
import { answerByKeyboard, checkByKeyboard, lessonById } from './quiz-driver';

const lesson = lessonById('light-refraction');
const zh = lesson.text['zh-CN'];

async function doWholeQuiz(page: Page) {
	for (let i = 0; i < zh.sections.length; i++) {
		await page.getByRole('button', { name: /下一部分|去做小测验/ }).click();
	}
	for (let i = 0; i < zh.quiz.length; i++) {
		// The first question is missed at the first try, so the class sees a hard question.
		await answerByKeyboard(page, zh.quiz[i], i !== 0);
		await checkByKeyboard(page);
		if (i === 0) {
			await answerByKeyboard(page, zh.quiz[i], true);
			await checkByKeyboard(page);
		}
		if (i < zh.quiz.length - 1) await page.getByRole('button', { name: /下一题/ }).click();
	}
	await page.getByRole('button', { name: '查看结果' }).click();
	await expect(page.getByRole('heading', { name: '测验结果' })).toBeVisible();
}

test('an assignment goes out by link, a report comes back, the dashboard shows it', async ({ browser }) => {
	test.setTimeout(180_000);
	const teacher = await (await browser.newContext()).newPage();
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();

	// The teacher makes a class and an assignment.
	await teacher.goto('/settings');
	await teacher.getByRole('link', { name: /教师：布置作业/ }).click();
	await teacher.getByLabel('班级名称').fill('七年级（1）班');
	await teacher.getByRole('button', { name: '创建' }).click();
	await teacher.getByRole('link', { name: /七年级（1）班/ }).click();
	await teacher.getByText('布置新作业').click();
	await teacher.getByLabel('作业标题').fill('光的折射预习');
	await teacher.getByLabel('截止日期').fill('2099-12-31');
	await teacher.getByRole('checkbox', { name: zh.title }).check();
	await teacher.getByRole('button', { name: '生成作业' }).click();
	await expect(teacher.getByRole('heading', { name: '光的折射预习' })).toBeVisible();
	await expect(teacher.getByRole('img', { name: '分享作业' })).toHaveAttribute('src', /^data:image\/svg/);
	const link = await teacher.getByLabel('作业链接').inputValue();
	expect(link).toMatch(/\/join#TSA1\./);

	// The student's phone has visited once, then has no connection.
	await student.goto('/');
	await waitForOfflineReady(student);
	await studentContext.setOffline(true);
	// Offline, the app says so (checked before navigating: Chromium 150's emulation reports
	// navigator.onLine as true again on a page the service worker serves offline), and still adds
	// the assignment.
	await expect(student.getByRole('status').filter({ hasText: '离线中' })).toBeVisible();
	await student.goto(link);
	await expect(student.getByRole('status').filter({ hasText: '已添加作业' })).toContainText('已添加作业“光的折射预习”');
	await student.reload(); // opened twice, kept once
	await expect(student.getByRole('status').filter({ hasText: '作业' })).toContainText('已经在列表里了');
	await student.getByRole('link', { name: '我的作业' }).click();
	await expect(student.getByRole('heading', { name: '光的折射预习' })).toHaveCount(1);
	await expect(student.getByText('已完成 0/1 节课')).toBeVisible();

	await student.getByRole('link', { name: zh.title }).click();
	await doWholeQuiz(student);

	await student.goto('/');
	await expect(student.getByText('作业都完成了')).toBeVisible();
	await student.goto('/assignments');
	await expect(student.getByText('全部完成')).toBeVisible();
	await student.getByText('生成成绩码').first().click();
	await student.getByLabel('你的名字（老师看到的名字）').fill('李梅');
	await student.getByRole('button', { name: '生成成绩码' }).click();
	const code = await student.locator('textarea[readonly]').inputValue();
	expect(code).toMatch(/^TSR2\./);
	expect(code.length).toBeLessThanOrEqual(600);
	await expect(student.getByRole('img', { name: '生成成绩码' })).toHaveAttribute('src', /^data:image\/svg/);

	// A code with one character changed is refused, and nothing is stored.
	const i = code.length - 5;
	const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
	await teacher.getByRole('link', { name: /七年级（1）班/ }).click();
	await teacher.getByLabel('粘贴代码或链接').fill(tampered);
	await teacher.getByRole('button', { name: '读取' }).click();
	await expect(teacher.locator('.messages li').first()).toContainText('没有保存任何内容');
	await expect(teacher.getByText('还没有收到成绩。')).toBeVisible();

	// The real code, as a photo of the student's QR code (headless Chromium has no
	// BarcodeDetector: this goes through the fallback decoder).
	const photo = await QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
	await teacher
		.getByLabel('从文件导入（可多选）')
		.setInputFiles({ name: 'report.png', mimeType: 'image/png', buffer: photo });
	await expect(teacher.locator('.messages li').first()).toHaveText('已导入 李梅 的成绩。');
	const row = teacher.getByRole('row', { name: /李梅/ });
	await expect(row).toContainText(/已掌握|已完成/);
	// The first question was missed at the first try: the class finds it hard.
	await expect(teacher.locator('.hard li').first()).toContainText('第一次答对 0/1');

	// The same report again, pasted as the link a chat app would carry: not counted twice.
	await teacher.getByLabel('粘贴代码或链接').fill(`看这里 http://localhost/teacher/import#${code}`);
	await teacher.getByRole('button', { name: '读取' }).click();
	await expect(teacher.locator('.messages li').first()).toHaveText('李梅 的这份成绩已经导入过了。');
	await expect(teacher.getByRole('row', { name: /李梅/ })).toHaveCount(1);

	// CSV for a spreadsheet, Chinese intact.
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: '导出 CSV 表格' }).click();
	const csv = await (await download).createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of csv) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	expect(text.startsWith('\uFEFF学生,')).toBe(true);
	expect(text).toContain('李梅,');
});

test('a broken assignment link and a broken report link each say why and store nothing', async ({ page }) => {
	await page.goto('/join#TSA1.not-really-a-code');
	await expect(page.getByRole('alert')).toContainText('这个作业链接打不开');
	await page.goto('/teacher/import#TSR1.AAAA');
	await expect(page.getByRole('alert')).toContainText('没有保存任何内容');
});
