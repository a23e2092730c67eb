/*
 * Content errors carry the file and line an author must open. The build prints them as
 * `file:line: message` and stops; nothing half-valid is ever rendered.
 */

export interface ContentProblem {
	file: string;
	line: number;
	message: string;
}

export function formatProblem(p: ContentProblem): string {
	return `${p.file}:${p.line}: ${p.message}`;
}

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in lessons/:\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'ContentError';
	}
}

/** Collects problems for one file so that checks can go on after the first one. */
export class ProblemList {
	readonly problems: ContentProblem[] = [];
	add(file: string, line: number, message: string): void {
		this.problems.push({ file, line, message });
	}
	get ok(): boolean {
		return this.problems.length === 0;
	}
}
