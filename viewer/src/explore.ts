// Graph walks the Explore panel needs, over the edges it is given (the page gives those in view
// that assert a fact: visibility.ts walkable): neighbourhood of depth N, shortest path (fewest hops,
// either direction) and a group's lineage along core/model.ts LINEAGE_TYPES. Pure and unit-tested.
import { LINEAGE_TYPES, type RelationshipType } from '../../core/model.ts';

export interface EdgeLike {
  id: string;
  source: string;
  target: string;
  type: RelationshipType | string;
}

type Adjacency = Map<string, { node: string; edge: string }[]>;

export function adjacency(edges: readonly EdgeLike[]): Adjacency {
  const adj: Adjacency = new Map();
  const add = (a: string, b: string, edge: string) => {
    let l = adj.get(a);
    if (!l) adj.set(a, (l = []));
    l.push({ node: b, edge });
  };
  for (const e of edges) {
    add(e.source, e.target, e.id);
    add(e.target, e.source, e.id);
  }
  return adj;
}

/** Every node within `depth` steps of `center` (ignoring direction), the centre included. */
export function neighbourhood(adj: Adjacency, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const { node } of adj.get(n) ?? [])
        if (!seen.has(node)) {
          seen.add(node);
          next.push(node);
        }
    frontier = next;
  }
  return seen;
}

export interface Walk {
  nodes: string[];
  edges: string[];
}

/** Fewest-hop path from `from` to `to`, or null when they are not connected in view. */
export function shortestPath(adj: Adjacency, from: string, to: string): Walk | null {
  if (from === to) return { nodes: [from], edges: [] };
  const prev = new Map<string, { node: string; edge: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const step of adj.get(n) ?? []) {
        if (seen.has(step.node)) continue;
        seen.add(step.node);
        prev.set(step.node, { node: n, edge: step.edge });
        if (step.node === to) {
          const walk: Walk = { nodes: [to], edges: [] };
          for (let cur = to; cur !== from;) {
            const p = prev.get(cur)!;
            walk.edges.unshift(p.edge);
            walk.nodes.unshift(p.node);
            cur = p.node;
          }
          return walk;
        }
        next.push(step.node);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * A group's lineage: where it and its members came from, transitively (following lineage edges forwards),
 * and those that came from it (backwards), with the edges that link them.
 */
export function lineage(
  edges: readonly EdgeLike[],
  group: string,
): Walk & { ancestors: string[]; descendants: string[] } {
  const lineageEdges = edges.filter((e) => (LINEAGE_TYPES as readonly string[]).includes(e.type));
  const walk = (forward: boolean) => {
    const found = new Set<string>();
    const usedEdges = new Set<string>();
    const stack = [group];
    while (stack.length) {
      const n = stack.pop()!;
      for (const e of lineageEdges) {
        const [from, to] = forward ? [e.source, e.target] : [e.target, e.source];
        if (from !== n) continue;
        usedEdges.add(e.id);
        if (to !== group && !found.has(to)) {
          found.add(to);
          stack.push(to);
        }
      }
    }
    return { found, usedEdges };
  };
  const up = walk(true);
  const down = walk(false);
  return {
    ancestors: [...up.found],
    descendants: [...down.found],
    nodes: [group, ...up.found, ...down.found],
    edges: [...new Set([...up.usedEdges, ...down.usedEdges])],
  };
}
