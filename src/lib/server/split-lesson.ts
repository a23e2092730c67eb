/*
 * Splits one lesson Markdown file into its parts, keeping the line where each begins:
 * front matter, `## ` sections made of Markdown chunks and `:::name` blocks, and the final quiz.
 * It only cuts text; what the parts must contain is checked elsewhere (schema.ts).
 */
import type { ProblemList } from './errors';

export interface RawBlock {
	name: string;
	/** Line of the `:::name` opener. */
	line: number;
	/** The YAML inside the block, and the file line its first line sits on. */
	body: string;
	bodyLine: number;
}

export type RawPart = { kind: 'markdown'; text: string; line: number } | { kind: 'block'; block: RawBlock };

export interface RawSection {
	title: string;
	line: number;
	parts: RawPart[];
}

export interface RawLessonFile {
	frontMatter: string;
	frontMatterLine: number;
	sections: RawSection[];
	quiz?: RawBlock;
}

export const BLOCK_NAMES = ['myth', 'experiment', 'terms', 'sim', 'quiz'] as const;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const BLOCK_OPEN = /^:::\s*([A-Za-z-]+)\s*$/;
const BLOCK_CLOSE = /^:::\s*$/;

export function splitLesson(file: string, source: string, problems: ProblemList): RawLessonFile | undefined {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') {
		problems.add(file, 1, 'the file must start with front matter: a line "---", YAML, then "---"');
		return undefined;
	}
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		problems.add(file, 1, 'the front matter is not closed: add a line "---" after it');
		return undefined;
	}

	const result: RawLessonFile = {
		frontMatter: lines.slice(1, end).join('\n'),
		frontMatterLine: 2,
		sections: []
	};

	let section: RawSection | undefined;
	let chunk: string[] = [];
	let chunkLine = 0;
	let fence: string | undefined;

	const flushChunk = () => {
		if (section && chunk.some((l) => l.trim() !== '')) {
			section.parts.push({ kind: 'markdown', text: chunk.join('\n'), line: chunkLine });
		}
		chunk = [];
	};

	for (let i = end + 1; i < lines.length; i++) {
		const line = lines[i];
		const lineNo = i + 1;

		if (result.quiz && line.trim() !== '') {
			problems.add(file, lineNo, 'nothing may follow the :::quiz block; it must be the last thing in the file');
			break;
		}

		const fenceMatch = FENCE.exec(line);
		if (fence) {
			if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
		} else if (fenceMatch) {
			fence = fenceMatch[1];
		} else if (/^##\s+\S/.test(line)) {
			flushChunk();
			section = { title: line.replace(/^##\s+/, '').trim(), line: lineNo, parts: [] };
			result.sections.push(section);
			chunkLine = lineNo + 1;
			continue;
		} else if (BLOCK_OPEN.test(line)) {
			const name = BLOCK_OPEN.exec(line)![1];
			const close = lines.findIndex((l, j) => j > i && BLOCK_CLOSE.test(l));
			if (close < 0) {
				problems.add(file, lineNo, `the :::${name} block is not closed: add a line ":::" after it`);
				return result;
			}
			const block: RawBlock = { name, line: lineNo, body: lines.slice(i + 1, close).join('\n'), bodyLine: lineNo + 1 };
			if (!(BLOCK_NAMES as readonly string[]).includes(name)) {
				problems.add(
					file,
					lineNo,
					`unknown block ":::${name}"; blocks are ${BLOCK_NAMES.map((b) => ':::' + b).join(', ')}`
				);
			} else if (name === 'quiz') {
				flushChunk();
				if (result.quiz) problems.add(file, lineNo, 'a lesson has one :::quiz block');
				result.quiz = block;
			} else if (!section) {
				problems.add(file, lineNo, `the :::${name} block must sit inside a "## " section`);
			} else {
				flushChunk();
				section.parts.push({ kind: 'block', block });
			}
			i = close;
			chunkLine = close + 2;
			continue;
		}

		if (!section) {
			if (line.trim() !== '') {
				problems.add(file, lineNo, 'text before the first "## " heading; every part of a lesson belongs to a section');
				section = { title: '', line: lineNo, parts: [] }; // keep going to report more
			}
			continue;
		}
		if (chunk.length === 0) chunkLine = lineNo;
		chunk.push(line);
	}
	flushChunk();
	return result;
}
