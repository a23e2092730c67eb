import { describe, expect, it } from 'vitest';
import { loadEdited, lineOf, fixture, ZH, EN, type FixtureEdit } from './fixture-library';

/** Loads the fixture library with one edit and returns its problems, which must not be empty. */
function problemsAfter(edit: Parameters<typeof loadEdited>[0]): string[] {
	const { problems } = loadEdited(edit);
	expect(problems.length, 'the edit should make the library invalid').toBeGreaterThan(0);
	return problems;
}

describe('a valid library', () => {
	const { library, problems } = loadEdited();

	it('loads every lesson in both languages', () => {
		expect(problems).toEqual([]);
		expect(library!.lessons.map((l) => l.id).sort()).toEqual(['light-basics', 'shadows']);
		const shadows = library!.lessons.find((l) => l.id === 'shadows')!;
		expect(shadows.text['zh-CN'].title).toBe('影子是怎样形成的？');
		expect(shadows.text.en.title).toBe('How do shadows form?');
		expect(shadows.text.en.sections.map((s) => s.title)).toEqual(['Where do shadows come from?', 'Try it', 'Formulas']);
		expect(shadows.text.en.quiz).toHaveLength(7);
		expect(shadows.mastery).toBe(0.8);
	});

	it('renders formulas to MathML, images and lesson links to app URLs, blocks to labelled HTML', () => {
		const { text } = library!.lessons.find((l) => l.id === 'shadows')!;
		const en = text.en;
		const html = en.sections.map((s) => s.html).join('\n');
		expect(html).toContain('<math');
		expect(html).not.toContain('katex-html'); // MathML only: no KaTeX CSS or fonts needed
		expect(html).toContain('src="/lesson-assets/shadows/diagram.svg"');
		// A link to another lesson stays in the lesson's language.
		expect(html).toContain('href="/en/lessons/light-basics"');
		expect(text['zh-CN'].sections[0].html).toContain('href="/lessons/light-basics"');
		expect(html).toMatch(/class="safety"[^>]*><strong>Safety:<\/strong> Never shine/);
		expect(html).toContain('<strong>Myth:</strong> A shadow is part of the object.');
		expect(library!.assets).toContainEqual(
			expect.objectContaining({ lessonId: 'shadows', file: 'diagram.svg', type: 'image/svg+xml' })
		);
	});

	it('uses a language-specific image when one exists', () => {
		const { library } = loadEdited((f) => {
			f.write('physics/shadows/diagram.en.svg', fixture('physics/shadows/diagram.svg'));
		});
		const shadows = library!.lessons.find((l) => l.id === 'shadows')!;
		expect(shadows.text.en.sections[0].html).toContain('/lesson-assets/shadows/diagram.en.svg');
		expect(shadows.text['zh-CN'].sections[0].html).toContain('/lesson-assets/shadows/diagram.svg');
	});
});

describe('sanitizing', () => {
	it('turns script tags, event attributes and javascript: links into a safe page', () => {
		const { library, problems } = loadEdited((f) =>
			f.replace(
				EN,
				'Guess first.',
				'Guess first. <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) <a href="javascript:alert(4)">x</a>'
			)
		);
		expect(problems).toEqual([]);
		const html = library!.lessons.find((l) => l.id === 'shadows')!.text.en.sections[0].html;
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img[^>]*onerror/i);
		expect(html).not.toMatch(/<a[^>]*href="javascript:/i);
		expect(html).toContain('&lt;script&gt;'); // shown as text, not run
	});
});

describe('front matter', () => {
	it('must be there', () => {
		const p = problemsAfter((f) => f.replace(ZH, /^---\n/, ''));
		expect(p).toContain(`${ZH}:1: the file must start with front matter: a line "---", YAML, then "---"`);
	});
	it('must be closed', () => {
		const p = problemsAfter((f) => f.write(ZH, '---\nid: shadows\n'));
		expect(p[0]).toMatch(/zh-CN\.md:1: the front matter is not closed/);
	});
	it('must be valid YAML', () => {
		const p = problemsAfter((f) => f.replace(ZH, 'tags: [光, 影子]', 'tags: [光, 影子'));
		expect(p.some((m) => /zh-CN\.md:\d+: front matter: YAML error/.test(m))).toBe(true);
	});
	it('needs every required field', () => {
		const p = problemsAfter((f) => f.replace(ZH, /^title: .*\n/m, ''));
		expect(p.some((m) => m.startsWith(`${ZH}:`) && m.includes('"title"'))).toBe(true);
	});
	it('rejects an unknown field (a typo)', () => {
		const p = problemsAfter((f) => f.replace(ZH, 'minutes: 8', 'minutes: 8\nminuets: 8'));
		expect(p.some((m) => m.startsWith(`${ZH}:`) && /minuets/.test(m))).toBe(true);
	});
	it('knows the subjects, and the folder must match', () => {
		expect(problemsAfter((f) => f.replace(ZH, 'subject: physics', 'subject: magic')).join('\n')).toMatch(
			new RegExp(`${ZH}:${lineOf(fixture(ZH), 'subject:')}: front matter: "subject"`)
		);
		const p = problemsAfter((f) => {
			f.replace(ZH, 'subject: physics', 'subject: chemistry');
			f.replace(EN, 'subject: physics', 'subject: chemistry');
		});
		expect(p).toContain(
			`${ZH}:${lineOf(fixture(ZH), 'subject:')}: subject "chemistry" does not match the folder lessons/physics/`
		);
	});
	it('keeps minutes within 5–12, the concept within 1–13 and ages in order', () => {
		expect(problemsAfter((f) => f.replace(ZH, 'minutes: 8', 'minutes: 40')).join()).toMatch(
			/"minutes": a lesson takes 5–12 minutes/
		);
		expect(problemsAfter((f) => f.replace(ZH, 'concept: 3', 'concept: 14')).join()).toMatch(/"concept"/);
		expect(problemsAfter((f) => f.replace(ZH, 'ages: [10, 12]', 'ages: [12, 10]')).join()).toMatch(
			/youngest age comes first/
		);
	});
	it('needs at least two sources', () => {
		const p = problemsAfter((f) => f.replace(ZH, / {2}- title: Light and shadows\n.*\n.*\n/, ''));
		expect(p.join()).toMatch(/cite at least 2 reputable sources/);
	});
});

describe('both languages', () => {
	it('must both exist', () => {
		const p = problemsAfter((f) => f.remove(EN));
		expect(p.join()).toMatch(/physics\/shadows:1: the lesson has no en\.md/);
	});
	it('share id, ages, minutes, concept and prerequisites', () => {
		const p = problemsAfter((f) => f.replace(EN, 'ages: [10, 12]', 'ages: [10, 13]'));
		expect(p).toContain(
			`${EN}:${lineOf(fixture(EN), 'ages:')}: "ages" is [10,13] here but [10,12] in ${ZH}; it must be the same in both languages`
		);
	});
	it('ask the same questions in the same order', () => {
		const p = problemsAfter((f) => f.replace(EN, 'id: q-tf', 'id: q-true-false'));
		expect(p.join()).toMatch(/quiz question ids .* differ from/);
	});
	it('have as many hints (a hint list that YAML split in one language shows)', () => {
		const p = problemsAfter((f) => f.replace(EN, /hints: \[(.+)\]/, 'hints: [$1, and more]'));
		expect(p.join('\n')).toMatch(
			/en\.md:\d+: quiz question "[a-z-]+": type, answer, variables, number of choices\/items\/pairs\/hints/
		);
	});
	it('give the same answers', () => {
		const p = problemsAfter((f) => f.replace(EN, 'answer: [0, 2]', 'answer: [0, 1]'));
		expect(p).toContain(
			`${EN}:${lineOf(fixture(EN), 'id: q-multiple')}: quiz question "q-multiple": type, answer, variables, number of choices/items/pairs/hints or feedback keys differ from ${ZH}:${lineOf(fixture(ZH), 'id: q-multiple')}`
		);
	});
	it('have the same number of sections and the same diagrams', () => {
		expect(problemsAfter((f) => f.replace(EN, '## Formulas', 'Formulas')).join()).toMatch(/sections here but 3 in/);
		const p = problemsAfter((f) => {
			f.write('physics/shadows/other.svg', fixture('physics/shadows/diagram.svg'));
			f.replace(EN, '](diagram.svg)', '](other.svg)');
		});
		expect(p.join()).toMatch(/diagrams \["other\.svg"\] differ from \["diagram\.svg"\]/);
	});
});

describe('the body', () => {
	it('starts with a section heading', () => {
		const p = problemsAfter((f) => f.replace(ZH, '## 影子从哪里来？', '开头的话\n\n## 影子从哪里来？'));
		expect(p).toContain(
			`${ZH}:${lineOf(fixture(ZH), '## 影子从哪里来？')}: text before the first "## " heading; every part of a lesson belongs to a section`
		);
	});
	it('has 3–6 sections', () => {
		const p = problemsAfter((f) => f.replace(ZH, '## 公式', '### 公式'));
		expect(p.join()).toMatch(/a lesson has 3–6 "## " sections; this one has 2/);
	});
	it('knows its blocks and closes them', () => {
		expect(problemsAfter((f) => f.replace(ZH, ':::myth', ':::legend')).join()).toMatch(/unknown block ":::legend"/);
		const p = problemsAfter((f) => f.replace(ZH, /\n:::\n$/, '\n'));
		expect(p.join()).toMatch(/the :::quiz block is not closed/);
	});
	it('needs a safety note on a hands-on experiment and a reason on a thought experiment', () => {
		expect(problemsAfter((f) => f.replace(ZH, /^safety: .*\n/m, '')).join()).toMatch(/needs a safety note/);
		expect(
			problemsAfter((f) => f.replace(ZH, 'title: 手电筒和影子', 'title: 手电筒和影子\nkind: thought')).join()
		).toMatch(/a thought experiment needs a reason/);
	});
	it('needs an experiment and a diagram', () => {
		expect(problemsAfter((f) => f.replace(ZH, /:::experiment[\s\S]*?\n:::\n/, '')).join()).toMatch(
			/has an :::experiment block/
		);
		expect(problemsAfter((f) => f.replace(ZH, /!\[.*\]\(diagram\.svg\)/, '')).join()).toMatch(/at least one diagram/);
	});
	it('needs a myth-vs-fact callout, or a reason why none applies', () => {
		const withoutCallouts = (f: FixtureEdit) => {
			for (const file of [ZH, EN]) f.replace(file, /:::myth[\s\S]*?\n:::\n/, '');
		};
		expect(problemsAfter(withoutCallouts).join()).toMatch(/has a :::myth callout/);
		const { problems } = loadEdited((f) => {
			withoutCallouts(f);
			for (const file of [ZH, EN]) f.replace(file, /^sources:/m, 'noMyth: no common misconception here\nsources:');
		});
		expect(problems).toEqual([]);
	});
	it('needs alt text and an existing, accessible image', () => {
		const line = lineOf(fixture(ZH), '](diagram.svg)');
		expect(problemsAfter((f) => f.replace(ZH, /!\[.*\]\(diagram\.svg\)/, '![](diagram.svg)'))).toContain(
			`${ZH}:${line}: image "diagram.svg" needs alt text: ![what the picture shows](diagram.svg)`
		);
		expect(problemsAfter((f) => f.replace(ZH, '](diagram.svg)', '](missing.svg)')).join()).toContain(
			`${ZH}:${line}: image "missing.svg" does not exist`
		);
		expect(problemsAfter((f) => f.replace('physics/shadows/diagram.svg', /<title>.*<\/title>/, '')).join()).toMatch(
			/needs a <title>/
		);
		expect(
			problemsAfter((f) => f.replace('physics/shadows/diagram.svg', '<circle', '<script>x()</script><circle')).join()
		).toMatch(/must not contain <script>/);
	});
	it('links only to lessons that exist', () => {
		const p = problemsAfter((f) => f.replace(ZH, 'lesson:light-basics', 'lesson:no-such-lesson'));
		expect(p).toContain(
			`${ZH}:${lineOf(fixture(ZH), 'lesson:light-basics')}: link to lesson "no-such-lesson", which does not exist`
		);
		expect(problemsAfter((f) => f.replace(ZH, 'lesson:light-basics', 'other.md')).join()).toMatch(/link "other\.md"/);
	});
	it('reports broken TeX at its line', () => {
		const p = problemsAfter((f) => f.replace(ZH, '$$E = mc^2$$', '$$E = \\frac{m$$'));
		expect(p.some((m) => m.startsWith(`${ZH}:`) && /Markdown: KaTeX parse error/.test(m))).toBe(true);
	});
});

describe('the quiz', () => {
	it('is the last thing in the file', () => {
		expect(problemsAfter((f) => f.replace(ZH, /:::\n$/, ':::\n\nmore text\n')).join()).toMatch(
			/nothing may follow the :::quiz block/
		);
		expect(problemsAfter((f) => f.replace(ZH, /:::quiz[\s\S]*$/, '')).join()).toMatch(/has no :::quiz block/);
	});
	it('has at least 6 questions of at least 3 types', () => {
		expect(problemsAfter((f) => f.replace(ZH, /- id: q-order[\s\S]*(?=:::\n$)/, '')).join()).toMatch(
			/at least 6 questions; this one has 5/
		);
		const p = problemsAfter((f) => {
			for (const file of [ZH, EN]) {
				const text = f.read(file);
				// keep only the truefalse question, six times, with distinct ids
				const tf = /- id: q-tf[\s\S]*?(?=- id: q-num)/.exec(text)![0];
				const six = [1, 2, 3, 4, 5, 6].map((i) => tf.replace('q-tf', `q-tf-${i}`)).join('');
				f.write(file, text.replace(/:::quiz\n[\s\S]*$/, `:::quiz\n${six}:::\n`));
			}
		});
		expect(p.join()).toMatch(/use at least 3 question types; this one uses truefalse/);
	});
	it('has unique question ids', () => {
		const p = problemsAfter((f) => f.replace(ZH, 'id: q-tf', 'id: q-single'));
		expect(p.join()).toMatch(/question id "q-single" is used twice/);
	});
	it('rejects an unknown type and missing hints', () => {
		expect(problemsAfter((f) => f.replace(ZH, 'type: order', 'type: essay')).join()).toMatch(
			/quiz question 6 "q-order": "type"/
		);
		const line = lineOf(fixture(ZH), 'hints: [想想光怎样传播。]');
		expect(problemsAfter((f) => f.replace(ZH, 'hints: [想想光怎样传播。]', 'hints: []'))).toContain(
			`${ZH}:${line}: quiz question 1 "q-single": "hints": give at least one hint`
		);
	});
	it('keeps answers in range', () => {
		const line = lineOf(fixture(ZH), 'answer: 0');
		expect(problemsAfter((f) => f.replace(ZH, 'answer: 0', 'answer: 3'))).toContain(
			`${ZH}:${line}: quiz question 1 "q-single": answer 3 is out of range (3 choices, counted from 0)`
		);
		expect(problemsAfter((f) => f.replace(ZH, 'answer: [0, 2]', 'answer: [0, 5]')).join()).toMatch(
			/answer 5 is out of range/
		);
	});
	it('puts feedback only on wrong choices that exist', () => {
		expect(problemsAfter((f) => f.replace(ZH, '    1: 物体不会', '    0: 物体不会')).join()).toMatch(
			/feedback 0 is on the right answer/
		);
		expect(problemsAfter((f) => f.replace(ZH, '    1: 物体不会', '    7: 物体不会')).join()).toMatch(
			/feedback key 7 is not a choice index/
		);
		expect(problemsAfter((f) => f.replace(ZH, '    false: 傍晚', '    true: 傍晚')).join()).toMatch(
			/feedback "true" is on the right answer/
		);
	});
	it('explains a YAML slip in plain words', () => {
		const p = problemsAfter((f) =>
			f.replace(ZH, 'hints: [想想光怎样传播。]', 'hints:\n    - Think: how does light travel?')
		);
		expect(p.join()).toMatch(/text that contains ": " must be put in quotes/);
	});
});

describe('the library', () => {
	it('needs prerequisites that exist', () => {
		const p = problemsAfter((f) => {
			f.replace(ZH, 'prerequisites: [light-basics]', 'prerequisites: [light-basics, optics-101]');
			f.replace(EN, 'prerequisites: [light-basics]', 'prerequisites: [light-basics, optics-101]');
		});
		expect(p.join()).toMatch(/prerequisite "optics-101" is not a lesson id/);
	});
	it('refuses prerequisites that go round in a circle', () => {
		const p = problemsAfter((f) => {
			for (const lang of ['zh-CN', 'en']) {
				f.replace(`physics/light-basics/${lang}.md`, 'prerequisites: []', 'prerequisites: [shadows]');
			}
		});
		expect(p.join()).toMatch(
			/prerequisites go round in a circle: (light-basics → shadows → light-basics|shadows → light-basics → shadows)/
		);
	});
	it('refuses two lessons with one id', () => {
		const p = problemsAfter((f) => {
			for (const lang of ['zh-CN', 'en']) {
				f.replace(`physics/light-basics/${lang}.md`, 'id: light-basics', 'id: shadows');
			}
		});
		expect(p.join()).toMatch(/lesson id "shadows" is already used by/);
	});
});
