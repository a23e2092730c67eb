// Lesson diagrams ship rebuilt from an allow-list: the attacks an independent tester used, and
// the ordinary diagram that must come through whole.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanSvg } from '../../../src/lib/server/clean-svg';

const wrap = (inner: string, attrs = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" ${attrs}><title>T</title><desc>D</desc>${inner}</svg>`;

/** Every element name and attribute in the shipped file, to assert nothing dangerous is left. */
function inventory(svg: string) {
	const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
	const all = [doc.documentElement, ...doc.documentElement.querySelectorAll('*')];
	return {
		elements: all.map((e) => e.localName),
		attributes: all.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`))
	};
}

describe('cleanSvg', () => {
	it('keeps an ordinary diagram whole: viewBox, markers, local references, text', () => {
		const source = wrap(
			'<defs><marker id="m" viewBox="0 0 10 10" refX="5" refY="5" orient="auto"><path d="M0 0L10 5L0 10z" fill="#c0392b"/></marker>' +
				'<linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
				'<line x1="0" y1="0" x2="50" y2="0" stroke="url(#g)" marker-end="url(#m)"/><use href="#m" x="3"/>' +
				'<text x="5" y="40" font-family="sans-serif" text-anchor="middle">水 &amp; water</text>',
			'width="100" height="50"'
		);
		const { svg, problems } = cleanSvg(source);
		expect(problems).toEqual([]);
		const { elements, attributes } = inventory(svg!);
		expect(elements).toEqual([
			'svg',
			'title',
			'desc',
			'defs',
			'marker',
			'path',
			'linearGradient',
			'stop',
			'line',
			'use',
			'text'
		]);
		expect(attributes).toEqual(expect.arrayContaining(['viewBox=0 0 100 50', 'marker-end=url(#m)', 'href=#m']));
		expect(svg).toContain('水 &amp; water');
	});

	const attacks: [string, string, RegExp][] = [
		[
			'a script in another prefix of the SVG namespace',
			'<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>',
			/<script>/
		],
		['an XHTML script', '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>', /<script>/],
		['an entity-encoded javascript: link', '<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>', /links|href/],
		['an entity-encoded javascript: href on use', '<use href="&#106;avascript:alert(1)"/>', /href/],
		['CSS @import in a style element', '<style>@import url(https://evil.example/x.css);</style>', /<style>/],
		['url() to another site in a style attribute', '<rect style="fill:url(https://evil.example/a)"/>', /style/],
		['url() to another site in a paint attribute', '<rect fill="url(https://evil.example/b)"/>', /elsewhere/],
		['an external image', '<image href="https://evil.example/i.png"/>', /<image>/],
		['an event attribute', '<rect onload="alert(1)" width="5"/>', /on…=/],
		[
			'a foreign object',
			'<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
			/foreignObject/
		],
		['an animation that rewrites an href', '<set attributeName="href" to="javascript:alert(1)"/>', /animate/]
	];
	for (const [name, inner, message] of attacks) {
		it(`refuses ${name}, and the shipped file has none of it`, () => {
			const { svg, problems } = cleanSvg(wrap(inner));
			expect(problems.join('\n')).toMatch(message);
			const { elements, attributes } = inventory(svg!);
			expect(elements).not.toEqual(expect.arrayContaining(['script']));
			for (const bad of ['script', 'style', 'a', 'image', 'foreignObject', 'set']) expect(elements).not.toContain(bad);
			expect(attributes.join(' ')).not.toMatch(/javascript|evil\.example|onload|style=/i);
		});
	}

	it('refuses a DOCTYPE (entity expansion) and files that are not SVG or not XML', () => {
		expect(cleanSvg('<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + wrap('&a;')).problems[0]).toMatch(/DOCTYPE/);
		expect(cleanSvg('<html><body>x</body></html>').problems[0]).toMatch(/not an SVG|XML/);
		expect(cleanSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>').problems[0]).toMatch(/XML/);
	});

	it('asks for a title, a description and a viewBox', () => {
		const { problems } = cleanSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
		expect(problems).toEqual([
			'needs a <title> for screen readers',
			'needs a <desc> describing the picture',
			'needs a viewBox so it scales to the screen'
		]);
	});

	it('drops editor metadata and comments quietly', () => {
		const { svg, problems } = cleanSvg(
			wrap(
				'<!-- made by hand --><metadata>x</metadata><sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><rect width="5" class="k"/>'
			)
		);
		expect(problems).toEqual([]);
		expect(svg).not.toMatch(/metadata|sodipodi|made by hand|class=/);
	});
});
