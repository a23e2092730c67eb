/*
 * Taking in an assignment from a link, a scanned QR or pasted text: decoded and checked in full
 * before anything is stored, and stored once however often it is opened.
 */
import { receiveAssignment } from '$lib/db/assignments';
import type { Dictionary } from '$lib/i18n/dictionaries';
import { decodeAssignment, type Assignment } from '$lib/share/assignment-code';

export type Received = { ok: true; assignment: Assignment; message: string } | { ok: false; message: string };

export async function receive(text: string, profileId: string, t: Dictionary): Promise<Received> {
	const decoded = await decodeAssignment(text);
	if (!decoded.ok) return { ok: false, message: `${t.codes[decoded.reason]} ${t.codes.nothingChanged}` };
	const a = decoded.value;
	const outcome = await receiveAssignment(profileId, a, Date.now());
	return {
		ok: true,
		assignment: a,
		message: outcome === 'added' ? t.assignments.added(a.title) : t.assignments.already(a.title)
	};
}
