/*
 * The shape of a lesson once the build has parsed it. Shared by the build-time pipeline
 * (src/lib/server) and the browser, so it holds data only: HTML strings made and sanitized at
 * build time, never Markdown.
 */

import type { GoalCondition, SimState } from '../sims/types';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SUBJECTS = ['chemistry', 'physics', 'biology', 'earth-space', 'technology', 'thinking'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const COMPETENCIES = ['concepts', 'thinking', 'inquiry', 'attitudes'] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'numeric', 'text', 'order', 'match', 'sim'] as const;
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
	/**
	 * Versions of the question with other numbers. Its text then holds placeholders (`{d}`) that
	 * each variant's `values` fill in (see quiz/variants.ts); numeric answers differ per variant.
	 */
	variants?: Variant[];
	/** Set on a practice-bank question: the quiz question it stands in for in review. */
	practice?: string;
}

/** One version of a question with variants, worked out at build time. */
export interface Variant {
	/** Each placeholder's text: the variables, the values worked out from them and `answer`. */
	values: Record<string, string>;
	/** A numeric question's answer and tolerance in this version. */
	answer?: number;
	tolerance?: number;
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

/** Set a simulation so that it meets a goal; the sim's own model grades it. */
export interface SimQuestion extends QuestionBase {
	type: 'sim';
	sim: string;
	/** The settings the sim starts from (the lesson's values over the sim's defaults). */
	start: SimState;
	/** Settings the learner cannot change. */
	locked: string[];
	goal: GoalCondition[];
	/** Room the sim takes before it loads (from its viewBox and its controls). */
	room: SimRoom;
}

export type Question =
	| SingleQuestion
	| MultipleQuestion
	| TrueFalseQuestion
	| NumericQuestion
	| TextQuestion
	| OrderQuestion
	| MatchQuestion
	| SimQuestion;

/** How much room to keep for a sim before its code arrives, so nothing moves when it does. */
export interface SimRoom {
	/** Height over width of its drawing. */
	aspect: number;
	/** Height of its controls, in rem: a row per slider or switch, a choice's options in pairs. */
	controls: number;
}

/** A simulation placed in a section, optionally asking for a prediction before it unlocks. */
export interface SimBlock {
	sim: string;
	/** Names the block's saved prediction; set when it has one. */
	id?: string;
	start: SimState;
	locked: string[];
	/** Inline HTML. */
	caption?: string;
	predict?: {
		prompt: string;
		choices: string[];
		/** The choice the sim bears out, when one does. */
		answer?: number;
		/** Shown once the learner has tried the sim: what happened and why. */
		explain: string;
	};
	room: SimRoom;
}

export interface Section {
	title: string;
	/**
	 * Sanitized HTML of the section body. Each sim sits where an empty `<div data-sim="i">` marks
	 * it, `i` indexing `sims`.
	 */
	html: string;
	sims: SimBlock[];
}

/** The mark a sim's place leaves in a section's HTML. */
export const SIM_MARK = /<div data-sim="(\d+)"><\/div>/;

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
	/** Practice questions that review draws on beside the quiz (not in the quiz itself). */
	bank: Question[];
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
