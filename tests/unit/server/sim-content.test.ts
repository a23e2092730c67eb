// The :::sim block and the sim question: checked against the sim itself, located at file:line.
import { describe, expect, it } from 'vitest';
import { loadEdited, lineOf, ZH, EN, type FixtureEdit } from './fixture-library';
import { grade } from '../../../src/lib/quiz/grade';
import { SIMS } from '../../../src/lib/sims/catalog';
import { SIM_MARK } from '../../../src/lib/content/types';

const BLOCK = `:::sim
sim: lever
id: guess
start: { leftCoins: 2, leftMark: 2, rightCoins: 1, rightMark: 1 }
locked: [leftCoins, leftMark]
caption: Move the *right* coin.
predict:
  prompt: Where?
  choices: [Mark 2, Mark 4]
  answer: 1
  explain: 2 × 2 = 1 × 4.
:::
`;
const QUESTION = `- id: q-sim
  type: sim
  sim: lever
  start: { leftCoins: 3, leftMark: 2, rightCoins: 1, rightMark: 1 }
  locked: [leftCoins, leftMark]
  goal:
    - { measure: balanced, equals: true }
  prompt: Balance it.
  hints: [3 × 2 = 6.]
  explanation: Both sides make 6.
`;

/** The fixture with a sim block in its second section and a sim question first in its quiz. */
function withSims(change: (block: string, question: string) => [string, string] = (b, q) => [b, q]) {
	return (files: FixtureEdit) => {
		const [block, question] = change(BLOCK, QUESTION);
		for (const file of [ZH, EN]) {
			files.replace(file, /^:::experiment$/m, `${block}\n:::experiment`);
			files.replace(file, /^:::quiz\n/m, `:::quiz\n${question}`);
		}
	};
}

/** Problems after an edit, and the line in the Chinese file where `text` is. */
function problemsWith(change: (block: string, question: string) => [string, string]) {
	let content = '';
	const { problems } = loadEdited((files) => {
		withSims(change)(files);
		content = files.read(ZH);
	});
	return { problems, at: (text: string) => `${ZH}:${lineOf(content, text)}` };
}

describe('a lesson with a sim', () => {
	const { library, problems } = loadEdited(withSims());
	const shadows = library?.lessons.find((l) => l.id === 'shadows');

	it('puts the sim in its section, its place marked in the HTML', () => {
		expect(problems).toEqual([]);
		const section = shadows!.text.en.sections[1];
		expect(section.html).toMatch(SIM_MARK);
		expect(section.sims).toEqual([
			{
				sim: 'lever',
				id: 'guess',
				start: { leftCoins: 2, leftMark: 2, rightCoins: 1, rightMark: 1 },
				locked: ['leftCoins', 'leftMark'],
				caption: 'Move the <em>right</em> coin.',
				predict: { prompt: 'Where?', choices: ['Mark 2', 'Mark 4'], answer: 1, explain: '2 × 2 = 1 × 4.' },
				room: { aspect: 0.4688, controls: 17.6 }
			}
		]);
	});

	it('grades the sim question with the sim: balanced is right, anything else wrong', () => {
		const q = shadows!.text.en.quiz[0];
		expect(q.type).toBe('sim');
		const lever = SIMS.lever;
		const answer = (rightCoins: number, rightMark: number) =>
			({ type: 'sim', state: { leftCoins: 3, leftMark: 2, rightCoins, rightMark } }) as const;
		expect(grade(q, answer(2, 3), lever).status).toBe('correct');
		expect(grade(q, answer(6, 1), lever).status).toBe('correct');
		expect(grade(q, answer(2, 2), lever).status).toBe('wrong');
		// A locked setting changed in a stored answer does not count: the lesson's value does.
		expect(
			grade(q, { type: 'sim', state: { leftCoins: 1, leftMark: 1, rightCoins: 1, rightMark: 1 } }, lever).status
		).toBe('wrong');
		// Without its model (not loaded), a sim answer cannot be graded.
		expect(grade(q, answer(2, 3)).status).toBe('invalid');
	});
});

describe('a sim block or question is refused, at its line, when', () => {
	it('names a sim that does not exist', () => {
		const { problems, at } = problemsWith((b, q) => [b.replace('sim: lever', 'sim: levr'), q]);
		expect(problems).toContainEqual(expect.stringContaining(`${at('sim: levr')}: :::sim: unknown simulation "levr"`));
	});

	it('sets a value out of range, off the steps, of the wrong kind, or a setting the sim lacks', () => {
		const { problems, at } = problemsWith((b, q) => [
			b.replace('leftCoins: 2, leftMark: 2', 'leftCoins: 9, leftMark: 2.5, weight: 1'),
			q.replace('rightMark: 1 }', 'rightMark: "far" }')
		]);
		const line = at('leftCoins: 9');
		expect(problems).toContainEqual(expect.stringContaining(`${line}: :::sim: "leftCoins" 9 is out of range (0–6)`));
		expect(problems).toContainEqual(
			expect.stringContaining(`${line}: :::sim: "leftMark" 2.5 is not on the slider's steps`)
		);
		expect(problems).toContainEqual(expect.stringContaining(`${line}: :::sim: "weight" is not a setting of lever`));
		expect(problems).toContainEqual(expect.stringContaining('"rightMark" takes a number'));
	});

	it('asks for a prediction with no id to save it under', () => {
		const { problems, at } = problemsWith((b, q) => [b.replace('id: guess\n', ''), q]);
		expect(problems).toContainEqual(expect.stringContaining(`${ZH}:`));
		expect(problems.join('\n')).toContain('needs an "id" to save it under');
		expect(problems.join('\n')).toContain(at('sim: lever'));
	});

	it('has a goal already met at the start, or one no setting can meet', () => {
		const met = problemsWith((b, q) => [
			b,
			q.replace('rightCoins: 1, rightMark: 1 }', 'rightCoins: 2, rightMark: 3 }')
		]);
		expect(met.problems.join('\n')).toContain('the goal is already met at the start');
		const never = problemsWith((b, q) => [
			b,
			q
				.replace('locked: [leftCoins, leftMark]\n  goal', 'locked: [leftCoins, leftMark, rightCoins]\n  goal')
				.replace('leftCoins: 3, leftMark: 2, rightCoins: 1', 'leftCoins: 3, leftMark: 2, rightCoins: 4')
		]);
		expect(never.problems.join('\n')).toContain('no setting of the unlocked controls meets the goal');
	});

	it('asks about a measure the sim does not have, or a yes/no measure with a number', () => {
		const { problems, at } = problemsWith((b, q) => [
			b,
			q.replace(
				'{ measure: balanced, equals: true }',
				'{ measure: level, equals: true }\n    - { measure: balanced, min: 1 }'
			)
		]);
		expect(problems).toContainEqual(
			expect.stringContaining(`${at('measure: level')}: quiz question 1 "q-sim": "level" is not a measure of lever`)
		);
		expect(problems.join('\n')).toContain('"balanced" is true or false');
	});

	it('differs between the languages', () => {
		const { problems } = loadEdited((files) => {
			withSims()(files);
			files.replace(EN, 'rightCoins: 1, rightMark: 1 }\nlocked', 'rightCoins: 2, rightMark: 1 }\nlocked');
		});
		expect(problems.join('\n')).toMatch(/en\.md:\d+: the :::sim blocks .* differ from/);
	});
});
