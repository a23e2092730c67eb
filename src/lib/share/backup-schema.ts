/*
 * The shape of every record a backup may hold, field by field with ranges, as zod/mini schemas.
 * Loaded only when a file is restored (decodeBackup imports it), so no page carries it. Parsing
 * also drops fields the app does not know, so nothing unchecked reaches the database.
 */
import * as z from 'zod/mini';

const MAX_TEXT = 2000;
const text = (max = MAX_TEXT) => z.string().check(z.minLength(1), z.maxLength(max));
const count = () => z.int().check(z.gte(0));
/** A time in ms since the epoch, up to the year 2200. */
const time = () => z.number().check(z.gte(0), z.lte(7_258_118_400_000));
const duration = () => z.number().check(z.gte(0), z.lte(1e12));
const id = () => z.string().check(z.minLength(1), z.maxLength(200));
const lessonId = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));
const index = () => z.int().check(z.gte(-1), z.lte(100));
const indexes = () => z.array(index()).check(z.maxLength(100));

export const answerSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('single'), choice: z.int().check(z.gte(0), z.lte(100)) }),
	z.object({ type: z.literal('multiple'), choices: indexes() }),
	z.object({ type: z.literal('truefalse'), value: z.boolean() }),
	z.object({ type: z.literal('numeric'), text: z.string().check(z.maxLength(200)) }),
	z.object({ type: z.literal('text'), text: z.string().check(z.maxLength(MAX_TEXT)) }),
	z.object({ type: z.literal('order'), order: indexes() }),
	z.object({ type: z.literal('match'), matches: indexes() }),
	// A sim's settings: checked again against the sim when the answer is shown (cleanState).
	z.object({
		type: z.literal('sim'),
		state: z.record(
			z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/)),
			z.union([z.number().check(z.gte(-1e6), z.lte(1e6)), z.string().check(z.maxLength(40)), z.boolean()])
		)
	})
]);

const run = z.object({
	id: id(),
	seed: z.int().check(z.gte(0), z.lte(2 ** 32)),
	current: z.int().check(z.gte(0), z.lte(100)),
	hints: z.record(z.string().check(z.maxLength(200)), z.int().check(z.gte(0), z.lte(100))),
	finished: z.boolean(),
	startedAt: time()
});

/** An FSRS card as ts-fsrs stores it; state is New 0, Learning 1, Review 2, Relearning 3. */
const card = z.object({
	due: time(),
	stability: z.number().check(z.gte(0)),
	difficulty: z.number().check(z.gte(0), z.lte(10)),
	elapsed_days: count(),
	scheduled_days: count(),
	learning_steps: z.optional(count()),
	reps: count(),
	lapses: count(),
	state: z.int().check(z.gte(0), z.lte(3)),
	last_review: z.optional(time())
});

const oneLine = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[^\p{Cc}]*$/u));
const assignment = z.object({
	id: z.string().check(z.regex(/^[A-Za-z0-9_-]{12}$/)),
	title: oneLine(80).check(z.minLength(1)),
	note: z.string().check(z.maxLength(500)),
	className: oneLine(60),
	due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
	lessons: z.array(lessonId()).check(z.minLength(1), z.maxLength(12)),
	mastery: z.optional(z.number().check(z.gte(0.5), z.lte(1))),
	secret: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
	created: time()
});

const report = z.object({
	assignmentId: z.string().check(z.regex(/^[A-Za-z0-9_-]{12}$/)),
	student: oneLine(40).check(z.minLength(1)),
	made: time(),
	lessons: z
		.array(
			z.object({
				id: lessonId(),
				status: z.enum(['not-started', 'in-progress', 'completed', 'mastered']),
				seconds: z.int().check(z.gte(0), z.lte(1e7)),
				// A report received as a version 1 code has firstTry; from version 2, questions.
				firstTry: z.optional(z.array(z.nullable(z.boolean())).check(z.maxLength(40))),
				questions: z.optional(
					z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60)), z.boolean())
				)
			})
		)
		.check(z.minLength(1), z.maxLength(12))
});

const learner = { profileId: id() };

export const backupDataSchema = z.object({
	profiles: z
		.array(z.object({ id: id(), name: text(40), avatar: text(16), color: text(32), createdAt: time() }))
		.check(z.minLength(1)),
	attempts: z.array(
		z.object({
			...learner,
			lessonId: lessonId(),
			questionId: id(),
			runId: id(),
			answer: answerSchema,
			correct: z.boolean(),
			firstTry: z.boolean(),
			hintsUsed: z.int().check(z.gte(0), z.lte(100)),
			ms: duration(),
			at: time(),
			variant: z.optional(z.int().check(z.gte(0), z.lte(100))),
			bank: z.optional(id())
		})
	),
	lessonProgress: z.array(
		z.object({
			...learner,
			lessonId: lessonId(),
			step: z.int().check(z.gte(0), z.lte(100)),
			run: z.optional(run),
			best: z.optional(z.object({ score: z.number().check(z.gte(0), z.lte(1)), mastered: z.boolean(), at: time() })),
			openedAt: time(),
			updatedAt: time(),
			timeMs: z.optional(duration()),
			predictions: z.optional(z.record(lessonId(), index().check(z.gte(0), z.lte(10))))
		})
	),
	reviewCards: z.array(z.object({ ...learner, lessonId: lessonId(), questionId: id(), card })),
	dailyActivity: z.array(
		z.object({
			...learner,
			day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
			answers: count(),
			correct: count(),
			ms: duration()
		})
	),
	assignments: z.array(z.object({ ...learner, id: id(), assignment, receivedAt: time() })),
	classes: z.array(z.object({ id: id(), name: text(60), createdAt: time() })),
	teacherAssignments: z.array(z.object({ id: id(), classId: id(), assignment })),
	reports: z.array(z.object({ key: text(300), assignmentId: id(), report, receivedAt: time() }))
});
