/*
 * The text after `#` in a link that carries a code (/join#TSA1.…, /teacher/import#TSR1.…).
 * Codes are base64url and need no decoding, but chat apps sometimes percent-encode a link; a
 * broken escape (`#%`, `#%E0%A4%A`) is not an error here: the text is handed on as it is, and the
 * code reader refuses it with its own clear reason.
 */
export function fragmentText(hash: string): string {
	const text = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
