// API subgraph → Cytoscape elements. Pure. The API has already grouped the citations of one
// (start, type, end) into one drawn edge with its id (cypher/README.md); the edges are kept as they
// come; only the order of their citations is chosen here, for reading: what holds before what is denied.
import { byReadingOrder } from '../../core/edge-summary.ts';
import type { Edge, Entity, Subgraph } from './types.ts';

export interface NodeData extends Entity {
  /** What the node is labelled with on the canvas: the name, or a shorter alias for long names. */
  display: string;
}

export interface EdgeData extends Edge {
  /** Citations that pass the current filters; drives width (set by the filter step). */
  shown: number;
}

export interface ElementSet {
  nodes: { group: 'nodes'; data: NodeData; position?: { x: number; y: number } }[];
  edges: { group: 'edges'; data: EdgeData }[];
  /** Edges whose start or end is not in the subgraph (left out, counted for the status line). */
  dangling: number;
}

const MAX_DISPLAY = 22;

export function displayName(e: Pick<Entity, 'name' | 'aliases'>): string {
  if (e.name.length <= MAX_DISPLAY) return e.name;
  const alias = e.aliases.find((a) => a !== e.name && a.length >= 3 && a.length <= MAX_DISPLAY);
  return alias ?? `${e.name.slice(0, MAX_DISPLAY - 1)}…`;
}

export function toElements(sub: Subgraph): ElementSet {
  const ids = new Set(sub.entities.map((e) => e.id));
  const nodes = sub.entities.map((e) => ({
    group: 'nodes' as const,
    data: {
      ...e,
      aliases: e.aliases ?? [],
      display: displayName({ name: e.name, aliases: e.aliases ?? [] }),
    },
  }));
  let dangling = 0;
  const edges: ElementSet['edges'] = [];
  for (const e of sub.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) {
      dangling++;
      continue;
    }
    // Reading order (core/edge-summary.ts): the first citation that passes the filters gives the
    // edge its look (edge-look.ts), as the API's GraphEdge summary takes the first of all.
    const citations = [...e.citations].sort(byReadingOrder);
    edges.push({ group: 'edges', data: { ...e, citations, shown: citations.length } });
  }
  return { nodes, edges, dangling };
}
