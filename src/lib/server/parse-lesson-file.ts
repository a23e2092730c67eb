/*
 * One language file of one lesson: from Markdown source to validated, rendered LessonText,
 * plus what the cross-file checks need (front matter, question lines, images, links).
 */
import { z } from 'zod';
import type { Language, LessonText, Question, Section, SimBlock, SimRoom } from '../content/types';
import type { SimState } from '../sims/types';
import type { ProblemList } from './errors';
import type { Renderer } from './render';
import {
	experimentSchema,
	frontMatterSchema,
	mythSchema,
	describeIssue,
	parseWith,
	questionSchema,
	simBlockSchema,
	termsSchema,
	type FrontMatter,
	type RawQuestion,
	type RawSimBlock
} from './schema';
import { checkSimUse } from './check-sim';
import { expandVariants, PLACEHOLDER, placeholderNames, textFields } from './expand-variants';
import type { Variant } from '../content/types';
import { splitLesson, type RawBlock } from './split-lesson';
import { parseLocatedYaml } from './yaml-located';
import { blockHtml } from './render-blocks';
import { checkQuestion } from './check-question';

export interface ParsedLessonFile {
	file: string;
	language: Language;
	frontMatter: FrontMatter;
	lineOfField(field: string): number;
	lineOf(path: readonly PropertyKey[]): number;
	text: LessonText;
	/** Raw questions (answers before rendering), with their lines, for comparing languages. */
	questions: { raw: RawQuestion; line: number }[];
	quizLine: number;
	/** False when a question could not be read, so comparing languages would only add noise. */
	quizComplete: boolean;
	images: { src: string; line: number }[];
	lessonLinks: { id: string; line: number }[];
	experiments: number;
	myths: number;
	/** Every sim block as written, with its line, for comparing languages. */
	sims: { raw: RawSimBlock; line: number }[];
}

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

export function parseLessonFile(
	file: string,
	source: string,
	language: Language,
	render: Renderer,
	problems: ProblemList
): ParsedLessonFile | undefined {
	const raw = splitLesson(file, source, problems);
	if (!raw) return undefined;

	const fm = parseWith(frontMatterSchema, raw.frontMatter, file, raw.frontMatterLine, 'front matter', problems);

	const images: ParsedLessonFile['images'] = [];
	const lessonLinks: ParsedLessonFile['lessonLinks'] = [];
	let experiments = 0;
	let myths = 0;
	const simBlocks: ParsedLessonFile['sims'] = [];

	const safely = (line: number, what: string, fn: () => string): string => {
		try {
			return fn();
		} catch (e) {
			problems.add(file, line, `${what}: ${(e as Error).message.split('\n')[0]}`);
			return '';
		}
	};

	if (raw.sections.length < 3 || raw.sections.length > 6) {
		problems.add(
			file,
			raw.sections[0]?.line ?? raw.frontMatterLine,
			`a lesson has 3–6 "## " sections; this one has ${raw.sections.length}`
		);
	}

	const sections: Section[] = raw.sections.map((section) => {
		let html = '';
		const sims: SimBlock[] = [];
		for (const part of section.parts) {
			if (part.kind === 'block' && part.block.name === 'sim') {
				const sim = parseSimBlock(part.block, file, render, problems, safely);
				if (sim) {
					simBlocks.push({ raw: sim.raw, line: part.block.line });
					// The page puts the sim where this mark is (see SIM_MARK).
					html += `<div data-sim="${sims.length}"></div>\n`;
					sims.push(sim.block);
				}
			} else if (part.kind === 'markdown') {
				scanReferences(part.text, part.line, file, images, lessonLinks, problems);
				html += safely(part.line, 'Markdown', () => render.block(part.text));
			} else {
				// Text inside a block (myth, experiment, terms) may hold images and links too.
				scanReferences(part.block.body, part.block.bodyLine, file, images, lessonLinks, problems);
				if (part.block.name === 'experiment') experiments++;
				if (part.block.name === 'myth') myths++;
				html += renderBlock(part.block, file, language, render, problems, safely);
			}
		}
		if (!html.trim()) problems.add(file, section.line, `section "${section.title}" is empty`);
		return { title: section.title, html, sims };
	});

	const questions: ParsedLessonFile['questions'] = [];
	let quizComplete = !!raw.quiz;
	const quiz: Question[] = [];
	const bank: Question[] = [];
	if (!raw.quiz) {
		problems.add(file, raw.sections.at(-1)?.line ?? 1, 'the lesson has no :::quiz block at its end');
	} else {
		// Quiz text (prompts, choices, hints, feedback) is checked for images and links like a section.
		scanReferences(raw.quiz.body, raw.quiz.bodyLine, file, images, lessonLinks, problems);
		const located = parseLocatedYaml(raw.quiz.body, raw.quiz.bodyLine);
		for (const e of located.errors) problems.add(file, e.line, `quiz: YAML error: ${e.message}`);
		if (located.errors.length) quizComplete = false;
		const list = located.value;
		if (!located.errors.length && !Array.isArray(list)) {
			problems.add(file, raw.quiz.line, 'quiz: the block must be a YAML list of questions ("- id: …")');
		} else if (Array.isArray(list)) {
			list.forEach((item, index) => {
				const where = `quiz question ${index + 1}${typeof item?.id === 'string' ? ` "${item.id}"` : ''}`;
				const parsed = questionSchema.safeParse(item);
				if (!parsed.success) {
					for (const issue of parsed.error.issues) {
						const path = [index, ...issue.path];
						problems.add(file, located.lineOf(path), `${where}: ${describeIssue(issue)}`);
						quizComplete = false;
					}
					return;
				}
				const line = located.lineOf([index]);
				const report = (path: (string | number)[], message: string) =>
					problems.add(file, located.lineOf([index, ...path]), `${where}: ${message}`);
				checkQuestion(parsed.data, report);
				const sim = parsed.data.type === 'sim' ? checkSimUse(parsed.data, report) : undefined;
				if (parsed.data.type === 'sim' && !sim) quizComplete = false;
				const variants = variantsOf(parsed.data, report);
				if (variants === null) quizComplete = false;
				questions.push({ raw: parsed.data, line });
				const question = safelyQuestion(
					parsed.data,
					render,
					(what, fn) => safely(line, `${where}: ${what}`, fn),
					sim,
					variants ?? undefined
				);
				if (variants) checkPlaceholdersKept(parsed.data, question, report);
				(parsed.data.practice ? bank : quiz).push(question);
			});
			checkQuizShape(questions, file, raw.quiz.line, problems);
			checkBank(questions, (index, message) => problems.add(file, located.lineOf([index, 'practice']), message));
		}
	}

	if (!fm) return undefined;
	const frontMatter = fm.value;
	const inline = (s: string, field: string) => safely(fm.lineOf([field]), field, () => render.inline(s));
	return {
		file,
		language,
		frontMatter,
		lineOfField: (field) => fm.lineOf([field]),
		lineOf: fm.lineOf,
		text: {
			title: frontMatter.title,
			summary: frontMatter.summary,
			objectives: frontMatter.objectives.map((o) => inline(o, 'objectives')),
			tags: frontMatter.tags,
			sources: frontMatter.sources,
			sections,
			quiz,
			bank
		},
		questions,
		quizLine: raw.quiz?.line ?? 1,
		quizComplete,
		images,
		lessonLinks,
		experiments,
		myths,
		sims: simBlocks
	};
}

/** A question's variants; undefined when it has none, null when they are wrong (reported). */
function variantsOf(
	q: RawQuestion,
	report: (path: (string | number)[], message: string) => void
): Variant[] | null | undefined {
	if (q.vars) return expandVariants(q, report) ?? null;
	const formulaOnly = [
		q.let && 'let',
		q.variants !== undefined && 'variants',
		q.decimals !== undefined && 'decimals',
		q.type === 'numeric' && q.range && 'range',
		q.type === 'numeric' && typeof q.answer === 'string' && 'answer',
		q.type === 'numeric' && typeof q.tolerance === 'string' && 'tolerance'
	].find(Boolean);
	if (formulaOnly) {
		report(
			[formulaOnly],
			`"${formulaOnly}" as written needs "vars": the variables a question's variants are made from`
		);
		return null;
	}
	return undefined;
}

/**
 * A placeholder inside a $formula$ or `code` would not be filled in (a formula's MathML keeps its
 * TeX only in an annotation): each must still be in the rendered text outside math and code.
 */
function checkPlaceholdersKept(
	raw: RawQuestion,
	rendered: Question,
	report: (path: (string | number)[], message: string) => void
) {
	const visible = JSON.stringify(rendered).replace(/<math[\s\S]*?<\/math>|<code[\s\S]*?<\/code>/g, '');
	const count = (text: string, whole: string) => text.split(whole).length - 1;
	const known = placeholderNames(raw);
	for (const field of textFields(raw)) {
		for (const [whole, name] of field.text.matchAll(PLACEHOLDER)) {
			if (!known.has(name)) continue; // TeX's own braces, e.g. \text{total}
			const written = textFields(raw).reduce((n, f) => n + count(f.text, whole), 0);
			if (count(visible, whole) < written) {
				report(field.path, `${whole} is inside a formula or code, where it cannot be filled in: put it in plain text`);
				return;
			}
		}
	}
}

/** Practice questions stand in for a quiz question of the same lesson. */
function checkBank(questions: { raw: RawQuestion; line: number }[], report: (index: number, message: string) => void) {
	const quizIds = new Set(questions.filter((q) => !q.raw.practice).map((q) => q.raw.id));
	questions.forEach((q, index) => {
		const target = q.raw.practice;
		if (target && !quizIds.has(target))
			report(
				index,
				`practice question "${q.raw.id}" stands in for "${target}", which is not a quiz question of this lesson`
			);
	});
}

function checkQuizShape(
	allQuestions: { raw: RawQuestion; line: number }[],
	file: string,
	line: number,
	problems: ProblemList
) {
	// The practice bank is not part of the quiz; ids are unique across both.
	const questions = allQuestions.filter((q) => !q.raw.practice);
	if (questions.length < 6)
		problems.add(file, line, `quiz: a lesson has at least 6 questions; this one has ${questions.length}`);
	const types = new Set(questions.map((q) => q.raw.type));
	if (questions.length >= 6 && types.size < 3) {
		problems.add(file, line, `quiz: use at least 3 question types; this one uses ${[...types].join(', ')}`);
	}
	const seen = new Map<string, number>();
	for (const q of allQuestions) {
		const first = seen.get(q.raw.id);
		if (first !== undefined)
			problems.add(file, q.line, `quiz: question id "${q.raw.id}" is used twice (first at line ${first})`);
		else seen.set(q.raw.id, q.line);
	}
}

function scanReferences(
	text: string,
	firstLine: number,
	file: string,
	images: ParsedLessonFile['images'],
	lessonLinks: ParsedLessonFile['lessonLinks'],
	problems: ProblemList
) {
	text.split('\n').forEach((lineText, i) => {
		const line = firstLine + i;
		for (const m of lineText.matchAll(IMAGE)) {
			if (!m[1].trim()) problems.add(file, line, `image "${m[2]}" needs alt text: ![what the picture shows](${m[2]})`);
			if (/^[a-z]+:/i.test(m[2]) || m[2].startsWith('/')) {
				problems.add(file, line, `image "${m[2]}" must be a file in the lesson's folder`);
			} else images.push({ src: m[2], line });
		}
		for (const m of lineText.matchAll(LINK)) {
			const href = m[1];
			const lesson = /^lesson:(.+)$/.exec(href);
			if (lesson) lessonLinks.push({ id: lesson[1], line });
			else if (!/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(href)) {
				// A relative path would break once built; other schemes are left to the sanitizer,
				// which drops any that could run code (javascript:, data:, …).
				problems.add(
					file,
					line,
					`link "${href}": link to another lesson as lesson:<id>, or to a web page with https://`
				);
			}
		}
	});
}

function renderBlock(
	block: RawBlock,
	file: string,
	language: Language,
	render: Renderer,
	problems: ProblemList,
	safely: (line: number, what: string, fn: () => string) => string
): string {
	const schemas = { myth: mythSchema, experiment: experimentSchema, terms: termsSchema } as const;
	const name = block.name as keyof typeof schemas;
	const parsed = parseWith(
		schemas[name] as z.ZodType<unknown>,
		block.body,
		file,
		block.bodyLine,
		`:::${name}`,
		problems
	);
	if (!parsed) return '';
	return safely(block.line, `:::${name}`, () => blockHtml(name, parsed.value as never, render.inline, language));
}

/** A :::sim block, checked against its sim; its text rendered. */
function parseSimBlock(
	block: RawBlock,
	file: string,
	render: Renderer,
	problems: ProblemList,
	safely: (line: number, what: string, fn: () => string) => string
): { raw: RawSimBlock; block: SimBlock } | undefined {
	const parsed = parseWith(simBlockSchema, block.body, file, block.bodyLine, ':::sim', problems);
	if (!parsed) return undefined;
	const raw = parsed.value;
	const checked = checkSimUse(raw, (path, message) => problems.add(file, parsed.lineOf(path), `:::sim: ${message}`));
	if (!checked) return undefined;
	const inline = (s: string) => safely(block.line, ':::sim', () => render.inline(s));
	return {
		raw,
		block: {
			sim: raw.sim,
			...(raw.id ? { id: raw.id } : {}),
			start: checked.start,
			locked: raw.locked,
			...(raw.caption ? { caption: inline(raw.caption) } : {}),
			...(raw.predict
				? {
						predict: {
							prompt: inline(raw.predict.prompt),
							choices: raw.predict.choices.map(inline),
							...(raw.predict.answer !== undefined ? { answer: raw.predict.answer } : {}),
							explain: inline(raw.predict.explain)
						}
					}
				: {}),
			room: checked.room
		}
	};
}

function safelyQuestion(
	q: RawQuestion,
	render: Renderer,
	safely: (what: string, fn: () => string) => string,
	sim?: { start: SimState; room: SimRoom },
	variants?: Variant[]
): Question {
	const inline = (s: string) => safely('text', () => render.inline(s));
	const base = {
		id: q.id,
		prompt: inline(q.prompt),
		hints: q.hints.map(inline),
		explanation: inline(q.explanation),
		feedback: Object.fromEntries(Object.entries(q.feedback).map(([k, v]) => [k, inline(v)])),
		pinned: q.pinned,
		...(variants ? { variants } : {}),
		...(q.practice ? { practice: q.practice } : {})
	};
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: q.type, choices: q.choices.map(inline), answer: q.answer } as Question;
		case 'truefalse':
			return { ...base, type: 'truefalse', answer: q.answer };
		case 'numeric':
			return {
				...base,
				type: 'numeric',
				// With variants, the first variant's (each variant carries its own).
				answer: variants?.[0].answer ?? (q.answer as number),
				tolerance: variants?.[0].tolerance ?? (q.tolerance as number),
				unit: q.unit,
				units: [...new Set([...(q.unit ? [q.unit] : []), ...q.units])],
				unitRequired: q.unitRequired
			};
		case 'text':
			return { ...base, type: 'text', accept: q.accept };
		case 'order':
			return { ...base, type: 'order', items: q.items.map(inline) };
		case 'match':
			return { ...base, type: 'match', pairs: q.pairs.map(([a, b]) => [inline(a), inline(b)] as [string, string]) };
		case 'sim':
			return {
				...base,
				type: 'sim',
				sim: q.sim,
				start: sim?.start ?? q.start,
				locked: q.locked,
				goal: q.goal,
				room: sim?.room ?? { aspect: 0.5, controls: 1 }
			};
	}
}
