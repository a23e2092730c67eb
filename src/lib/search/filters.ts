/*
 * Search filters (strand, age, minutes, core concept): small and needed with the page, unlike
 * the search engine itself, which loads on first use.
 */
import type { LessonSummary, Subject } from '../content/types';

export interface SearchFilters {
	subject?: Subject;
	/** The learner's age: lessons written for it. */
	age?: number;
	/** Lessons this long or shorter. */
	maxMinutes?: number;
	concept?: number;
}

export type Filterable = Pick<LessonSummary, 'subject' | 'ages' | 'minutes' | 'concept'>;

export function matchesFilters(lesson: Filterable, f: SearchFilters): boolean {
	return (
		(f.subject === undefined || lesson.subject === f.subject) &&
		(f.age === undefined || (lesson.ages[0] <= f.age && f.age <= lesson.ages[1])) &&
		(f.maxMinutes === undefined || lesson.minutes <= f.maxMinutes) &&
		(f.concept === undefined || lesson.concept === f.concept)
	);
}
