/*
 * The learner using the app now. Loaded on demand so that pages paint before the database
 * (and Dexie) arrive.
 */
import type { Profile } from './db/database';

let current: Promise<Profile> | undefined;

export function learner(defaultName: string): Promise<Profile> {
	current ??= import('./db/profiles').then((m) => m.currentProfile(defaultName, Date.now()));
	return current;
}

/** Forget the cached profile, after switching or deleting one. */
export function forgetLearner(): void {
	current = undefined;
}
