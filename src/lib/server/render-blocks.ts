/*
 * HTML for the :::myth, :::experiment and :::terms blocks, in the lesson's language.
 * Text values have already been checked; `inline` renders and sanitizes each one.
 */
import type { Language } from '../content/types';
import { dictionaries } from '../i18n/dictionaries';
import type { ExperimentBlock, MythBlock, TermsBlock } from './schema';

type Inline = (markdown: string) => string;

export function blockHtml(
	name: 'myth' | 'experiment' | 'terms',
	value: MythBlock | ExperimentBlock | TermsBlock,
	inline: Inline,
	language: Language
): string {
	const t = dictionaries[language].block;
	switch (name) {
		case 'myth': {
			const m = value as MythBlock;
			return `<aside class="callout myth" aria-label="${t.mythVsFact}">
<p class="myth-claim"><strong>${t.myth}</strong> ${inline(m.myth)}</p>
<p class="myth-fact"><strong>${t.fact}</strong> ${inline(m.fact)}</p>
${m.evidence ? `<p class="myth-evidence"><strong>${t.evidence}</strong> ${inline(m.evidence)}</p>` : ''}
</aside>`;
		}
		case 'experiment': {
			const e = value as ExperimentBlock;
			const heading =
				e.kind === 'thought' ? t.thoughtExperiment : e.kind === 'observation' ? t.observation : t.experiment;
			const list = (items: string[], tag: 'ul' | 'ol') =>
				`<${tag}>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`;
			return `<section class="callout experiment" aria-label="${heading}">
<h3>${heading}: ${inline(e.title)}${e.minutes ? ` <span class="minutes">(${t.minutes(e.minutes)})</span>` : ''}</h3>
${e.safety ? `<p class="safety" role="note"><strong>${t.safety}</strong> ${inline(e.safety)}</p>` : ''}
${e.reason ? `<p class="reason"><strong>${t.whyThought}</strong> ${inline(e.reason)}</p>` : ''}
${e.materials.length ? `<h4>${t.materials}</h4>${list(e.materials, 'ul')}` : ''}
<h4>${t.steps}</h4>${list(e.steps, 'ol')}
<h4>${t.observe}</h4><p>${inline(e.observe)}</p>
<h4>${t.explain}</h4><p>${inline(e.explain)}</p>
</section>`;
		}
		case 'terms': {
			const terms = value as TermsBlock;
			return `<section class="callout terms" aria-label="${t.keyTerms}">
<h3>${t.keyTerms}</h3>
<dl>${terms.map((x) => `<dt>${inline(x.term)}</dt><dd>${inline(x.definition)}</dd>`).join('')}</dl>
</section>`;
		}
	}
}
