/*
 * Lesson HTML as plain text, for labels such as aria-label and <option> that take no markup.
 * The HTML comes from the build's sanitizer, which writes only a few named entities (&amp; &lt;
 * &gt; &quot; &nbsp;) and numeric ones (&#39;): those are decoded, so a label reads "it's", not
 * "it&#39;s".
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
	});
}

export function plainText(html: string): string {
	return decodeEntities(html.replace(/<[^>]+>/g, ''));
}
