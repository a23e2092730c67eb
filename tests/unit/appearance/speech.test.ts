import { describe, expect, it } from 'vitest';
import {
	pickVoice,
	speechChunks,
	speechRateFrom,
	speechText,
	type VoiceLike
} from '../../../src/lib/appearance/speech';

const voice = (lang: string, more: Partial<VoiceLike> = {}): VoiceLike & { name: string } => ({
	name: `${lang}${more.localService === false ? ' (network)' : ''}${more.default ? ' (default)' : ''}`,
	lang,
	localService: true,
	default: false,
	...more
});

describe('pickVoice', () => {
	it('finds nothing on a device without voices, or without one for the language', () => {
		expect(pickVoice([], 'zh-CN')).toBeUndefined();
		expect(pickVoice([voice('en-US'), voice('fr-FR')], 'zh-CN')).toBeUndefined();
		expect(pickVoice([voice('zh-CN')], 'en')).toBeUndefined();
	});

	it('takes any English voice for English', () => {
		expect(pickVoice([voice('fr-FR'), voice('en-GB')], 'en')?.lang).toBe('en-GB');
	});

	it('prefers mainland Mandarin, then another Mandarin voice, and a Hong Kong voice only as a last resort', () => {
		expect(pickVoice([voice('zh-HK'), voice('zh-TW'), voice('zh-CN')], 'zh-CN')?.lang).toBe('zh-CN');
		expect(pickVoice([voice('zh-HK'), voice('zh-TW')], 'zh-CN')?.lang).toBe('zh-TW');
		expect(pickVoice([voice('zh-HK')], 'zh-CN')?.lang).toBe('zh-HK');
		expect(pickVoice([voice('yue-HK')], 'zh-CN')).toBeUndefined();
	});

	it('understands the spellings engines use: underscores, case, cmn and scripts', () => {
		expect(pickVoice([voice('zh_CN')], 'zh-CN')?.lang).toBe('zh_CN');
		expect(pickVoice([voice('zh-TW'), voice('cmn-Hans-CN')], 'zh-CN')?.lang).toBe('cmn-Hans-CN');
		expect(pickVoice([voice('EN-us')], 'en')?.lang).toBe('EN-us');
	});

	it('prefers a voice on the device to a network one, then the default', () => {
		const network = voice('zh-CN', { localService: false, default: true });
		const local = voice('zh-CN');
		expect(pickVoice([network, local], 'zh-CN')).toBe(local);
		const localDefault = voice('zh-CN', { default: true });
		expect(pickVoice([local, localDefault], 'zh-CN')).toBe(localDefault);
		// A better language fit still beats being on the device.
		expect(pickVoice([voice('zh-TW'), network], 'zh-CN')).toBe(network);
	});
});

describe('speechText', () => {
	it('puts each block on its own line and drops markup and images', () => {
		const html =
			'<p>Light <strong>bends</strong>.</p>\n<img src="/a.svg" alt="a diagram">' +
			'<section class="callout terms" aria-label="Key terms"><h3>Key terms</h3><dl><dt>medium</dt><dd>what light travels through</dd></dl></section>' +
			'<ul><li>one</li><li>two<br>lines</li></ul>';
		expect(speechText(html)).toBe(
			['Light bends.', 'Key terms', 'medium', 'what light travels through', 'one', 'two', 'lines'].join('\n')
		);
	});

	it('decodes entities', () => {
		expect(speechText('<p>a &lt; b &amp;&amp; &quot;c&quot; &#39;d&#39; &#x4E2D;&nbsp;e &unknown;</p>')).toBe(
			'a < b && "c" \'d\' 中 e &unknown;'
		);
	});

	it('reads formula tokens one by one', () => {
		const math =
			'<p>杠杆平衡：<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msub><mi>F</mi><mn>1</mn></msub><msub><mi>l</mi><mn>1</mn></msub><mo>=</mo><msub><mi>F</mi><mn>2</mn></msub><msub><mi>l</mi><mn>2</mn></msub></mrow></math>。</p>';
		expect(speechText(math)).toBe('杠杆平衡：F 1 l 1 = F 2 l 2 。');
	});
});

describe('speechChunks', () => {
	it('gives one utterance per line when lines are short', () => {
		expect(speechChunks('标题\n\n  第一段。\n第二段。 ')).toEqual(['标题', '第一段。', '第二段。']);
	});

	it('cuts a long Chinese line after sentence marks, keeping closing quotes with their sentence', () => {
		const line = '他说：“光会拐弯。”我们来看看。为什么呢？';
		expect(speechChunks(line, 12)).toEqual(['他说：“光会拐弯。”', '我们来看看。为什么呢？']);
	});

	it('cuts a long English line between sentences, not inside numbers', () => {
		const line = 'Blood stays at pH 7.4 all day. Food does not change it! Why?';
		expect(speechChunks(line, 35)).toEqual(['Blood stays at pH 7.4 all day.', 'Food does not change it! Why?']);
	});

	it('falls back to commas, then to a hard cut, and never loses text or exceeds the limit', () => {
		const line = '一二三四五，六七八九十，' + '长'.repeat(25);
		const chunks = speechChunks(line, 10);
		expect(chunks.join('')).toBe(line);
		for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(10);
		expect(chunks.slice(0, 2)).toEqual(['一二三四五，', '六七八九十，']);
	});
});

describe('speechRateFrom', () => {
	it('keeps a known rate and otherwise reads at normal speed', () => {
		expect(speechRateFrom({ speechRate: 0.75 })).toBe(0.75);
		for (const stored of [{}, { speechRate: 3 }, null, 'slow']) expect(speechRateFrom(stored)).toBe(1);
	});
});
