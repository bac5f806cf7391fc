// The shapes the serializers read: ExportStream, the scoped graph as passes of records read page
// by page (what read-graph.ts gives: memory stays flat whatever the size), and ExportGraph, the
// same in memory (tests, small graphs; memory-graph.ts turns it into a stream). Property values
// stay as the driver returns them (neo4j Integer vs JS float, neo4j Date) so no format loses the
// difference between 60 and 60.0 or between a date and a string.
import type { Date as Neo4jDate, Integer } from 'neo4j-driver';
import type { ExportScope } from './scope.ts';
import type { ValueKind } from './values.ts';

/**
 * A stored property value: string, boolean, float (number), integer, date, or a list of those; null
 * only for a fact field the export adds (fact-fields.ts) where the fact has no value.
 */
export type Scalar = string | boolean | number | Integer | Neo4jDate<Integer | number>;
export type PropertyValue = Scalar | Scalar[] | null;
export type Properties = Record<string, PropertyValue>;

export interface ExportNode {
  /** The node's `id` property (unique across the graph). */
  id: string;
  /** Neo4j labels, e.g. ['Entity', 'Group'] or ['Claim']. */
  labels: string[];
  /** Every stored property, `id` included; claims add the fact fields, entities their spans. */
  properties: Properties;
}

export interface ExportEdge {
  /** The relationship's `id` property; for HAS_CLAIM `<entity>--has-claim--<claim>`. */
  id: string;
  type: string;
  /** Start and end node ids (the `id` property). */
  source: string;
  target: string;
  /** Every stored property plus the fact fields (fact-fields.ts); empty for HAS_CLAIM. */
  properties: Properties;
}

export interface ExportMeta {
  /** Package version plus a digest of the seed files, e.g. `0.1.0+seed.1a2b3c4d5e6f`. */
  datasetVersion: string;
  /** ISO 8601 instant the export was read. */
  exportedAt: string;
  scope: ExportScope;
}

export interface ExportGraph {
  meta: ExportMeta;
  /** Entities first (ordered by id), then claims. */
  nodes: ExportNode[];
  /** Relationships between entities (ordered by id), then HAS_CLAIM edges. */
  edges: ExportEdge[];
  /** The :Source documents the exported relationships and claims cite (all of them when unscoped). */
  sources: ExportNode[];
  /** Schema statements (constraints, indexes) of the database, for the Cypher dump. */
  schema: string[];
}

/** The property keys of one class of element (orderKeys order) with the kinds of their non-null values. */
export type KeyKinds = ReadonlyMap<string, ReadonlySet<ValueKind>>;

/**
 * What the whole export holds, known before its first element is written (from summary queries,
 * not from reading the elements): counts for headers, keys and value kinds for the formats that
 * declare their columns or attribute types first (CSV, GraphML, GEXF).
 */
export interface ExportSummary {
  counts: { nodes: number; edges: number; sources: number };
  /** Keys of every exported node's properties (entities and claims, fact and time fields included). */
  nodeKeys: KeyKinds;
  /** Keys of every exported edge's properties (relationships with their fact fields; HAS_CLAIM has none). */
  edgeKeys: KeyKinds;
  sourceKeys: KeyKinds;
}

/**
 * The scoped graph as passes a serializer reads one after the other, in the order ExportGraph
 * holds them. Each call starts a new pass over the data; a pass fails (rejects) rather than end
 * early if the data it reads went away meanwhile (read-graph.ts, GenerationGoneError).
 */
export interface ExportStream {
  meta: ExportMeta;
  summary: ExportSummary;
  /** Schema statements (constraints, indexes) of the database, for the Cypher dump. */
  schema: string[];
  sources(): AsyncIterable<ExportNode>;
  /** Entities (ordered by id), then claims (by entity, then id). */
  nodes(): AsyncIterable<ExportNode>;
  /** Relationships (by start entity, then id), then HAS_CLAIM edges. */
  edges(): AsyncIterable<ExportEdge>;
}

/** Output chunks: text is UTF-8 encoded by the writer, bytes pass through (zip). */
export type Chunk = string | Uint8Array;
