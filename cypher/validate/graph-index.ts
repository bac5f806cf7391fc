// Lookup tables over the parsed seed statements that several checks share: nodes by id (first
// definition wins; duplicates are reported by check-ids.ts), sources, claims per entity.
import type { Located, SeedSet } from './load-seeds.ts';
import {
  CypherDate,
  type ClaimStatement,
  type NodeStatement,
  type Props,
  type RelationshipStatement,
  type Value,
} from './seed-parser.ts';

export interface GraphIndex {
  nodes: Located<NodeStatement>[];
  relationships: Located<RelationshipStatement>[];
  claims: Located<ClaimStatement>[];
  /** Node id → its CREATE statement (entities and sources). */
  nodeById: Map<string, Located<NodeStatement>>;
  /** Source id → its CREATE statement. */
  sourceById: Map<string, Located<NodeStatement>>;
  /** Entity id → the claims hung on it. */
  claimsByEntity: Map<string, Located<ClaimStatement>[]>;
}

export function buildIndex(seeds: SeedSet): GraphIndex {
  const index: GraphIndex = {
    nodes: [],
    relationships: [],
    claims: [],
    nodeById: new Map(),
    sourceById: new Map(),
    claimsByEntity: new Map(),
  };
  for (const s of seeds.statements) {
    if (s.kind === 'node') {
      index.nodes.push(s);
      const id = s.props.id;
      if (typeof id === 'string' && !index.nodeById.has(id)) {
        index.nodeById.set(id, s);
        if (s.labels.includes('Source')) index.sourceById.set(id, s);
      }
    } else if (s.kind === 'relationship') {
      index.relationships.push(s);
    } else {
      index.claims.push(s);
      const list = index.claimsByEntity.get(s.entity.id) ?? [];
      list.push(s);
      index.claimsByEntity.set(s.entity.id, list);
    }
  }
  return index;
}

export function stringProp(props: Props, key: string): string | undefined {
  const v = props[key];
  return typeof v === 'string' ? v : undefined;
}

export function describeValue(v: Value | undefined): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (v instanceof CypherDate) return `date('${v.text}')`;
  return JSON.stringify(v);
}
