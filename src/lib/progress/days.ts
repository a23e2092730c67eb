/* Calendar days in the learner's own time zone: "2026-11-25". */

export function dayOf(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day before a day string. */
export function previousDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return dayOf(new Date(y, m - 1, d - 1, 12).getTime());
}

/** Consecutive active days ending today, or yesterday (a streak is not lost before the day ends). */
export function currentStreak(activeDays: Iterable<string>, today: string): number {
	const days = new Set(activeDays);
	let day = days.has(today) ? today : previousDay(today);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = previousDay(day);
	}
	return streak;
}

/** The longest run of consecutive active days. */
export function longestStreak(activeDays: Iterable<string>): number {
	const days = new Set(activeDays);
	let best = 0;
	for (const day of days) {
		if (days.has(previousDay(day))) continue; // not the start of a run
		let length = 0;
		let d = day;
		while (days.has(d)) {
			length++;
			const [y, m, dd] = d.split('-').map(Number);
			d = dayOf(new Date(y, m - 1, dd + 1, 12).getTime());
		}
		best = Math.max(best, length);
	}
	return best;
}

/**
 * The days of the last `weeks` weeks up to today, placed on a grid: one column a week starting on
 * Monday, one row a weekday.
 */
export function calendarGrid(today: string, weeks: number): { day: string; column: number; row: number }[] {
	const [y, m, d] = today.split('-').map(Number);
	const end = new Date(y, m - 1, d, 12);
	const mondayIndex = (date: Date) => (date.getDay() + 6) % 7;
	const start = new Date(y, m - 1, d - ((weeks - 1) * 7 + mondayIndex(end)), 12);
	const cells: { day: string; column: number; row: number }[] = [];
	for (let i = 0; ; i++) {
		const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 12);
		if (date > end) break;
		cells.push({ day: dayOf(date.getTime()), column: Math.floor(i / 7), row: mondayIndex(date) });
	}
	return cells;
}
