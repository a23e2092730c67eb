/*
 * Read-aloud with the browser's speechSynthesis. The device's voices are app-wide state: they load
 * asynchronously (`voiceschanged`), and a device may have none at all and never say so (headless
 * Chromium), so after a short wait with no voices the answer is taken as "none". A Speaker reads
 * one text at a time, in pieces, and stops when told.
 */
import { speechChunks } from '$lib/appearance/speech';

/** How long to wait for a first `voiceschanged` before saying the device has no voice. */
const VOICE_WAIT_MS = 1500;

class DeviceVoices {
	list = $state.raw<SpeechSynthesisVoice[]>([]);
	/** True once the list is worth believing: voices arrived, or the wait is over. */
	settled = $state(false);
	#watching = false;

	/** Starts following the device's voices; later calls do nothing. Browser only. */
	watch() {
		if (this.#watching) return;
		this.#watching = true;
		if (typeof speechSynthesis === 'undefined') {
			this.settled = true;
			return;
		}
		const update = () => {
			this.list = speechSynthesis.getVoices();
			if (this.list.length) this.settled = true;
		};
		speechSynthesis.addEventListener('voiceschanged', update);
		update();
		setTimeout(() => (this.settled = true), VOICE_WAIT_MS);
	}
}

export const deviceVoices = new DeviceVoices();

export class Speaker {
	speaking = $state(false);
	/** The last reading ended with an error (say, a network voice while offline). */
	failed = $state(false);
	// Held until spoken: Chrome can drop the events of an utterance nothing references any more.
	#queue: SpeechSynthesisUtterance[] = [];

	/** Reads `text` with `voice`, replacing whatever this page was reading. */
	speak(text: string, voice: SpeechSynthesisVoice, rate: number) {
		// Cancel even when this page was not reading: a stuck engine recovers this way.
		this.#finish();
		speechSynthesis.cancel();
		const chunks = speechChunks(text);
		if (!chunks.length) return;
		this.failed = false;
		this.speaking = true;
		const queue = chunks.map((chunk) => {
			const utterance = new SpeechSynthesisUtterance(chunk);
			utterance.voice = voice;
			utterance.lang = voice.lang;
			utterance.rate = rate;
			utterance.onerror = (event) => {
				if (this.#queue !== queue) return;
				this.#finish();
				// cancel() reports the rest of the queue as interrupted or canceled: not a failure.
				if (event.error !== 'interrupted' && event.error !== 'canceled') this.failed = true;
			};
			return utterance;
		});
		queue[queue.length - 1].onend = () => {
			if (this.#queue === queue) this.#finish();
		};
		this.#queue = queue;
		for (const utterance of queue) speechSynthesis.speak(utterance);
	}

	stop() {
		if (!this.#queue.length) return;
		this.#finish();
		speechSynthesis.cancel();
	}

	/** Stops and forgets a failure: the text to read has changed. */
	reset() {
		this.stop();
		this.failed = false;
	}

	#finish() {
		this.#queue = [];
		this.speaking = false;
	}
}
