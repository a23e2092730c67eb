/*
 * Saving must never fail silently. A full disk is the one error a learner can act on, so it is
 * told apart from the rest.
 */
export class StorageFullError extends Error {
	constructor(cause: unknown) {
		super('The device storage is full', { cause });
		this.name = 'StorageFullError';
	}
}

export function isQuotaError(e: unknown): boolean {
	const err = e as { name?: string; inner?: { name?: string } } | undefined;
	return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

/** Runs a write; a quota error comes out as StorageFullError, anything else as it was. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (e) {
		throw isQuotaError(e) ? new StorageFullError(e) : e;
	}
}
