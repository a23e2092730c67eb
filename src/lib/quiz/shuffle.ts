/*
 * Seeded shuffles, so that a quiz shows the same order when it is reopened (the seed is saved
 * with the quiz) and a new order when it is started again.
 */

/**
 * mulberry32: a small, well-known 32-bit generator; plenty for shuffling a few choices (and for
 * tests that need reproducible random input).
 */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** A permutation of 0..n-1 for this seed and key (the question id). */
export function permutation(n: number, seed: number, key: string): number[] {
	const next = seededRandom(seed ^ hash(key));
	const order = [...Array(n).keys()];
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order;
}

/**
 * A permutation that is never the identity when n > 1: for ordering and matching questions,
 * where showing the right answer as the starting point would give it away.
 */
export function derangedPermutation(n: number, seed: number, key: string): number[] {
	const order = permutation(n, seed, key);
	if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
	return order;
}
