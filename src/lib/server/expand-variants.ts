/*
 * Questions with variants: an author declares variables (listed values or ranges), values worked
 * out from them and, for a numeric question, the answer as a formula. The build picks up to 8
 * combinations, works out every value with mathjs (here, at build time: nothing is evaluated in
 * the browser, whose CSP forbids it) and checks each variant: finite, inside the stated range,
 * every placeholder known, and no two variants asking the same thing.
 */
import { parse, type EvalFunction, type MathNode } from 'mathjs';
import type { Variant } from '../content/types';
import type { RawQuestion } from './schema';

type Report = (path: (string | number)[], message: string) => void;

export const MAX_VARIANTS = 8;
/** Names a formula may use besides its variables. */
const CONSTANTS = new Set(['pi', 'e']);
export const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/** The text fields of a question, with their paths, where placeholders may appear. */
export function textFields(q: RawQuestion): { path: (string | number)[]; text: string }[] {
	const fields: { path: (string | number)[]; text: string }[] = [
		{ path: ['prompt'], text: q.prompt },
		{ path: ['explanation'], text: q.explanation },
		...q.hints.map((text, i) => ({ path: ['hints', i], text })),
		...Object.entries(q.feedback).map(([k, text]) => ({ path: ['feedback', k], text }))
	];
	if (q.type === 'single' || q.type === 'multiple')
		fields.push(...q.choices.map((text, i) => ({ path: ['choices', i], text })));
	if (q.type === 'text') fields.push(...q.accept.map((text, i) => ({ path: ['accept', i], text })));
	return fields;
}

/** Shows a worked-out number: at most `decimals` decimals, no trailing zeros, no "-0". */
export function formatValue(value: number, decimals: number): string {
	const shown = Number(value.toFixed(decimals));
	return String(Object.is(shown, -0) ? 0 : shown);
}

/** A small, fixed shuffle: the same question always gets the same variants. */
function seeded(seed: string) {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return () => {
		h = Math.imul(h ^ (h >>> 15), 2246822507);
		h = Math.imul(h ^ (h >>> 13), 3266489909);
		return ((h ^= h >>> 16) >>> 0) / 4294967296;
	};
}

/**
 * The variants of a question with `vars`, with its answer and tolerance in each; undefined when
 * something is wrong (each problem reported at its path).
 */
export function expandVariants(q: RawQuestion, report: Report): Variant[] | undefined {
	const vars = q.vars ?? {};
	const lets = q.let ?? {};
	if (
		q.type !== 'numeric' &&
		q.type !== 'single' &&
		q.type !== 'multiple' &&
		q.type !== 'text' &&
		q.type !== 'truefalse'
	) {
		report(['vars'], `a ${q.type} question cannot have variants`);
		return undefined;
	}
	const names = [...Object.keys(vars), ...Object.keys(lets)];
	const known = placeholderNames(q);
	let ok = true;
	for (const name of names) {
		if (name === 'answer') {
			report(['let', name], '"answer" is the answer itself: choose another name');
			ok = false;
		}
		if (name in vars && name in lets) {
			report(['let', name], `"${name}" is both a variable and a worked-out value`);
			ok = false;
		}
	}

	// Every formula uses only names defined before it (mathjs functions such as sqrt aside).
	const formulas: { path: (string | number)[]; source: string; before: Set<string> }[] = [];
	const defined = new Set(Object.keys(vars));
	for (const [name, source] of Object.entries(lets)) {
		formulas.push({ path: ['let', name], source, before: new Set(defined) });
		defined.add(name);
	}
	if (q.type === 'numeric') {
		if (typeof q.answer === 'string') formulas.push({ path: ['answer'], source: q.answer, before: defined });
		if (typeof q.tolerance === 'string') formulas.push({ path: ['tolerance'], source: q.tolerance, before: defined });
	}
	const compiled = new Map<string, EvalFunction>();
	for (const f of formulas) {
		try {
			const tree: MathNode = parse(f.source);
			const unknown = tree
				.filter((n) => n.type === 'SymbolNode')
				.map((n) => (n as unknown as { name: string }).name)
				.filter((s) => !f.before.has(s) && !CONSTANTS.has(s) && !isFunctionCall(tree, s));
			if (unknown.length) {
				report(f.path, `"${unknown[0]}" is not a variable or a value defined above it`);
				ok = false;
				continue;
			}
			compiled.set(f.path.join('.'), tree.compile());
		} catch (e) {
			report(f.path, `the formula "${f.source}" cannot be read: ${(e as Error).message}`);
			ok = false;
		}
	}

	// Placeholders name known values only (braces inside a $formula$ are TeX's, not ours).
	for (const field of textFields(q)) {
		for (const [, name] of withoutMath(field.text).matchAll(PLACEHOLDER)) {
			if (!known.has(name)) {
				report(field.path, `{${name}} is not a variable, a worked-out value or {answer}`);
				ok = false;
			}
		}
	}
	if (!ok) return undefined;

	// The combinations: all of them when few, else a fixed choice of MAX (or `variants`) of them.
	const lists = Object.entries(vars).map(([name, v]) => [
		name,
		Array.isArray(v)
			? v
			: Array.from({ length: Math.floor((v.max - v.min) / v.step + 1e-9) + 1 }, (_, i) =>
					Number((v.min + i * v.step).toFixed(9))
				)
	]) as [string, number[]][];
	const total = lists.reduce((n, [, values]) => n * values.length, 1);
	const wanted = Math.min(q.variants ?? MAX_VARIANTS, total);
	if (total < 2) {
		report(['vars'], 'the variables give only one version of the question: list more values');
		return undefined;
	}
	const random = seeded(q.id);
	const picked = new Set<number>();
	const order = Array.from({ length: Math.min(total, 100_000) }, (_, i) => i);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	for (const k of order) {
		if (picked.size === wanted) break;
		picked.add(k);
	}
	const decimals = q.decimals ?? 2;
	const shown = new Set(textFields(q).flatMap((f) => [...withoutMath(f.text).matchAll(PLACEHOLDER)].map((m) => m[1])));
	const variants: Variant[] = [];
	const prompts = new Map<string, number>();
	for (const k of [...picked].sort((a, b) => a - b)) {
		const scope: Record<string, number> = {};
		let rest = k;
		for (const [name, values] of lists) {
			scope[name] = values[rest % values.length];
			rest = Math.floor(rest / values.length);
		}
		const where = `variant ${variants.length + 1} (${lists.map(([n]) => `${n} = ${scope[n]}`).join(', ')})`;
		const run = (path: (string | number)[]): number | undefined => {
			const value = compiled.get(path.join('.'))!.evaluate({ ...scope });
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				report(
					path,
					`${where}: the value is ${typeof value === 'number' ? value : 'not a number'}, not a finite number`
				);
				return undefined;
			}
			return value;
		};
		for (const name of Object.keys(lets)) {
			const value = run(['let', name]);
			if (value === undefined) return undefined;
			scope[name] = value;
		}
		// Only the values the text shows travel to the browser (choices are checked with all of them).
		const all = Object.fromEntries(Object.entries(scope).map(([n, v]) => [n, formatValue(v, decimals)]));
		const values = Object.fromEntries(Object.entries(all).filter(([n]) => shown.has(n)));
		const variant: Variant = { values };
		if (q.type === 'numeric') {
			const answer = typeof q.answer === 'string' ? run(['answer']) : q.answer;
			const tolerance = typeof q.tolerance === 'string' ? run(['tolerance']) : q.tolerance;
			if (answer === undefined || tolerance === undefined) return undefined;
			if (tolerance < 0) {
				report(['tolerance'], `${where}: the tolerance is negative`);
				return undefined;
			}
			if (q.range && (answer < q.range[0] || answer > q.range[1])) {
				report(['answer'], `${where}: the answer ${answer} is outside the range ${q.range[0]}–${q.range[1]}`);
				return undefined;
			}
			if (shown.has('answer')) values.answer = formatValue(answer, decimals);
			all.answer = formatValue(answer, decimals);
			// A tolerance that is one number for every variant stays on the question alone.
			// 12 significant digits: float noise such as 3.5999999999999996 is dropped, not precision.
			const exact = (x: number) => Number(x.toPrecision(12));
			Object.assign(
				variant,
				typeof q.tolerance === 'string'
					? { answer: exact(answer), tolerance: exact(tolerance) }
					: { answer: exact(answer) }
			);
		}
		if (q.type === 'single' || q.type === 'multiple') {
			const texts = q.choices.map((c) => fill(c, all).trim().toLowerCase());
			const twice = texts.find((c, i) => texts.indexOf(c) !== i);
			if (twice !== undefined) {
				report(['choices'], `${where}: choice "${twice}" appears twice`);
				return undefined;
			}
		}
		const prompt = fill(q.prompt, all);
		const same = prompts.get(prompt);
		if (same !== undefined) {
			report(
				['prompt'],
				`${where} asks the same as variant ${same}: use a placeholder for each variable in the prompt`
			);
			return undefined;
		}
		prompts.set(prompt, variants.length + 1);
		variants.push(variant);
	}
	return variants;
}

/** Text with its $…$ and $$…$$ formulas taken out. */
export function withoutMath(text: string): string {
	return text.replace(/\$\$[\s\S]*?\$\$|\$(?:\\\$|[^$\n])+?\$/g, '');
}

/** The names a question's placeholders may use: variables, worked-out values and its answer. */
export function placeholderNames(q: RawQuestion): Set<string> {
	return new Set([
		...Object.keys(q.vars ?? {}),
		...Object.keys(q.let ?? {}),
		...(q.type === 'numeric' ? ['answer'] : [])
	]);
}

/** Fills a text's placeholders with a variant's values (the browser does the same: quiz/variants.ts). */
function fill(text: string, values: Record<string, string>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** Whether `name` is called as a function in the tree (sqrt(x)), which mathjs provides. */
function isFunctionCall(tree: MathNode, name: string): boolean {
	return (
		tree.filter((n) => n.type === 'FunctionNode' && (n as unknown as { fn: { name: string } }).fn.name === name)
			.length > 0
	);
}
