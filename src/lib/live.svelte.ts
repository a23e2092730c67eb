/*
 * The bridge from Dexie's liveQuery to runes: `live(() => query)` gives an object whose
 * `value` updates whenever the tables the query read change (in this tab or another).
 * Call it during component initialisation.
 */
import { liveQuery } from 'dexie';

export function live<T>(query: () => Promise<T>): { readonly value: T | undefined; readonly error: unknown } {
	let value = $state<T>();
	let error = $state<unknown>();
	$effect(() => {
		const subscription = liveQuery(query).subscribe({
			next: (v) => {
				value = v;
				error = undefined;
			},
			error: (e) => (error = e)
		});
		return () => subscription.unsubscribe();
	});
	return {
		get value() {
			return value;
		},
		get error() {
			return error;
		}
	};
}
