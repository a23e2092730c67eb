/*
 * A compare-and-set write straight through IndexedDB, for the one write a learner waits on: the
 * answer they just checked. Every other write goes through Dexie's transactions.
 *
 * Why not Dexie here: its transaction machinery (zones, promises, middleware) costs 1–3 ms per
 * answer on our 2-core test machine, most of it on the first answers after a page loads, while its code
 * is still cold. That was the slowest twentieth of answers (issue #4: ≤ 10 ms p95). The raw
 * transaction below does the same work with a few lines of JavaScript.
 *
 * Dexie is still told of the change afterwards, so live queries here and in other tabs update as
 * if Dexie had written it. That is why the database runs with Dexie's query cache off (see
 * database.ts): a cached result would not see a write Dexie did not make.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';

/** A table by name, as Dexie's tables are. */
interface Named {
	name: string;
}

/** A row as it was read earlier (undefined: there was none). */
export interface ExpectedRow {
	table: Named;
	key: IDBValidKey;
	row: unknown;
}

/** A row to store: added (a new key) or put (replacing the row with its key). */
export interface RowWrite {
	table: Named;
	row: unknown;
	add?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Stores `writes` in one transaction if every row of `expect` is still as given, and tells Dexie.
 * Resolves true once committed; false, with nothing written, when a row had changed or the
 * database is not open (the caller then writes through Dexie). Rejects with the transaction's
 * error (such as QuotaExceededError) when the browser refuses the write.
 */
export async function writeIfUnchanged(db: Dexie, expect: ExpectedRow[], writes: RowWrite[]): Promise<boolean> {
	const connection = db.isOpen() ? db.backendDB() : null;
	if (!connection) return false;
	const names = [...new Set([...expect, ...writes].map((w) => w.table.name))];
	let tx: IDBTransaction;
	try {
		// Relaxed durability, as for Dexie's own transactions (see database.ts).
		tx = connection.transaction(names, 'readwrite', { durability: 'relaxed' });
	} catch {
		return false; // closing (another tab is upgrading the database): Dexie reopens it
	}
	const done = new Promise<boolean>((resolve, reject) => {
		tx.oncomplete = () => resolve(true);
		tx.onabort = () => (tx.error ? reject(tx.error) : resolve(false)); // no error: aborted below
	});

	// IndexedDB runs a transaction's requests in order: the reads see the rows before the writes.
	const reads = Promise.all(
		expect.map(
			({ table, key }) =>
				new Promise<unknown>((resolve, reject) => {
					const request = tx.objectStore(table.name).get(key);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				})
		)
	);
	for (const { table, row, add } of writes) {
		const store = tx.objectStore(table.name);
		if (add) store.add(row);
		else store.put(row);
	}

	let unchanged = false;
	try {
		unchanged = (await reads).every((row, i) => same(row, expect[i].row));
	} catch {
		// The transaction failed: `done` rejects with its error.
	}
	// The reads ended before the writes did, so the transaction is still open here either way.
	// Without commit() (before Safari 15) it commits by itself once the writes end.
	if (unchanged) tx.commit?.();
	else if (!tx.error) tx.abort();
	const committed = await done;
	if (committed) announce(db, writes);
	return committed;
}

/**
 * Tells Dexie's live queries, in this tab and (through Dexie's broadcast) in others, that the
 * written tables changed: every key and index of each, as Dexie does when a database is created.
 */
function announce(db: Dexie, writes: RowWrite[]): void {
	const everything = () => new RangeSet(Dexie.minKey, Dexie.maxKey);
	const parts: ObservabilitySet = {};
	for (const name of new Set(writes.map((w) => w.table.name))) {
		const table = db.core.schema.tables.find((t) => t.name === name);
		const prefix = `idb://${db.name}/${name}/`;
		parts[prefix] = everything();
		parts[`${prefix}:dels`] = everything();
		for (const index of [table?.primaryKey, ...(table?.indexes ?? [])])
			if (index?.name) parts[prefix + index.name] = everything();
	}
	Dexie.on.storagemutated.fire(parts);
}
