/*
 * A backup file of a learner with weeks of history, made with the app's own codec: every lesson of
 * one subject mastered (so the certificate is earned), a few review cards already due, answers on
 * many days. Restoring it through Settings brings a test to pages that otherwise take an hour of
 * quizzes to reach.
 */
import type { Subject } from '../../src/lib/content/types';
import type { BackupData } from '../../src/lib/share/backup';
import { encodeBackup } from '../../src/lib/share/backup';
import { dayOf } from '../../src/lib/progress/days';
import { allLessons } from './quiz-driver';
import { rightAnswer } from '../shared/answers';

const DAY = 86_400_000;

/** The backup file's text, for a learner called `name` who has mastered `subject`. */
export async function learnerBackup(name: string, subject: Subject, now = Date.now()): Promise<string> {
	const profileId = 'a11y-learner';
	const mastered = allLessons().filter((l) => l.subject === subject);
	const data: BackupData = {
		profiles: [{ id: profileId, name, avatar: '🦋', color: '#7c3aed', createdAt: now - 30 * DAY }],
		attempts: mastered.flatMap((l, i) =>
			l.text['zh-CN'].quiz.map((q) => ({
				profileId,
				lessonId: l.id,
				questionId: q.id,
				runId: `run-${l.id}`,
				answer: rightAnswer(q),
				correct: true,
				firstTry: true,
				hintsUsed: 0,
				ms: 20_000,
				at: now - (i + 2) * DAY
			}))
		),
		lessonProgress: mastered.map((l, i) => ({
			profileId,
			lessonId: l.id,
			step: l.text['zh-CN'].sections.length,
			best: { score: 1, mastered: true, at: now - (i + 2) * DAY },
			openedAt: now - (i + 3) * DAY,
			updatedAt: now - (i + 2) * DAY,
			timeMs: 15 * 60_000
		})),
		// Due yesterday: the review page opens on a question.
		reviewCards: mastered.slice(0, 2).map((l) => ({
			profileId,
			lessonId: l.id,
			questionId: l.text['zh-CN'].quiz[0].id,
			card: {
				due: now - DAY,
				stability: 3,
				difficulty: 5,
				elapsed_days: 3,
				scheduled_days: 3,
				learning_steps: 0,
				reps: 2,
				lapses: 0,
				state: 2,
				last_review: now - 4 * DAY
			}
		})),
		dailyActivity: [1, 2, 3, 5, 8, 13, 21].map((daysAgo) => ({
			profileId,
			day: dayOf(now - daysAgo * DAY),
			answers: daysAgo,
			correct: daysAgo - 1,
			ms: daysAgo * 60_000
		})),
		assignments: [],
		classes: [],
		teacherAssignments: [],
		reports: []
	};
	return encodeBackup(data, now);
}
