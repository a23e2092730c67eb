/*
 * Markdown to safe HTML, at build time only. One configured Marked instance: TeX becomes MathML
 * (no maths code in the browser), `lesson:` links and image paths are resolved by the caller,
 * and every string that leaves here has been through DOMPurify.
 */
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import katex from 'katex';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

export interface LinkResolver {
	/** Maps an image path written in the lesson to the URL the page uses. */
	image(src: string): string;
	/** Maps a link target; `lesson:<id>` becomes the lesson's page. */
	link(href: string): string;
}

const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
purify.addHook('afterSanitizeAttributes', (node) => {
	// External links open outside the app and tell the other site nothing.
	if (node.tagName === 'A' && /^https?:/.test(node.getAttribute('href') ?? '')) {
		node.setAttribute('target', '_blank');
		node.setAttribute('rel', 'noopener noreferrer');
	}
	// A formula wider than the phone scrolls sideways in its own box: a keyboard must reach it too.
	if (node.tagName === 'DIV' && node.classList.contains('math-block')) node.setAttribute('tabindex', '0');
	if (node.tagName === 'IMG') {
		node.setAttribute('loading', 'lazy');
		node.setAttribute('decoding', 'async');
	}
});

/*
 * MathML's presentation attributes hold words, not addresses: without this list the URI rule
 * below (which DOMPurify applies to every attribute it does not know to be URI-safe) strips
 * mathvariant="normal" and the like, and \mathrm{CO_2} shows in italics.
 */
const MATHML_WORDS = [
	'mathvariant',
	'displaystyle',
	'scriptlevel',
	'stretchy',
	'fence',
	'separator',
	'lspace',
	'rspace',
	'minsize',
	'maxsize',
	'movablelimits',
	'accent',
	'accentunder',
	'linethickness',
	'columnalign',
	'rowspacing',
	'columnspacing',
	'width',
	'height',
	'depth',
	'voffset'
];

export function sanitize(html: string): string {
	return purify.sanitize(html, {
		USE_PROFILES: { html: true, mathMl: true },
		ADD_ATTR: ['target'],
		ADD_URI_SAFE_ATTR: MATHML_WORDS,
		FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'],
		ALLOWED_URI_REGEXP: /^(?:https?:|\/|\.{0,2}\/|#)/i
	});
}

function tex(source: string, displayMode: boolean): string {
	const mathml = katex.renderToString(source, { displayMode, output: 'mathml', throwOnError: true });
	// KaTeX keeps the TeX source in an <annotation>; the sanitizer drops <semantics> and
	// <annotation> but would keep their text, showing raw TeX on the page. Take it out first.
	return mathml.replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '');
}

/*
 * CommonMark does not open or close ** next to CJK punctuation ("**水。**在"), so Chinese
 * authors would see stray asterisks. This looser rule runs first: ** … ** with no * inside.
 */
const cjkFriendlyStrong: MarkedExtension = {
	extensions: [
		{
			name: 'looseStrong',
			level: 'inline',
			start: (src) => src.indexOf('**'),
			tokenizer(src) {
				const m = /^\*\*(?=\S)([^*\n]*?\S)\*\*/.exec(src);
				if (m) return { type: 'looseStrong', raw: m[0], text: m[1], tokens: this.lexer.inlineTokens(m[1]) };
			},
			renderer(token) {
				return `<strong>${this.parser.parseInline(token.tokens ?? [])}</strong>`;
			}
		}
	]
};

const math: MarkedExtension = {
	extensions: [
		{
			name: 'blockMath',
			level: 'block',
			start: (src) => src.indexOf('$$'),
			tokenizer(src) {
				const m = /^\$\$([\s\S]+?)\$\$(?:\n|$)/.exec(src);
				if (m) return { type: 'blockMath', raw: m[0], text: m[1].trim() };
			},
			renderer: (token) => `<div class="math-block">${tex(token.text as string, true)}</div>\n`
		},
		{
			name: 'inlineMath',
			level: 'inline',
			start: (src) => src.indexOf('$'),
			tokenizer(src) {
				const m = /^\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
				if (m) return { type: 'inlineMath', raw: m[0], text: m[1] };
			},
			renderer: (token) => tex(token.text as string, false)
		}
	]
};

/** A Markdown renderer bound to one lesson's link and image resolution. */
export function createRenderer(resolve: LinkResolver) {
	const marked = new Marked({ gfm: true, breaks: false, async: false }, math, cjkFriendlyStrong, {
		renderer: {
			image({ href, title, text }: Tokens.Image) {
				const t = title ? ` title="${escapeAttr(title)}"` : '';
				return `<img src="${escapeAttr(resolve.image(href))}" alt="${escapeAttr(text)}"${t}>`;
			},
			link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link) {
				const t = title ? ` title="${escapeAttr(title)}"` : '';
				return `<a href="${escapeAttr(resolve.link(href))}"${t}>${this.parser.parseInline(tokens)}</a>`;
			},
			// Authors write Markdown; raw HTML is dropped rather than trusted.
			html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text)
		}
	});
	return {
		block: (markdown: string) => sanitize(marked.parse(markdown) as string),
		inline: (markdown: string) => sanitize(marked.parseInline(markdown) as string)
	};
}

export type Renderer = ReturnType<typeof createRenderer>;

export function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
	return escapeHtml(s).replace(/"/g, '&quot;');
}
