import { describe, expect, it } from 'vitest';
import { currentStreak, dayOf, longestStreak, previousDay } from '../../../src/lib/progress/days';

describe('days and streaks', () => {
	it('names local days and steps back across months and years', () => {
		expect(dayOf(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
		expect(previousDay('2026-03-01')).toBe('2026-02-28');
		expect(previousDay('2024-03-01')).toBe('2024-02-29');
		expect(previousDay('2026-01-01')).toBe('2025-12-31');
	});
	it('counts the current streak through today, or through yesterday before today is done', () => {
		const days = ['2026-11-20', '2026-11-22', '2026-11-23', '2026-11-24'];
		expect(currentStreak(days, '2026-11-24')).toBe(3);
		expect(currentStreak(days, '2026-11-25')).toBe(3);
		expect(currentStreak(days, '2026-11-26')).toBe(0);
		expect(currentStreak([], '2026-11-26')).toBe(0);
	});
	it('finds the longest streak', () => {
		expect(longestStreak(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-03'])).toBe(3);
		expect(longestStreak([])).toBe(0);
	});
});

describe('the calendar grid', () => {
	it('ends today, starts on a Monday, and places each day in its weekday row', async () => {
		const { calendarGrid } = await import('../../../src/lib/progress/days');
		const cells = calendarGrid('2026-11-25', 2); // a Wednesday
		expect(cells[0]).toEqual({ day: '2026-11-16', column: 0, row: 0 });
		expect(cells.at(-1)).toEqual({ day: '2026-11-25', column: 1, row: 2 });
		expect(cells).toHaveLength(10);
	});
});
