/*
 * Lesson diagrams are original SVG: readable by screen readers (<title>, <desc>) and inert
 * (no scripts, no event handlers, nothing fetched from elsewhere).
 */
export function checkSvg(svg: string): string[] {
	const problems: string[] = [];
	if (!/<svg[\s>]/i.test(svg)) problems.push('is not an SVG file');
	if (!/<title[\s>][\s\S]*?\S[\s\S]*?<\/title>/i.test(svg)) problems.push('needs a <title> for screen readers');
	if (!/<desc[\s>][\s\S]*?\S[\s\S]*?<\/desc>/i.test(svg)) problems.push('needs a <desc> describing the picture');
	if (!/viewBox=/i.test(svg)) problems.push('needs a viewBox so it scales to the screen');
	if (/<script[\s>]/i.test(svg)) problems.push('must not contain <script>');
	if (/\son[a-z]+\s*=/i.test(svg)) problems.push('must not contain on…= event attributes');
	if (/(?:href|src)\s*=\s*["']\s*(?:https?:|\/\/|javascript:)/i.test(svg))
		problems.push('must not load anything from elsewhere');
	if (/<foreignObject[\s>]/i.test(svg)) problems.push('must not contain <foreignObject>');
	return problems;
}
