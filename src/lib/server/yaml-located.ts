/*
 * YAML with line numbers: parses a YAML fragment that starts at a known line of a lesson file,
 * and maps a path inside it (as zod reports paths) back to the line an author should look at.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface LocatedYaml {
	value: unknown;
	/** The 1-based file line of the node at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number;
	/** Syntax errors, already as file lines. */
	errors: { line: number; message: string }[];
}

export function parseLocatedYaml(text: string, firstLine: number): LocatedYaml {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const errors = [...doc.errors, ...doc.warnings].map((e) => ({
		line: toFileLine(e.pos[0]),
		// yaml's own "at line N, column M" counts from the block, not the file: drop it.
		message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
	}));
	return {
		value: errors.length ? undefined : doc.toJS(),
		errors,
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = doc.getIn(path.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return toFileLine(node.range[0]);
			}
			return firstLine;
		}
	};
}
