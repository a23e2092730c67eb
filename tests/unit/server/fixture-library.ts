/*
 * Test factory: copies the valid fixture library (tests/fixtures/lessons) to a temporary folder,
 * lets a test edit its files, and loads it. Each validation test breaks exactly one thing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLibrary, type Library } from '../../../src/lib/server/library';
import { ContentError, formatProblem } from '../../../src/lib/server/errors';

const FIXTURES = resolve('tests/fixtures/lessons');

export interface FixtureEdit {
	/** Replace `from` by `to` in a file (path relative to the library root); `from` must exist. */
	replace(file: string, from: string | RegExp, to: string): void;
	write(file: string, content: string): void;
	remove(file: string): void;
	read(file: string): string;
}

export function loadEdited(edit: (files: FixtureEdit) => void = () => {}): {
	library?: Library;
	problems: string[];
	root: string;
} {
	const root = mkdtempSync(join(tmpdir(), 'tansuo-lessons-'));
	cpSync(FIXTURES, root, { recursive: true });
	const files: FixtureEdit = {
		replace(file, from, to) {
			const path = join(root, file);
			const before = readFileSync(path, 'utf8');
			const after = before.replace(from, to);
			if (after === before) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(from)}`);
			writeFileSync(path, after);
		},
		write: (file, content) => writeFileSync(join(root, file), content),
		remove: (file) => rmSync(join(root, file), { recursive: true }),
		read: (file) => readFileSync(join(root, file), 'utf8')
	};
	edit(files);
	try {
		return { library: loadLibrary({ root, displayRoot: root }), problems: [], root };
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		return { problems: e.problems.map(formatProblem), root };
	} finally {
		if (existsSync(root)) rmSync(root, { recursive: true });
	}
}

/** The 1-based line of the first line containing `text` in a fixture file (after edits, pass the text). */
export function lineOf(content: string, text: string, after = 0): number {
	const lines = content.split('\n');
	const i = lines.findIndex((l, n) => n >= after && l.includes(text));
	if (i < 0) throw new Error(`"${text}" not in fixture`);
	return i + 1;
}

export const ZH = 'physics/shadows/zh-CN.md';
export const EN = 'physics/shadows/en.md';
export const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
