/*
 * The two languages of a lesson must teach the same lesson: the same settings, the same number
 * of sections and diagrams, and the same questions with the same answers in the same order.
 * Problems are reported against the English file, which follows the Chinese one.
 */
import type { ProblemList } from './errors';
import type { ParsedLessonFile } from './parse-lesson-file';
import type { RawQuestion } from './schema';

const SHARED_FIELDS = [
	'id',
	'subject',
	'ages',
	'minutes',
	'concept',
	'competencies',
	'prerequisites',
	'mastery'
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What must be equal between languages for one question. */
function answerKey(q: RawQuestion): unknown {
	const common = {
		type: q.type,
		pinned: q.pinned,
		feedback: Object.keys(q.feedback).sort(),
		// Variants are the same numbers in both languages, worked out the same way.
		variants: [q.vars, q.let, q.variants, q.decimals],
		practice: q.practice,
		// A hint list written [a, b] with a comma inside splits in one language only.
		hints: q.hints.length
	};
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { ...common, choices: q.choices.length, answer: q.type === 'multiple' ? [...q.answer].sort() : q.answer };
		case 'truefalse':
			return { ...common, answer: q.answer };
		case 'numeric':
			return { ...common, answer: q.answer, tolerance: q.tolerance, unitRequired: q.unitRequired, range: q.range };
		case 'text':
			return common;
		case 'order':
			return { ...common, items: q.items.length };
		case 'match':
			return { ...common, pairs: q.pairs.length };
		case 'sim':
			return { ...common, sim: q.sim, start: q.start, locked: q.locked, goal: q.goal };
	}
}

export function compareLanguages(zh: ParsedLessonFile, en: ParsedLessonFile, problems: ProblemList): void {
	for (const field of SHARED_FIELDS) {
		if (!same(zh.frontMatter[field], en.frontMatter[field])) {
			problems.add(
				en.file,
				en.lineOfField(field),
				`"${field}" is ${JSON.stringify(en.frontMatter[field])} here but ${JSON.stringify(zh.frontMatter[field])} in ${zh.file}; it must be the same in both languages`
			);
		}
	}
	if (zh.text.sections.length !== en.text.sections.length) {
		problems.add(en.file, 1, `${en.text.sections.length} sections here but ${zh.text.sections.length} in ${zh.file}`);
	}
	const imagesOf = (f: ParsedLessonFile) => [...new Set(f.images.map((i) => i.src))].sort();
	if (!same(imagesOf(zh), imagesOf(en))) {
		problems.add(
			en.file,
			en.images[0]?.line ?? 1,
			`diagrams ${JSON.stringify(imagesOf(en))} differ from ${JSON.stringify(imagesOf(zh))} in ${zh.file}`
		);
	}

	// The same sims, set up the same way, in the same order.
	const simKey = (f: ParsedLessonFile) =>
		f.sims.map(({ raw }) => ({
			sim: raw.sim,
			id: raw.id,
			start: raw.start,
			locked: raw.locked,
			predict: raw.predict && { choices: raw.predict.choices.length, answer: raw.predict.answer }
		}));
	if (!same(simKey(zh), simKey(en))) {
		problems.add(
			en.file,
			en.sims[0]?.line ?? 1,
			`the :::sim blocks (their sims, ids, settings, locks or prediction choices) differ from ${zh.file}`
		);
	}

	if (!zh.quizComplete || !en.quizComplete) return;
	const zhIds = zh.questions.map((q) => q.raw.id);
	const enIds = en.questions.map((q) => q.raw.id);
	if (!same(zhIds, enIds)) {
		problems.add(
			en.file,
			en.quizLine,
			`quiz question ids ${enIds.join(', ')} differ from ${zhIds.join(', ')} in ${zh.file}; use the same ids in the same order`
		);
		return;
	}
	zh.questions.forEach((zq, i) => {
		const eq = en.questions[i];
		if (!same(answerKey(zq.raw), answerKey(eq.raw))) {
			problems.add(
				en.file,
				eq.line,
				`quiz question "${eq.raw.id}": type, answer, variables, number of choices/items/pairs/hints or feedback keys differ from ${zh.file}:${zq.line}`
			);
		}
	});
}
