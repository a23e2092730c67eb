/*
 * The installed app's own state, app-wide: whether the device is offline, whether a new version
 * is downloaded and waiting, and whether the browser offers to install the app.
 *
 * A new version never takes over by itself: its service worker waits until the learner chooses
 * to reload, so code never changes under a lesson in progress. Data lives in IndexedDB, which
 * updates do not touch.
 */

import { base } from '$app/paths';
import { dev } from '$app/environment';

interface InstallPrompt extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class AppStatus {
	online = $state(true);
	updateReady = $state(false);
	canInstall = $state(false);
	installed = $state(false);
	#waiting: ServiceWorker | undefined;
	#installPrompt: InstallPrompt | undefined;

	/** Starts watching; called once from the root layout in the browser. */
	watch(): void {
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));

		this.installed = matchMedia('(display-mode: standalone)').matches;
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault(); // shown from our own button instead of the browser's banner
			this.#installPrompt = event as InstallPrompt;
			this.canInstall = true;
		});
		addEventListener('appinstalled', () => {
			this.canInstall = false;
			this.installed = true;
		});

		void this.#watchUpdates();
	}

	async #watchUpdates(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		// Installing the worker downloads and stores the whole app (about 300 files). It starts once
		// the first page is drawn, live and idle, so that a cheap phone's few cores do not share that
		// page's start with it. Later visits find the worker already registered.
		const register = () =>
			void navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' });
		const whenIdle = () =>
			'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000);
		if (document.readyState === 'complete') whenIdle();
		else addEventListener('load', whenIdle, { once: true });
		const registration = await navigator.serviceWorker.ready;
		const offer = (worker: ServiceWorker | null) => {
			// Only an update: the very first install has no controller and nothing to replace.
			if (!worker || !navigator.serviceWorker.controller) return;
			this.#waiting = worker;
			this.updateReady = true;
		};
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer(worker);
			});
		});
		// Look for a new version when the app comes back online or back to the screen.
		const check = () => void registration.update().catch(() => undefined);
		addEventListener('online', check);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') check();
		});
	}

	/** Switches to the waiting version and reloads once it has taken over. */
	applyUpdate(): void {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		this.#waiting?.postMessage({ type: 'skip-waiting' });
	}

	async install(): Promise<void> {
		const prompt = this.#installPrompt;
		if (!prompt) return;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		this.#installPrompt = undefined;
		this.canInstall = false;
		if (outcome === 'accepted') this.installed = true;
	}
}

export const appStatus = new AppStatus();
