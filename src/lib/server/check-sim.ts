/*
 * A lesson's use of a simulation, checked against the sim itself: the sim exists, every starting
 * value is a setting of the right kind within its range and step, locked names are settings, and a
 * goal asks only about the sim's measures, is not met at the start and can be met by moving the
 * unlocked controls. `report(path, message)` locates each problem.
 */
import { SIMS } from '../sims/catalog';
import { meetsGoal, simRoom, startState, type GoalCondition, type SimModel, type SimState } from '../sims/types';
import type { SimRoom } from '../content/types';

type Report = (path: (string | number)[], message: string) => void;

/** Past this many combinations of settings the reachability search is skipped (it stays < 0.2 s). */
const MAX_SEARCH = 200_000;

export function checkSimUse(
	use: { sim: string; start: SimState; locked: string[]; goal?: GoalCondition[] },
	report: Report
): { model: SimModel; start: SimState; room: SimRoom } | undefined {
	const model = SIMS[use.sim];
	if (!model) {
		report(['sim'], `unknown simulation "${use.sim}"; there are ${Object.keys(SIMS).sort().join(', ')}`);
		return undefined;
	}
	const names = Object.keys(model.params);
	let ok = true;
	for (const [name, value] of Object.entries(use.start)) {
		const spec = model.params[name];
		const fail = (message: string) => {
			report(['start', name], message);
			ok = false;
		};
		if (!spec) fail(`"${name}" is not a setting of ${use.sim}; its settings are ${names.join(', ')}`);
		else if (spec.kind === 'number') {
			if (typeof value !== 'number') fail(`"${name}" takes a number`);
			else if (value < spec.min || value > spec.max)
				fail(`"${name}" ${value} is out of range (${spec.min}–${spec.max})`);
			else if (Math.abs(Math.round((value - spec.min) / spec.step) * spec.step - (value - spec.min)) > 1e-9)
				fail(`"${name}" ${value} is not on the slider's steps of ${spec.step} from ${spec.min}`);
		} else if (spec.kind === 'choice') {
			if (typeof value !== 'string' || !spec.options.includes(value))
				fail(`"${name}" is one of ${spec.options.join(', ')}`);
		} else if (typeof value !== 'boolean') fail(`"${name}" is true or false`);
	}
	use.locked.forEach((name, i) => {
		if (!model.params[name]) {
			report(['locked', i], `"${name}" is not a setting of ${use.sim}`);
			ok = false;
		}
	});
	if (!ok) return undefined;
	const start = startState(model, use.start);
	const room = simRoom(model);

	if (use.goal) {
		use.goal.forEach((c, i) => {
			const spec = model.measures[c.measure];
			if (!spec) {
				report(
					['goal', i, 'measure'],
					`"${c.measure}" is not a measure of ${use.sim}; it has ${Object.keys(model.measures).join(', ')}`
				);
				ok = false;
			} else if (
				spec.kind === 'boolean' &&
				(typeof c.equals !== 'boolean' || c.min !== undefined || c.max !== undefined)
			) {
				report(['goal', i], `"${c.measure}" is true or false: write "equals: true" or "equals: false"`);
				ok = false;
			} else if (spec.kind === 'number' && typeof c.equals === 'boolean') {
				report(['goal', i, 'equals'], `"${c.measure}" is a number`);
				ok = false;
			}
		});
		if (!ok) return undefined;
		if (meetsGoal(model, start, use.goal))
			report(['goal'], 'the goal is already met at the start: the learner would have nothing to do');
		else if (solveGoal(model, start, use.locked, use.goal) === null)
			report(['goal'], 'no setting of the unlocked controls meets the goal');
	}
	return { model, start, room };
}

/**
 * A setting of the free controls that meets the goal (the first found), null when none does, and
 * undefined when there are too many settings to try them all.
 */
export function solveGoal(
	model: SimModel,
	start: SimState,
	locked: readonly string[],
	goal: readonly GoalCondition[]
): SimState | null | undefined {
	const free = Object.entries(model.params).filter(([name]) => !locked.includes(name));
	const choices = free.map(([name, spec]) => {
		if (spec.kind === 'boolean') return [name, [false, true]] as const;
		if (spec.kind === 'choice') return [name, [...spec.options]] as const;
		const n = Math.round((spec.max - spec.min) / spec.step);
		return [name, Array.from({ length: n + 1 }, (_, i) => Number((spec.min + i * spec.step).toFixed(6)))] as const;
	});
	if (choices.reduce((n, [, values]) => n * values.length, 1) > MAX_SEARCH) return undefined;
	const state = { ...start };
	const search = (i: number): boolean => {
		if (i === choices.length) return meetsGoal(model, state, goal);
		const [name, values] = choices[i];
		for (const v of values) {
			state[name] = v;
			if (search(i + 1)) return true;
		}
		return false;
	};
	return search(0) ? state : null;
}
