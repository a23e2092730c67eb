/*
 * How typed answers are compared: full-width and half-width forms are the same (NFKC turns
 * "９.８" into "9.8" and "℃" into "°C"), case and spaces do not matter, and a trailing full stop
 * is not part of the answer.
 */

export function normalizeText(s: string): string {
	return s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/[.。!！?？,，;；、]+$/u, '');
}

export type ParsedNumber = { ok: true; value: number; unit: string } | { ok: false; reason: 'empty' | 'not-a-number' };

/**
 * Reads a number and what follows it as the unit. Accepts "9.8", "9,8" (decimal comma),
 * "９．８", "−3" (the minus sign), "1,000" and "1 000" (thousands), "3e8" and "3×10^8".
 */
export function parseNumber(input: string): ParsedNumber {
	let s = input
		.normalize('NFKC')
		.trim()
		.replace(/[\u2212\u2012\u2013]/g, '-')
		.replace(/。/g, '.');
	if (!s) return { ok: false, reason: 'empty' };
	// "3×10^8" / "3x10^8" / "3*10^8" → "3e8"
	s = s.replace(/^([-+]?\d+(?:[.,]\d+)?)\s*[×x*]\s*10\s*\^\s*([-+]?\d+)/i, '$1e$2');
	const m = /^([-+]?(?:\d{1,3}(?:[ ,]\d{3})+|\d+)?(?:[.,]\d+)?(?:e[-+]?\d+)?)\s*(.*)$/i.exec(s);
	if (!m || !m[1] || !/\d/.test(m[1])) return { ok: false, reason: 'not-a-number' };
	let digits = m[1];
	if (/^[-+]?\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(digits) && !/^[-+]?\d{1,3},\d{3}$/.test(digits)) {
		digits = digits.replace(/[ ,]/g, ''); // 1 000 000 or 1,000,000.5
	} else if (/^[-+]?\d{1,3},\d{3}$/.test(digits)) {
		digits = digits.replace(',', ''); // "1,000" reads as one thousand
	} else {
		digits = digits.replace(',', '.'); // "9,8" reads as 9.8
	}
	const value = Number(digits);
	if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
	return { ok: true, value, unit: m[2].trim() };
}

/** A unit as compared: NFKC (so "cm⁻¹" is "cm−1"), every minus sign a hyphen, no case or spaces. */
export function normalizeUnit(unit: string): string {
	return unit
		.normalize('NFKC')
		.replace(/[\u2212\u2012\u2013]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, '');
}
