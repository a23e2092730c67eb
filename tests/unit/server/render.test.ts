import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/lib/server/render';

const render = createRenderer({ image: (src) => `/img/${src}`, link: (href) => href.replace(/^lesson:/, '/lessons/') });

describe('Markdown rendering', () => {
	it('renders TeX as MathML without leaving the TeX source on the page', () => {
		const html = render.block('距离 $d = vt$\n\n$$\\text{distance} \\approx 340 \\times t$$\n');
		expect(html).toContain('<math');
		expect(html).toContain('<mi>d</mi>');
		expect(html).not.toContain('\\text');
		expect(html).not.toContain('\\approx');
		expect(html).not.toContain('vt$');
	});

	it('keeps MathML’s presentation words: \\mathrm stays upright, \\dfrac stays large', () => {
		const html = render.inline('$\\mathrm{CO_2}$ and $\\dfrac{1}{2}$');
		expect(html).toMatch(/<mi mathvariant="normal">C<\/mi>/);
		expect(html).toContain('displaystyle="true"');
		// Addresses are still checked: a script URL is dropped wherever it appears.
		expect(render.inline('[x](javascript:alert(1))')).not.toContain('javascript:');
	});

	it('makes ** bold next to Chinese punctuation', () => {
		expect(render.inline('这叫**蒸发。**水变成了水蒸气')).toBe('这叫<strong>蒸发。</strong>水变成了水蒸气');
		expect(render.inline('**“惯性”**是')).toBe('<strong>“惯性”</strong>是');
		expect(render.inline('plain **bold** and *em*')).toBe('plain <strong>bold</strong> and <em>em</em>');
	});

	it('resolves lesson links and images', () => {
		const html = render.block('[a](lesson:cells) ![pic](x.svg) [b](https://who.int)');
		expect(html).toContain('href="/lessons/cells"');
		expect(html).toContain('src="/img/x.svg"');
		expect(html).toMatch(/<a href="https:\/\/who.int" target="_blank" rel="noopener noreferrer">b<\/a>/);
	});
});
