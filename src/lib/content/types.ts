/*
 * The shape of a lesson once the build has parsed it. Shared by the build-time pipeline
 * (src/lib/server) and the browser, so it holds data only: HTML strings made and sanitized at
 * build time, never Markdown.
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SUBJECTS = ['chemistry', 'physics', 'biology', 'earth-space', 'technology', 'thinking'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const COMPETENCIES = ['concepts', 'thinking', 'inquiry', 'attitudes'] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'numeric', 'text', 'order', 'match'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Source {
	title: string;
	publisher?: string;
	year?: number;
	url?: string;
}

interface QuestionBase {
	id: string;
	/** Sanitized inline HTML. */
	prompt: string;
	hints: string[];
	explanation: string;
	/** Wrong answer (choice index, or 'true' / 'false') → why it is wrong, as inline HTML. */
	feedback: Record<string, string>;
	pinned: boolean;
}

export interface SingleQuestion extends QuestionBase {
	type: 'single';
	choices: string[];
	answer: number;
}
export interface MultipleQuestion extends QuestionBase {
	type: 'multiple';
	choices: string[];
	answer: number[];
}
export interface TrueFalseQuestion extends QuestionBase {
	type: 'truefalse';
	answer: boolean;
}
export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: number;
	tolerance: number;
	/** The unit as shown; `units` are every spelling accepted (the shown one included). */
	unit?: string;
	units: string[];
	unitRequired: boolean;
}
export interface TextQuestion extends QuestionBase {
	type: 'text';
	accept: string[];
}
export interface OrderQuestion extends QuestionBase {
	type: 'order';
	/** In the right order. */
	items: string[];
}
export interface MatchQuestion extends QuestionBase {
	type: 'match';
	/** [term, description], each term paired with its right description. */
	pairs: [string, string][];
}

export type Question =
	| SingleQuestion
	| MultipleQuestion
	| TrueFalseQuestion
	| NumericQuestion
	| TextQuestion
	| OrderQuestion
	| MatchQuestion;

export interface Section {
	title: string;
	/** Sanitized HTML of the section body. */
	html: string;
}

export interface LessonMeta {
	id: string;
	subject: Subject;
	ages: [number, number];
	minutes: number;
	concept: number;
	competencies: Competency[];
	prerequisites: string[];
	mastery: number;
}

/** What one language says of a lesson. */
export interface LessonText {
	title: string;
	summary: string;
	objectives: string[];
	tags: string[];
	sources: Source[];
	sections: Section[];
	quiz: Question[];
}

export interface Lesson extends LessonMeta {
	text: Record<Language, LessonText>;
}

/**
 * A lesson page's data: the lesson in the one language its page is prerendered in
 * (src/lib/i18n/paths.ts), so each page carries half the text.
 */
export interface LessonInLanguage extends LessonMeta {
	language: Language;
	text: LessonText;
}

/** What the catalog needs of a lesson: no bodies. */
export interface LessonSummary extends LessonMeta {
	text: Record<Language, { title: string; summary: string; tags: string[] }>;
	questionCount: number;
}
