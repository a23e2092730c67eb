/*
 * Lesson diagrams are inert by construction. Each SVG is parsed as XML (so entities are decoded
 * before anything is judged), checked, and rebuilt from an allow-list of SVG elements and
 * attributes: what ships is the rebuilt file, never the author's bytes.
 *
 * Anything that could run, style or fetch (a script in any namespace, <style>, style="…", on…=,
 * <foreignObject>, <image>, links, a reference or url() that leaves the file) is an error, so the
 * author hears of it; harmless extras (editor metadata, comments) are dropped quietly.
 *
 * Written against the XML DOM rather than with DOMPurify's SVG profile: parsing SVG as XML,
 * DOMPurify drops `viewBox` (every diagram would lose its scaling) and keeps `fill="url(https:…)"`.
 */
import { JSDOM } from 'jsdom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENTS = new Set(
	(
		'svg g defs title desc path rect circle ellipse line polyline polygon text tspan marker ' +
		'linearGradient radialGradient stop clipPath mask pattern symbol use'
	).split(' ')
);

const ATTRIBUTES = new Set(
	(
		'id viewBox width height x y x1 y1 x2 y2 cx cy r rx ry fx fy d points transform dx dy rotate ' +
		'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-dasharray stroke-dashoffset ' +
		'stroke-linecap stroke-linejoin stroke-miterlimit opacity color visibility display paint-order ' +
		'vector-effect font-family font-size font-weight font-style text-anchor dominant-baseline ' +
		'alignment-baseline baseline-shift letter-spacing word-spacing text-decoration writing-mode ' +
		'textLength lengthAdjust marker-start marker-mid marker-end markerWidth markerHeight markerUnits ' +
		'refX refY orient preserveAspectRatio offset stop-color stop-opacity gradientUnits ' +
		'gradientTransform spreadMethod clip-path clip-rule clipPathUnits mask maskUnits ' +
		'maskContentUnits patternUnits patternContentUnits patternTransform href role aria-label ' +
		'aria-hidden lang version'
	).split(' ')
);

/** Elements and attributes that are an attack or a mistake, with what to tell the author. */
const REFUSED_ELEMENTS: Record<string, string> = {
	script: 'must not contain <script>',
	style: 'must not contain <style>: use presentation attributes (fill="…", stroke="…")',
	foreignObject: 'must not contain <foreignObject>',
	image: 'must not embed <image>: draw the picture in SVG',
	a: 'must not contain links',
	iframe: 'must not contain <iframe>',
	animate: 'must not animate',
	set: 'must not animate',
	animateTransform: 'must not animate',
	animateMotion: 'must not animate',
	handler: 'must not contain event handlers',
	listener: 'must not contain event handlers'
};

/** A url(…) or href that stays inside the file: `#id`. */
const LOCAL_URL = /^url\(\s*(['"]?)#[\w.-]+\1\s*\)$/;

export interface CleanedSvg {
	/** The rebuilt file, or undefined when it could not be read at all. */
	svg?: string;
	problems: string[];
}

export function cleanSvg(source: string): CleanedSvg {
	if (/<!DOCTYPE|<!ENTITY/i.test(source)) return { problems: ['must not have a DOCTYPE or entity declarations'] };
	let document: Document;
	try {
		document = new JSDOM(source, { contentType: 'image/svg+xml' }).window.document;
	} catch (e) {
		return { problems: [`is not well-formed XML (${(e as Error).message.split('\n')[0]})`] };
	}
	const root = document.documentElement;
	if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') return { problems: ['is not an SVG file'] };

	const problems = new Set<string>();
	clean(root, problems);

	const text = (name: string) => root.getElementsByTagNameNS(SVG_NS, name)[0]?.textContent?.trim();
	if (!text('title')) problems.add('needs a <title> for screen readers');
	if (!text('desc')) problems.add('needs a <desc> describing the picture');
	if (!root.hasAttribute('viewBox')) problems.add('needs a viewBox so it scales to the screen');

	const serializer = new document.defaultView!.XMLSerializer();
	return { svg: serializer.serializeToString(root) + '\n', problems: [...problems] };
}

/** What is wrong with an attribute, judged on its decoded value; undefined when nothing is. */
function attributeProblem({ localName, namespaceURI, value }: Attr): string | undefined {
	const v = value.trim();
	if (/^on/i.test(localName)) return 'must not contain on…= event attributes';
	if (localName === 'style') return 'must not use style="…": use presentation attributes';
	if ((localName === 'href' || namespaceURI === XLINK_NS) && !/^#[\w.-]+$/.test(v))
		return 'must not refer to anything outside the file (href)';
	if (/url\s*\(/i.test(v) && !LOCAL_URL.test(v))
		return 'must not load anything from elsewhere (url(…) outside the file)';
	if (/javascript:|data:/i.test(v)) return 'must not contain javascript: or data: addresses';
	return undefined;
}

function clean(element: Element, problems: Set<string>): void {
	for (const attribute of [...element.attributes]) {
		const problem = attributeProblem(attribute);
		if (problem) problems.add(problem);
		const { localName, namespaceURI } = attribute;
		const known =
			(namespaceURI === null && ATTRIBUTES.has(localName)) ||
			(namespaceURI === XLINK_NS && localName === 'href') ||
			(namespaceURI === XML_NS && (localName === 'lang' || localName === 'space'));
		if (problem || !known) element.removeAttributeNode(attribute);
	}
	for (const child of [...element.childNodes]) {
		if (child.nodeType === 3 /* text */) continue;
		if (child.nodeType !== 1 /* element */) {
			child.remove(); // comments, processing instructions, CDATA
			continue;
		}
		const el = child as Element;
		const refused = REFUSED_ELEMENTS[el.localName];
		if (refused) problems.add(refused);
		if (refused || el.namespaceURI !== SVG_NS || !ELEMENTS.has(el.localName)) {
			if (el.namespaceURI === SVG_NS && !refused && !ELEMENTS.has(el.localName) && el.localName !== 'metadata')
				problems.add(`<${el.localName}> is not among the elements a lesson diagram may use`);
			el.remove();
			continue;
		}
		clean(el, problems);
	}
}
