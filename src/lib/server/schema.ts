/*
 * What an author may write: the front matter and each block, as zod schemas. Parsing a block
 * yields plain data (text still Markdown) or problems located at the offending line.
 */
import { z } from 'zod';
import { COMPETENCIES, SUBJECTS } from '../content/types';
import type { ProblemList } from './errors';
import { parseLocatedYaml } from './yaml-located';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');
/** YAML turns `- 100` into a number; authors mean the text "100". */
const label = z.union([z.string(), z.number()]).transform(String).pipe(text);
const id = z.string().regex(ID_PATTERN, 'use lowercase letters a-z, digits and "-" only');

export const frontMatterSchema = z.strictObject({
	id,
	title: text,
	summary: text,
	subject: z.enum(SUBJECTS),
	ages: z
		.tuple([z.int().min(6).max(18), z.int().min(6).max(18)])
		.refine(([from, to]) => from <= to, 'the youngest age comes first'),
	minutes: z.int().min(5, 'a lesson takes 5–12 minutes').max(12, 'a lesson takes 5–12 minutes'),
	concept: z.int().min(1).max(13),
	competencies: z.array(z.enum(COMPETENCIES)).min(1),
	objectives: z.array(text).min(1).max(6),
	prerequisites: z.array(id).default([]),
	tags: z.array(label).default([]),
	sources: z
		.array(
			z.strictObject({
				title: text,
				publisher: text.optional(),
				year: z.int().min(1000).max(2100).optional(),
				url: z.url({ protocol: /^https?$/ }).optional()
			})
		)
		.min(2, 'cite at least 2 reputable sources'),
	mastery: z.number().gt(0).max(1).default(0.8),
	/** Why the lesson has no myth-vs-fact callout: only where no common misconception exists. */
	noMyth: text.optional()
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const mythSchema = z.strictObject({ myth: text, fact: text, evidence: text.optional() });
export type MythBlock = z.infer<typeof mythSchema>;

export const experimentSchema = z
	.strictObject({
		title: text,
		kind: z.enum(['hands-on', 'observation', 'thought']).default('hands-on'),
		minutes: z.int().min(1).max(60).optional(),
		materials: z.array(label).default([]),
		steps: z.array(text).min(1),
		observe: text,
		explain: text,
		safety: text.optional(),
		reason: text.optional()
	})
	.superRefine((e, ctx) => {
		if (e.kind !== 'thought' && !e.safety)
			ctx.addIssue({
				code: 'custom',
				path: ['safety'],
				message: 'a hands-on experiment or observation needs a safety note'
			});
		if (e.kind === 'thought' && !e.reason)
			ctx.addIssue({
				code: 'custom',
				path: ['reason'],
				message: 'a thought experiment needs a reason why it is not done for real'
			});
		if (e.kind !== 'thought' && e.materials.length === 0)
			ctx.addIssue({ code: 'custom', path: ['materials'], message: 'list the materials' });
	});
export type ExperimentBlock = z.infer<typeof experimentSchema>;

export const termsSchema = z.array(z.strictObject({ term: label, definition: text })).min(1);
export type TermsBlock = z.infer<typeof termsSchema>;

/** A sim's settings as a lesson writes them; the sim's own spec is checked in check-sim.ts. */
const simSettings = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({});
const simFields = {
	sim: id,
	start: simSettings,
	locked: z.array(z.string()).default([])
};
const goalCondition = z
	.strictObject({
		measure: z.string().min(1),
		equals: z.union([z.number(), z.boolean()]).optional(),
		tolerance: z.number().min(0).optional(),
		min: z.number().optional(),
		max: z.number().optional()
	})
	.refine((c) => c.equals !== undefined || c.min !== undefined || c.max !== undefined, {
		message: 'a goal condition needs "equals", "min" or "max"'
	});

export const simBlockSchema = z
	.strictObject({
		...simFields,
		id: id.optional(),
		caption: text.optional(),
		predict: z
			.strictObject({
				prompt: text,
				choices: z.array(label).min(2).max(5),
				answer: z.int().min(0).optional(),
				explain: text
			})
			.optional()
	})
	.superRefine((b, ctx) => {
		if (b.predict && !b.id)
			ctx.addIssue({
				code: 'custom',
				path: ['id'],
				message: 'a sim that asks for a prediction needs an "id" to save it under'
			});
		if (b.predict?.answer !== undefined && b.predict.answer >= b.predict.choices.length)
			ctx.addIssue({
				code: 'custom',
				path: ['predict', 'answer'],
				message: `answer ${b.predict.answer} is out of range (counted from 0)`
			});
	});
export type RawSimBlock = z.infer<typeof simBlockSchema>;

/** A variable of a question with variants: listed values, or a range with a step. */
const VAR_NAME = /^[a-z][a-zA-Z0-9]{0,19}$/;
const variable = z.union([
	z.array(z.number()).min(1).max(50),
	z
		.strictObject({ min: z.number(), max: z.number(), step: z.number().gt(0) })
		.refine((r) => r.min <= r.max, 'min comes before max')
		.refine((r) => (r.max - r.min) / r.step <= 1000, 'at most 1000 steps')
]);
const formula = z.string().trim().min(1).max(200);

const questionBase = {
	id,
	prompt: text,
	hints: z.array(text).min(1, 'give at least one hint'),
	explanation: text,
	feedback: z.record(z.string(), text).default({}),
	pinned: z.boolean().default(false),
	/** Variables: the build makes up to `variants` versions of the question, one per combination. */
	vars: z.record(z.string().regex(VAR_NAME, 'a variable is a-z then letters or digits'), variable).optional(),
	/** Values worked out from the variables, in order (each may use the ones before). */
	let: z.record(z.string().regex(VAR_NAME, 'a name is a-z then letters or digits'), formula).optional(),
	variants: z.int().min(2).max(8).optional(),
	/** Decimals shown for worked-out values and the answer (default 2, trailing zeros dropped). */
	decimals: z.int().min(0).max(6).optional(),
	/** A practice question for review, standing in for the quiz question with this id. */
	practice: id.optional()
};

export const questionSchema = z.discriminatedUnion('type', [
	z.strictObject({
		...questionBase,
		type: z.literal('single'),
		choices: z.array(label).min(2).max(6),
		answer: z.int()
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('multiple'),
		choices: z.array(label).min(2).max(8),
		answer: z.array(z.int()).min(1)
	}),
	z.strictObject({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() }),
	z.strictObject({
		...questionBase,
		type: z.literal('numeric'),
		/** A number, or with `vars` a formula of them. */
		answer: z.union([z.number(), formula]),
		tolerance: z.union([z.number().min(0), formula]).default(0),
		/** With `vars`: the range every variant's answer must fall in. */
		range: z.tuple([z.number(), z.number()]).optional(),
		unit: label.optional(),
		units: z.array(label).default([]),
		unitRequired: z.boolean().default(false)
	}),
	z.strictObject({ ...questionBase, type: z.literal('text'), accept: z.array(label).min(1) }),
	z.strictObject({ ...questionBase, type: z.literal('order'), items: z.array(label).min(2).max(8) }),
	z.strictObject({
		...questionBase,
		...simFields,
		type: z.literal('sim'),
		goal: z.array(goalCondition).min(1)
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('match'),
		pairs: z
			.array(z.tuple([label, label]))
			.min(2)
			.max(8)
	})
]);
export type RawQuestion = z.infer<typeof questionSchema>;

function describePath(path: readonly PropertyKey[]): string {
	return path.length ? `"${path.map(String).join('.')}": ` : '';
}

/** A zod issue in words an author can act on. */
export function describeIssue(issue: z.core.$ZodIssue): string {
	let message = describePath(issue.path) + issue.message;
	// The usual cause: unquoted text containing ": " becomes a YAML map.
	if (issue.code === 'invalid_type' && /received object/.test(issue.message)) {
		message += ' (text that contains ": " must be put in quotes)';
	}
	return message;
}

/** Parses YAML at `line` of `file` with `schema`, adding every problem found. */
export function parseWith<T>(
	schema: z.ZodType<T>,
	yamlText: string,
	file: string,
	line: number,
	what: string,
	problems: ProblemList
): { value: T; lineOf: (path: readonly PropertyKey[]) => number } | undefined {
	const located = parseLocatedYaml(yamlText, line);
	for (const e of located.errors) problems.add(file, e.line, `${what}: YAML error: ${e.message}`);
	if (located.errors.length) return undefined;
	const parsed = schema.safeParse(located.value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			problems.add(file, located.lineOf(issue.path), `${what}: ${describeIssue(issue)}`);
		}
		return undefined;
	}
	return { value: parsed.data, lineOf: located.lineOf };
}
