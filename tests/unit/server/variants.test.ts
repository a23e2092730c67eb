// Questions with variants and the practice bank: expanded and checked at build time, at file:line.
import { describe, expect, it } from 'vitest';
import { loadEdited, lineOf, ZH, EN, type FixtureEdit } from './fixture-library';
import { grade } from '../../../src/lib/quiz/grade';
import { instantiate } from '../../../src/lib/quiz/variants';

const QUESTION = (lang: 'zh' | 'en') => `- id: q-shadow-time
  type: numeric
  vars:
    d: [3, 6, 9]
    t: { min: 1, max: 3, step: 1 }
  let:
    v: d / t
  answer: v
  tolerance: 0.05
  range: [0, 10]
  unit: m/s
  prompt: ${lang === 'zh' ? '影子在 {t} 秒内移动了 {d} 米，速度是多少？' : 'A shadow moves {d} m in {t} s. How fast is it?'}
  hints: ['{d} ÷ {t}']
  explanation: '{d} ÷ {t} = {answer} m/s.'
- id: p-shadow
  practice: q-single
  type: truefalse
  prompt: ${lang === 'zh' ? '影子是光被挡住形成的。' : 'A shadow forms where light is blocked.'}
  answer: true
  hints: [Light.]
  explanation: Yes.
`;

function withVariant(change: (q: string) => string = (q) => q) {
	return (files: FixtureEdit) => {
		files.replace(ZH, /^:::quiz\n/m, `:::quiz\n${change(QUESTION('zh'))}`);
		files.replace(EN, /^:::quiz\n/m, `:::quiz\n${change(QUESTION('en'))}`);
	};
}

function problemsWith(change: (q: string) => string) {
	let content = '';
	const { problems } = loadEdited((files) => {
		withVariant(change)(files);
		content = files.read(ZH);
	});
	expect(problems.length).toBeGreaterThan(0);
	return { problems: problems.join('\n'), at: (text: string) => `${ZH}:${lineOf(content, text)}` };
}

describe('a question with variants', () => {
	const { library, problems } = loadEdited(withVariant());
	const lesson = library?.lessons.find((l) => l.id === 'shadows');
	const q = lesson?.text.en.quiz.find((x) => x.id === 'q-shadow-time');

	it('is expanded at build time into every combination (9 here, at most 8 kept), each worked out', () => {
		expect(problems).toEqual([]);
		expect(q?.variants).toHaveLength(8);
		for (const v of q!.variants!) {
			const d = Number(v.values.d);
			const t = Number(v.values.t);
			expect(v.answer).toBeCloseTo(d / t, 9);
			expect(v.values.answer).toBe(String(Number((d / t).toFixed(2))));
			// A tolerance that never changes stays on the question; only shown values travel.
			expect(v.tolerance).toBeUndefined();
			expect(Object.keys(v.values).sort()).toEqual(['answer', 'd', 't']);
		}
		expect(q!.type === 'numeric' && q!.tolerance).toBe(0.05);
		// The same versions every build.
		const again = loadEdited(withVariant()).library!.lessons.find((l) => l.id === 'shadows')!;
		expect(again.text.en.quiz.find((x) => x.id === 'q-shadow-time')!.variants).toEqual(q!.variants);
	});

	it('is filled in and graded per variant', () => {
		const v = q!.variants!.findIndex((x) => x.values.d === '9' && x.values.t === '2');
		const shown = instantiate(q!, v);
		expect(shown.prompt).toBe('A shadow moves 9 m in 2 s. How fast is it?');
		expect(shown.explanation).toBe('9 ÷ 2 = 4.5 m/s.');
		expect(grade(shown, { type: 'numeric', text: '4.5' }).status).toBe('correct');
		expect(grade(shown, { type: 'numeric', text: '3' }).status).toBe('wrong');
	});

	it('keeps a practice question out of the quiz, in the bank', () => {
		expect(lesson!.text.en.quiz.some((x) => x.id === 'p-shadow')).toBe(false);
		expect(lesson!.text.en.bank).toEqual([expect.objectContaining({ id: 'p-shadow', practice: 'q-single' })]);
		expect(lesson!.text['zh-CN'].bank).toHaveLength(1);
	});
});

describe('a question with variants is refused, at its line, when', () => {
	it('a variant’s answer is not a finite number', () => {
		const { problems, at } = problemsWith((q) =>
			q.replace('d: [3, 6, 9]', 'd: [3, 6, 9]\n    z: [0, 1]').replace('v: d / t', 'v: d / z')
		);
		expect(problems).toMatch(
			new RegExp(
				`${at('v: d / z')}: quiz question 1 "q-shadow-time": variant \\d+ \\([^)]*z = 0[^)]*\\): the value is Infinity, not a finite number`
			)
		);
	});

	it('an answer falls outside the stated range', () => {
		const { problems, at } = problemsWith((q) => q.replace('range: [0, 10]', 'range: [0, 5]'));
		expect(problems).toContain(`${at('answer: v')}: quiz question 1 "q-shadow-time": variant`);
		expect(problems).toContain('is outside the range 0–5');
	});

	it('a formula names something undefined, or a placeholder does', () => {
		const { problems, at } = problemsWith((q) =>
			q.replace('answer: v', 'answer: v * k').replace("hints: ['{d} ÷ {t}']", "hints: ['{d} ÷ {time}']")
		);
		expect(problems).toContain(
			`${at('answer: v * k')}: quiz question 1 "q-shadow-time": "k" is not a variable or a value defined above it`
		);
		expect(problems).toContain('{time} is not a variable, a worked-out value or {answer}');
	});

	it('two variants would ask the same thing', () => {
		const { problems } = problemsWith((q) =>
			q
				.replace('影子在 {t} 秒内移动了 {d} 米', '影子在 {t} 秒内移动了一段路')
				.replace('A shadow moves {d} m in {t} s', 'A shadow moves a way in {t} s')
		);
		expect(problems).toContain('asks the same as variant');
	});

	it('a placeholder sits inside a formula, where it cannot be filled in', () => {
		const { problems } = problemsWith((q) =>
			q.replace("explanation: '{d} ÷ {t} = {answer} m/s.'", "explanation: '$v = {d}$ m/s.'")
		);
		expect(problems).toContain('{d} is inside a formula or code');
	});

	it('formulas are written without variables, or the languages differ', () => {
		expect(
			problemsWith((q) => q.replace(/ {2}vars:\n(?: {4}.*\n)+/, '').replace(/ {2}let:\n(?: {4}.*\n)+/, '')).problems
		).toContain('needs "vars"');
		const { problems } = loadEdited((files) => {
			withVariant()(files);
			files.replace(EN, 'd: [3, 6, 9]', 'd: [3, 6, 8]');
		});
		expect(problems.join('\n')).toMatch(/en\.md:\d+: quiz question "q-shadow-time": type, answer/);
	});

	it('a practice question stands in for a question the quiz does not have', () => {
		const { problems, at } = problemsWith((q) => q.replace('practice: q-single', 'practice: q-nothing'));
		expect(problems).toContain(`${at('practice: q-nothing')}: practice question "p-shadow" stands in for "q-nothing"`);
	});
});
