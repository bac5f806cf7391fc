// API subgraph → Cytoscape elements. Pure. Parallel citations of one (start, type, end) become one
// drawn edge carrying all of them (cypher/README.md), so width can grow with the number of sources.
import { CONFIDENCE_LEVELS, RELATIONSHIP_TYPES, type Confidence } from '../../core/model.ts';
import type { Citation, Entity, Subgraph } from './types.ts';

export interface NodeData extends Entity {
  /** What the node is labelled with on the canvas: the name, or a shorter alias for long names. */
  display: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: Citation['type'];
  symmetric: boolean;
  /** Every citation, strongest confidence first, then by source. */
  citations: Citation[];
  /** Citations that pass the current filters; drives width (set by the filter step). */
  shown: number;
}

export interface ElementSet {
  nodes: { group: 'nodes'; data: NodeData; position?: { x: number; y: number } }[];
  edges: { group: 'edges'; data: EdgeData }[];
  /** Citations whose start or end is not in the subgraph (left out, counted for the status line). */
  dangling: number;
}

const MAX_DISPLAY = 22;

export function displayName(e: Pick<Entity, 'name' | 'aliases'>): string {
  if (e.name.length <= MAX_DISPLAY) return e.name;
  const alias = e.aliases.find((a) => a !== e.name && a.length >= 3 && a.length <= MAX_DISPLAY);
  return alias ?? `${e.name.slice(0, MAX_DISPLAY - 1)}…`;
}

export function edgeId(type: string, start: string, end: string): string {
  return `${type}:${start}:${end}`;
}

const rank = (c: Confidence) => CONFIDENCE_LEVELS.indexOf(c);

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

  const grouped = new Map<string, EdgeData>();
  let dangling = 0;
  for (const c of sub.citations) {
    if (!ids.has(c.start) || !ids.has(c.end)) {
      dangling++;
      continue;
    }
    const symmetric = RELATIONSHIP_TYPES[c.type]?.symmetric ?? false;
    // A symmetric type means the same both ways: (a, b) and (b, a) are one drawn edge.
    const [source, target] = symmetric && c.end < c.start ? [c.end, c.start] : [c.start, c.end];
    const id = edgeId(c.type, source, target);
    let edge = grouped.get(id);
    if (!edge) {
      edge = {
        id,
        source,
        target,
        type: c.type,
        symmetric,
        citations: [],
        shown: 0,
      };
      grouped.set(id, edge);
    }
    if (!edge.citations.some((x) => x.id === c.id)) edge.citations.push(c);
  }
  const edges = [...grouped.values()].map((data) => {
    data.citations.sort(
      (a, b) => rank(a.confidence) - rank(b.confidence) || a.source.id.localeCompare(b.source.id),
    );
    data.shown = data.citations.length;
    return { group: 'edges' as const, data };
  });
  return { nodes, edges, dangling };
}

/** Adds the entities and citations of `more` that `base` lacks (for "expand neighbours"). */
export function mergeSubgraphs(base: Subgraph, more: Subgraph): Subgraph {
  const entityIds = new Set(base.entities.map((e) => e.id));
  const citationIds = new Set(base.citations.map((c) => c.id));
  return {
    entities: [...base.entities, ...more.entities.filter((e) => !entityIds.has(e.id))],
    citations: [...base.citations, ...more.citations.filter((c) => !citationIds.has(c.id))],
  };
}
