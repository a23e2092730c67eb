/* Prerequisite order: finds a loop, if any, so the build can name every lesson in it. */

export interface Node {
	id: string;
	after: string[];
}

/** Returns the ids of one cycle in the graph, or undefined when there is none. */
export function findCycle(nodes: Node[]): string[] | undefined {
	const edges = new Map(nodes.map((n) => [n.id, n.after]));
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];

	const visit = (id: string): string[] | undefined => {
		if (state.get(id) === 'done') return undefined;
		if (state.get(id) === 'open') return stack.slice(stack.indexOf(id));
		state.set(id, 'open');
		stack.push(id);
		for (const next of edges.get(id) ?? []) {
			const found = visit(next);
			if (found) return found;
		}
		stack.pop();
		state.set(id, 'done');
		return undefined;
	};

	for (const n of nodes) {
		const found = visit(n.id);
		if (found) return found;
	}
	return undefined;
}
