/*
 * The learner using the app now, app-wide. The profile is loaded on demand so that pages paint
 * before the database (and Dexie) arrive.
 */
import type { Profile } from './db/rows';
import { CURRENT_PROFILE_KEY } from './db/keys';

class CurrentLearner {
	profile = $state<Profile>();
	#loading: Promise<Profile> | undefined;

	/** The current profile, creating the first one silently on the very first visit. */
	load(defaultName: string): Promise<Profile> {
		this.#loading ??= import('./db/profiles').then(async (m) => {
			const profile = await m.currentProfile(defaultName, Date.now());
			this.profile = profile;
			return profile;
		});
		return this.#loading;
	}

	async switchTo(id: string, defaultName: string): Promise<Profile> {
		const m = await import('./db/profiles');
		m.setCurrentProfileId(id);
		this.#loading = undefined;
		sessionStorage.setItem(CHOSEN_KEY, id);
		return this.load(defaultName);
	}

	/** Forget the loaded profile (after a rename, delete or restore). */
	async reload(defaultName: string): Promise<Profile> {
		this.#loading = undefined;
		return this.load(defaultName);
	}

	/** Whether someone picked who is learning since the app was opened. */
	get chosenThisVisit(): boolean {
		return sessionStorage.getItem(CHOSEN_KEY) !== null;
	}
}

const CHOSEN_KEY = 'tansuo.chosen';

export const currentLearner = new CurrentLearner();

export function learner(defaultName: string): Promise<Profile> {
	return currentLearner.load(defaultName);
}

/**
 * Whether this device has had a learner before. A first visit has nothing in the database to
 * show, so home does not load the database (and Dexie) until the learner opens a lesson.
 */
export function returningLearner(): boolean {
	try {
		return localStorage.getItem(CURRENT_PROFILE_KEY) !== null;
	} catch {
		return true; // storage blocked: let the database say
	}
}
