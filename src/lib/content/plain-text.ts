/** Lesson HTML as plain text, for labels such as aria-label and <option> that take no markup. */
export function plainText(html: string): string {
	return html.replace(/<[^>]+>/g, '');
}
