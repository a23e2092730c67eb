/*
 * Which version of a question a learner sees. A question with variants (numbers worked out at
 * build time) or with practice questions in its lesson's bank has several forms; the choice is
 * seeded, so a reload shows the same form, and review avoids the form shown last time. Filling a
 * form is string replacement of placeholders with the build's values: nothing is evaluated here.
 */
import type { Question } from '../content/types';

/** What the learner is shown for one quiz question (whose id cards, mastery and reports keep). */
export interface Form {
	question: Question;
	/** The variant shown, for a question with variants. */
	variant?: number;
	/** The practice question shown instead of the quiz question, by id. */
	bank?: string;
}

/** Where a form was shown last, as an attempt records it. */
export type LastForm = Pick<Form, 'variant' | 'bank'>;

const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/** A 32-bit FNV-1a hash: the same key always picks the same form. */
export function hashKey(key: string): number {
	let h = 2166136261;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
	return h >>> 0;
}

function fill(text: string, values: Record<string, string>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The question as variant `index` asks it; the question itself when it has no variants. */
export function instantiate(q: Question, index: number | undefined): Question {
	const variant = index === undefined ? undefined : q.variants?.[index];
	if (!variant) return q;
	const f = (s: string) => fill(s, variant.values);
	const base = {
		...q,
		prompt: f(q.prompt),
		hints: q.hints.map(f),
		explanation: f(q.explanation),
		feedback: Object.fromEntries(Object.entries(q.feedback).map(([k, v]) => [k, f(v)]))
	};
	switch (base.type) {
		case 'single':
		case 'multiple':
			return { ...base, choices: base.choices.map(f) };
		case 'text':
			return { ...base, accept: base.accept.map(f) };
		case 'numeric':
			return { ...base, answer: variant.answer ?? base.answer, tolerance: variant.tolerance ?? base.tolerance };
		default:
			return base;
	}
}

/** Every form of a quiz question: its variants, then each practice question's variants. */
function formsOf(q: Question, bank: readonly Question[]): LastForm[] {
	const own = (p: Question, id?: string): LastForm[] =>
		p.variants?.length
			? p.variants.map((_, variant) => ({ variant, ...(id ? { bank: id } : {}) }))
			: [id ? { bank: id } : {}];
	return [...own(q), ...bank.filter((b) => b.practice === q.id).flatMap((b) => own(b, b.id))];
}

function formFor(q: Question, bank: readonly Question[], form: LastForm): Form {
	const shown = form.bank ? (bank.find((b) => b.id === form.bank) ?? q) : q;
	return { question: instantiate(shown, form.variant), ...form };
}

/**
 * The form of a question in a quiz run: one of its variants, the same for the same learner and run
 * (`key`), so reopening the quiz shows the same numbers. The quiz never shows practice questions.
 */
export function quizForm(q: Question, key: string): Form {
	const forms = formsOf(q, []);
	return formFor(q, [], forms[hashKey(key) % forms.length]);
}

/**
 * The form of a question in review: any variant or practice question but the one shown last time,
 * wherever there is another, chosen by `key` (the same key, the same form).
 */
export function reviewForm(q: Question, bank: readonly Question[], last: LastForm | undefined, key: string): Form {
	const all = formsOf(q, bank);
	const same = (a: LastForm) => !!last && (a.bank ?? '') === (last.bank ?? '') && a.variant === last.variant;
	const others = all.length > 1 ? all.filter((f) => !same(f)) : all;
	return formFor(q, bank, others[hashKey(key) % others.length]);
}

/** The fields an attempt records of the form shown: only those that are set. */
export function shownFields(form: LastForm): LastForm {
	return {
		...(form.variant !== undefined ? { variant: form.variant } : {}),
		...(form.bank !== undefined ? { bank: form.bank } : {})
	};
}
