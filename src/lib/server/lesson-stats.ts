/*
 * What the lesson library covers, as one JSON-ready object (`npm run lessons:stats`): authors use
 * it to see gaps, CI prints it. The keys are stable and documented in lessons/README.md; later
 * formats add keys, never rename them.
 */
import { SUBJECTS, type Lesson } from '../content/types';
import type { LessonAsset } from './library';

export const CONCEPTS = 13;

export function lessonStats(lessons: Lesson[], assets: LessonAsset[]) {
	const count = <K extends string | number>(keys: K[], init: K[] = []) => {
		const out = Object.fromEntries(init.map((k) => [k, 0])) as Record<K, number>;
		for (const k of keys) out[k] = (out[k] ?? 0) + 1;
		return out;
	};
	const quiz = lessons.flatMap((l) => l.text['zh-CN'].quiz);
	const asked = (l: Lesson) => [...l.text['zh-CN'].quiz, ...l.text['zh-CN'].bank];
	const withVariants = lessons.flatMap((l) => asked(l).filter((q) => q.variants?.length));
	const sims = lessons.flatMap((l) => l.text['zh-CN'].sections.flatMap((s) => s.sims));
	return {
		lessons: lessons.length,
		subjects: count(
			lessons.map((l) => l.subject),
			[...SUBJECTS]
		),
		concepts: count(
			lessons.map((l) => l.concept),
			Array.from({ length: CONCEPTS }, (_, i) => i + 1)
		),
		/** Lessons by the oldest age they are written for (ages[1]). */
		upperAges: count(lessons.map((l) => l.ages[1])),
		upperAge15Plus: lessons.filter((l) => l.ages[1] >= 15).length,
		minutes: lessons.reduce((n, l) => n + l.minutes, 0),
		questions: quiz.length,
		questionTypes: count(quiz.map((q) => q.type)),
		diagrams: assets.length,
		variantQuestions: withVariants.length,
		variantLessons: lessons.filter((l) => asked(l).some((q) => q.variants?.length)).length,
		variants: withVariants.reduce((n, q) => n + q.variants!.length, 0),
		bankQuestions: lessons.reduce((n, l) => n + l.text['zh-CN'].bank.length, 0),
		bankLessons4: lessons.filter((l) => l.text['zh-CN'].bank.length >= 4).length,
		sims: sims.length,
		simQuestions: quiz.filter((q) => q.type === 'sim').length,
		simLessons: lessons.filter(
			(l) => l.text['zh-CN'].sections.some((s) => s.sims.length) || l.text['zh-CN'].quiz.some((q) => q.type === 'sim')
		).length,
		simsUsed: [
			...new Set([...sims.map((s) => s.sim), ...quiz.flatMap((q) => (q.type === 'sim' ? [q.sim] : []))])
		].sort()
	};
}
