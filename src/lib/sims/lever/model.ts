/*
 * A ruler balanced on a pencil at its middle, with stacks of equal coins on each side. Each side
 * turns the ruler by (coins × distance from the middle); the side that turns it more goes down.
 * A stiff ruler does not settle at an angle in between: it tips until its end meets the table.
 */
import type { Language } from '../../content/types';
import type { SimModel } from '../types';

export interface LeverState {
	[key: string]: number;
	leftCoins: number;
	/** Distance from the middle in marks (holes) of the ruler, 1–5. */
	leftMark: number;
	rightCoins: number;
	rightMark: number;
}

/** How far the ruler tips, in degrees, when one side wins (the end meets the table). */
export const TIP_DEGREES = 16.5;

export function turning(state: LeverState) {
	return { left: state.leftCoins * state.leftMark, right: state.rightCoins * state.rightMark };
}

/** −1: the left side goes down; 0: level; 1: the right side goes down. */
export function tip(state: LeverState): -1 | 0 | 1 {
	const { left, right } = turning(state);
	return left > right ? -1 : left < right ? 1 : 0;
}

const words: Record<Language, { level: string; left: string; right: string; side: (n: number, m: number) => string }> =
	{
		'zh-CN': {
			level: '尺子保持水平：两边平衡。',
			left: '左边下沉。',
			right: '右边下沉。',
			side: (n, m) => `${n} 枚硬币在第 ${m} 格`
		},
		en: {
			level: 'The ruler stays level: the two sides balance.',
			left: 'The left side goes down.',
			right: 'The right side goes down.',
			side: (n, m) => `${n} coin${n === 1 ? '' : 's'} at mark ${m}`
		}
	};

export const model: SimModel<LeverState> = {
	name: 'lever',
	viewBox: { width: 320, height: 150 },
	title: { 'zh-CN': '杠杆：让尺子平衡', en: 'Lever: balance the ruler' },
	params: {
		leftCoins: { kind: 'number', min: 0, max: 6, step: 1, default: 2 },
		leftMark: { kind: 'number', min: 1, max: 5, step: 1, default: 3 },
		rightCoins: { kind: 'number', min: 0, max: 6, step: 1, default: 1 },
		rightMark: { kind: 'number', min: 1, max: 5, step: 1, default: 3 }
	},
	labels: {
		leftCoins: { 'zh-CN': '左边硬币', en: 'Coins on the left' },
		leftMark: { 'zh-CN': '左边位置（格）', en: 'Left position (mark)' },
		rightCoins: { 'zh-CN': '右边硬币', en: 'Coins on the right' },
		rightMark: { 'zh-CN': '右边位置（格）', en: 'Right position (mark)' }
	},
	measures: {
		balanced: { kind: 'boolean' },
		leftTurning: { kind: 'number' },
		rightTurning: { kind: 'number' },
		tip: { kind: 'number' }
	},
	measure(state) {
		const { left, right } = turning(state);
		return { balanced: left === right, leftTurning: left, rightTurning: right, tip: tip(state) };
	},
	describe(state, language) {
		const w = words[language];
		const sep = language === 'zh-CN' ? '；' : '; ';
		const t = tip(state);
		const outcome = t === 0 ? w.level : t < 0 ? w.left : w.right;
		const sides =
			language === 'zh-CN'
				? `左边 ${w.side(state.leftCoins, state.leftMark)}${sep}右边 ${w.side(state.rightCoins, state.rightMark)}。`
				: `Left: ${w.side(state.leftCoins, state.leftMark)}${sep}right: ${w.side(state.rightCoins, state.rightMark)}. `;
		return sides + outcome;
	}
};
