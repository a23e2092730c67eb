// Every question of every real lesson can be answered right, and a wrong answer is marked wrong:
// grading and content agree, in both languages.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/lib/server/library';
import { grade } from '../../../src/lib/quiz/grade';
import type { Answer } from '../../../src/lib/quiz/answers';
import type { Question } from '../../../src/lib/content/types';
import { rightAnswer } from '../../shared/answers';
import { SIMS } from '../../../src/lib/sims/catalog';
import { lessonStats } from '../../../src/lib/server/lesson-stats';

const { lessons, assets } = loadLibrary({ root: resolve('lessons') });

const simOf = (q: Question) => (q.type === 'sim' ? SIMS[q.sim] : undefined);

function wrongAnswer(q: Question): Answer {
	switch (q.type) {
		case 'single':
			return { type: 'single', choice: (q.answer + 1) % q.choices.length };
		case 'multiple':
			return {
				type: 'multiple',
				choices: q.answer.slice(1).length ? q.answer.slice(1) : [(q.answer[0] + 1) % q.choices.length]
			};
		case 'truefalse':
			return { type: 'truefalse', value: !q.answer };
		case 'numeric':
			return { type: 'numeric', text: String(q.answer + q.tolerance + Math.max(1, Math.abs(q.answer))) };
		case 'text':
			return { type: 'text', text: 'zzz' };
		case 'order':
			return { type: 'order', order: q.items.map((_, i) => i).reverse() };
		case 'match':
			return { type: 'match', matches: q.pairs.map((_, i) => (i + 1) % q.pairs.length) };
		case 'sim':
			return { type: 'sim', state: q.start }; // the build refuses a goal met at the start
	}
}

describe('the lesson library', () => {
	it('covers a term: at least 60 lessons, every core concept at least 3, at least 20 up to age 15–16', () => {
		const stats = lessonStats(lessons, assets);
		expect(stats.lessons).toBeGreaterThanOrEqual(60);
		for (const [concept, n] of Object.entries(stats.concepts))
			expect(n, `concept ${concept}`).toBeGreaterThanOrEqual(3);
		expect(stats.upperAge15Plus).toBeGreaterThanOrEqual(20);
	});

	it('has at least 3 lessons in each strand', () => {
		for (const subject of ['chemistry', 'physics', 'biology', 'earth-space', 'technology', 'thinking']) {
			expect(lessons.filter((l) => l.subject === subject).length, subject).toBeGreaterThanOrEqual(3);
		}
	});

	for (const lesson of lessons) {
		it(`${lesson.id}: every question grades its right answer right and a wrong one wrong`, () => {
			for (const language of ['zh-CN', 'en'] as const) {
				for (const q of lesson.text[language].quiz) {
					expect(grade(q, rightAnswer(q), simOf(q)).status, `${language} ${q.id}`).toBe('correct');
					expect(grade(q, wrongAnswer(q), simOf(q)).status, `${language} ${q.id}`).toBe('wrong');
				}
			}
		});
	}
});
