/*
 * CSV that spreadsheets open correctly: a UTF-8 byte-order mark so that Excel reads Chinese names
 * as Chinese, CRLF line ends, quotes where needed, and no cell a spreadsheet would run as a formula.
 */

function cell(value: string | number): string {
	let text = String(value);
	// A name typed as "=1+1" or "@cmd" must stay text (CSV injection).
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number)[][]): string {
	return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
