/* Learner profiles on a shared device. No passwords: a profile is a name, an avatar and a colour. */
import { database, type Profile } from './database';
import { guardedWrite } from './storage-errors';

const CURRENT_KEY = 'tansuo.profile';

export function newId(): string {
	return crypto.randomUUID();
}

/**
 * The profile now learning. The first visit makes a default profile silently, so a learner can
 * start at once.
 */
export async function currentProfile(defaultName: string, now: number): Promise<Profile> {
	const db = database();
	const wanted = localStorage.getItem(CURRENT_KEY);
	const existing = (wanted && (await db.profiles.get(wanted))) || (await db.profiles.orderBy('createdAt').first());
	if (existing) {
		localStorage.setItem(CURRENT_KEY, existing.id);
		return existing;
	}
	const profile: Profile = { id: newId(), name: defaultName, avatar: '🔭', color: '#0f766e', createdAt: now };
	await guardedWrite(() => db.profiles.add(profile));
	localStorage.setItem(CURRENT_KEY, profile.id);
	return profile;
}
