/*
 * Reading a lesson section aloud with the Web Speech API, the pure parts: which of the device's
 * voices fits the lesson language, the section's HTML as plain text, and that text cut into short
 * pieces (Android's engine refuses an utterance longer than 4,000 characters, and a short one
 * lets "stop" and the next section act at once).
 */
import type { Language } from '../content/types';
import { oneOf } from './appearance';

/** Read-aloud speeds, as SpeechSynthesisUtterance.rate: normal, slow. */
export const SPEECH_RATES = [1, 0.75] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

/** The stored read-aloud speed; anything else (or nothing) is normal speed. */
export function speechRateFrom(stored: unknown): SpeechRate {
	const rate = typeof stored === 'object' && stored !== null ? (stored as { speechRate?: unknown }).speechRate : 1;
	return oneOf(SPEECH_RATES, rate, 1);
}

/** What choosing a voice needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
	lang: string;
	localService: boolean;
	default: boolean;
}

/** Subtags of a BCP 47 tag, lower case; `cmn` (Mandarin) counts as `zh`. Some engines write `zh_CN`. */
function subtags(tag: string): string[] {
	const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
	if (parts[0] === 'cmn') parts[0] = 'zh';
	return parts;
}

/** How well a voice's language fits: 0 not at all, 1 a variant that may sound wrong, 2 good, 3 exact. */
function fit(voiceLang: string, language: Language): number {
	const voice = subtags(voiceLang);
	const wanted = subtags(language);
	if (voice[0] !== wanted[0]) return 0;
	const region = wanted[1];
	if (!region) return 2;
	if (voice.includes(region) || (wanted[0] === 'zh' && voice.includes('hans'))) return 3;
	// A Hong Kong or Macau voice often speaks Cantonese: readable, but not what a zh-CN lesson means.
	if (wanted[0] === 'zh' && (voice.includes('hk') || voice.includes('mo'))) return 1;
	return 2;
}

/**
 * The best voice for a language, or undefined when the device has none. Among voices that fit
 * equally, one on the device (it works offline) beats a network voice, and the default wins ties.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: Language): V | undefined {
	let best: V | undefined;
	let bestScore = 0;
	for (const voice of voices) {
		const f = fit(voice.lang, language);
		if (!f) continue;
		const score = f * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
		if (score > bestScore) [best, bestScore] = [voice, score];
	}
	return best;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Lesson HTML (made and sanitized at build time) as text to speak: one line per paragraph, list
 * item, heading or table cell; images left out; formula tokens spaced so they are read one by one.
 */
export function speechText(html: string): string {
	return html
		.replace(/<img\b[^>]*>/gi, '')
		.replace(/<br\s*\/?>|<\/(?:p|li|h[1-6]|dt|dd|th|td|tr|blockquote|div|section|aside|figcaption|pre)>/gi, '\n')
		.replace(/<\/(?:mi|mn|mo|ms|mtext)>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return String.fromCodePoint(code);
		})
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/*
 * Split points that keep every character: after a Chinese full-width sentence mark (and the
 * closing quote or bracket that may follow it), after an ASCII one followed by a space.
 */
const SENTENCE_END = /(?<=[。！？；][”’」』）)]?)(?![”’」』）)])|(?<=[.!?;]\s)/;
const CLAUSE_END = /(?<=[，、：,:])/;

/** Greedily joins pieces into runs of at most `max` characters, cutting any piece that is longer. */
function pack(pieces: string[], max: number): string[] {
	const out: string[] = [];
	let run = '';
	for (const piece of pieces) {
		if (run.length + piece.length <= max) {
			run += piece;
			continue;
		}
		if (run.trim()) out.push(run.trim());
		run = piece;
		while (run.length > max) {
			out.push(run.slice(0, max).trim());
			run = run.slice(max);
		}
	}
	if (run.trim()) out.push(run.trim());
	return out;
}

/**
 * Text cut into utterances of at most `max` characters: a line each, long lines at sentence ends,
 * long sentences at commas, and only as a last resort mid-word.
 */
export function speechChunks(text: string, max = 200): string[] {
	const chunks: string[] = [];
	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		if (trimmed.length <= max) {
			chunks.push(trimmed);
			continue;
		}
		const sentences = trimmed.split(SENTENCE_END).flatMap((s) => (s.length > max ? s.split(CLAUSE_END) : [s]));
		chunks.push(...pack(sentences, max));
	}
	return chunks;
}
