// Lookup tables over the parsed seed statements that several checks share: nodes by id (first
// definition wins; duplicates are reported by check-ids.ts), claims per entity, and the sources,
// which are the corpus documents (corpus/<id>.json), each as the :Source node the loader makes.
import type { Corpus } from '../corpus/read-corpus.ts';
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
  /** Source id → the :Source node its corpus metadata makes (file: the metadata file, line 1). */
  sourceById: Map<string, Located<NodeStatement>>;
  /** Source id → the document's text, numbered by paragraph. */
  corpus: Corpus;
  /** `:Source` nodes created in seed files: refused, sources live in the corpus. */
  seedSources: Located<NodeStatement>[];
  /** Entity id → the claims hung on it. */
  claimsByEntity: Map<string, Located<ClaimStatement>[]>;
}

export function buildIndex(seeds: SeedSet, corpus: Corpus): GraphIndex {
  const index: GraphIndex = {
    nodes: [],
    relationships: [],
    claims: [],
    nodeById: new Map(),
    sourceById: new Map(),
    corpus,
    seedSources: [],
    claimsByEntity: new Map(),
  };
  for (const doc of corpus.documents) {
    const { date, ...rest } = doc.meta;
    const node: Located<NodeStatement> = {
      kind: 'node',
      labels: ['Source'],
      props: { ...rest, date: new CypherDate(date) } as Props,
      file: `${corpus.dir}/${doc.meta.id}.json`,
      line: 1,
      seq: -1,
    };
    index.sourceById.set(doc.meta.id, node);
    index.nodeById.set(doc.meta.id, node);
  }
  for (const s of seeds.statements) {
    if (s.kind === 'node') {
      if (s.labels.includes('Source')) {
        index.seedSources.push(s);
        continue;
      }
      index.nodes.push(s);
      const id = s.props.id;
      if (typeof id === 'string' && !index.nodeById.has(id)) {
        index.nodeById.set(id, s);
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
