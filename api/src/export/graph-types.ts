// The in-memory shape every serializer reads: the scoped graph as plain records, with property
// values kept as the driver returns them (neo4j Integer vs JS float, neo4j Date) so no format
// loses the difference between 60 and 60.0 or between a date and a string.
import type { Date as Neo4jDate, Integer } from 'neo4j-driver';
import type { ExportScope } from './scope.ts';

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

/** Output chunks: text is UTF-8 encoded by the writer, bytes pass through (zip). */
export type Chunk = string | Uint8Array;
