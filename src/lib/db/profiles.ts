/* Learner profiles on a shared device. No passwords: a profile is a name, an avatar and a colour. */
import { database, deleteLearnerRecords, learnerTables } from './database';
import type { Profile } from './rows';
import { guardedWrite } from './storage-errors';
import { CURRENT_PROFILE_KEY as CURRENT_KEY } from './keys';

export const AVATARS = ['🔭', '🌱', '🧪', '🚀', '🦋', '🌏', '⚡', '🐼'];
export const COLORS = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f'];

export function newId(): string {
	return crypto.randomUUID();
}

export async function listProfiles(): Promise<Profile[]> {
	return database().profiles.orderBy('createdAt').toArray();
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
	return createProfile({ name: defaultName, avatar: AVATARS[0], color: COLORS[0] }, now);
}

export async function createProfile(fields: Pick<Profile, 'name' | 'avatar' | 'color'>, now: number): Promise<Profile> {
	const profile: Profile = { id: newId(), ...fields, name: fields.name.trim(), createdAt: now };
	await guardedWrite(() => database().profiles.add(profile));
	setCurrentProfileId(profile.id);
	return profile;
}

export async function updateProfile(
	id: string,
	fields: Partial<Pick<Profile, 'name' | 'avatar' | 'color'>>
): Promise<void> {
	await guardedWrite(() => database().profiles.update(id, fields));
}

/** Deletes a profile and everything it learned, in one transaction. */
export async function deleteProfile(id: string): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', [db.profiles, ...learnerTables(db)], async () => {
			await deleteLearnerRecords(db, id);
			await db.profiles.delete(id);
		})
	);
	if (localStorage.getItem(CURRENT_KEY) === id) localStorage.removeItem(CURRENT_KEY);
}

export function setCurrentProfileId(id: string): void {
	localStorage.setItem(CURRENT_KEY, id);
}
