// Typed functions over the read queries in cypher/queries: each sends exactly one query and
// returns plain objects shaped as in types.ts. Resolvers call these, never the driver.
import neo4j from 'neo4j-driver';
import type { Credibility, Modality, Stance } from '../../core/model.ts';
import type { RunQuery } from './run-query.ts';
import type {
  ClaimRow,
  EntityRow,
  Page,
  RelationshipRow,
  SourceDetailRow,
  StatsRow,
  SubgraphRow,
} from './types.ts';

type NeoDate = InstanceType<typeof neo4j.types.Date>;

/**
 * What a fact (relationship or claim) must be to be kept: its stance, modality and credibility
 * among these, and, when a window is given, known to hold in it (or may, with includePossible).
 * docs/model-interfaces.md gives the defaults the API sends.
 */
export interface FactFilterParams {
  stances: Stance[];
  modalities: Modality[];
  credibilities: Credibility[];
  /** Source ids, or null for every source. */
  sources: string[] | null;
  /** Both null: no time filter. asOf sets both to the same day. */
  windowStart: NeoDate | null;
  windowEnd: NeoDate | null;
  includePossible: boolean;
}

/** The shared graph filter every graph query takes (see the headers of cypher/queries/*.cypher). */
export interface FilterParams extends FactFilterParams {
  types: string[];
  /** Entity labels to keep. */
  kinds: string[];
  /** Types grouped both ways into one drawn edge. */
  symmetricTypes: string[];
}

async function one<T>(run: RunQuery, name: Parameters<RunQuery>[0], params: object): Promise<T | null> {
  const rows = await run(name, params as Record<string, unknown>);
  return (rows[0] as T | undefined) ?? null;
}

export interface EntityParts {
  withClaims: boolean;
  withRelationships: boolean;
}

export async function pingDatabase(run: RunQuery) {
  return one<{ entities: number; sources: number; claims: number; relationships: number }>(
    run,
    'ping-database',
    {},
  );
}

/** The entity pages' rows carry timeStatus like every row; without a window it is null. */
const NO_WINDOW = { windowStart: null, windowEnd: null, includePossible: false };

export async function getEntity(run: RunQuery, id: string, parts: EntityParts): Promise<EntityRow | null> {
  const row = await one<{ entity: EntityRow }>(run, 'get-entity', { id, ...parts, ...NO_WINDOW });
  return row?.entity ?? null;
}

export async function searchEntities(
  run: RunQuery,
  params: { query: string; text: string; limit: number; kinds: string[] | null } & EntityParts,
): Promise<{ entity: EntityRow; score: number; exact: boolean }[]> {
  const rows = await run('search-entities', { ...params, ...NO_WINDOW, limit: neoInt(params.limit) });
  return rows as unknown as { entity: EntityRow; score: number; exact: boolean }[];
}

export async function listEntities(
  run: RunQuery,
  params: {
    label: string;
    categories: string[] | null;
    place: string | null;
    nameContains: string | null;
    afterKey: string | null;
    afterId: string | null;
    first: number;
  } & FactFilterParams &
    EntityParts,
): Promise<Page<EntityRow> & { placeFound: boolean }> {
  const sent = { ...params, first: neoInt(params.first) };
  const unfiltered =
    params.categories === null &&
    params.place === null &&
    params.nameContains === null &&
    params.windowStart === null &&
    params.windowEnd === null;
  if (unfiltered) {
    // The same answer through the sort-key index and the stored totals, when the load stored them.
    const row = await one<Page<EntityRow> & { placeFound: boolean; derived: boolean }>(
      run,
      'list-entities-unfiltered',
      sent,
    );
    if (row?.derived)
      return { totalCount: row.totalCount, hasNextPage: row.hasNextPage, items: row.items, placeFound: true };
  }
  const row = await one<Page<EntityRow> & { placeFound: boolean }>(run, 'list-entities', sent);
  return row ?? { totalCount: 0, hasNextPage: false, items: [], placeFound: true };
}

export async function listSources(
  run: RunQuery,
  params: {
    kinds: string[] | null;
    publisher: string | null;
    windowStart: unknown;
    windowEnd: unknown;
    afterKey: string | null;
    afterId: string | null;
    first: number;
    withSupports: boolean;
  },
): Promise<Page<SourceDetailRow>> {
  const { windowStart, windowEnd, ...rest } = params;
  // The window here is the documents' publication date, not a window on the facts: the rows
  // they support carry no timeStatus.
  const row = await one<Page<SourceDetailRow>>(run, 'list-sources', {
    ...rest,
    ...NO_WINDOW,
    publishedFrom: windowStart,
    publishedTo: windowEnd,
    first: neoInt(params.first),
  });
  return row ?? { totalCount: 0, hasNextPage: false, items: [] };
}

export async function getSource(run: RunQuery, id: string): Promise<SourceDetailRow | null> {
  const row = await one<{ source: SourceDetailRow }>(run, 'get-source', { id, ...NO_WINDOW });
  return row?.source ?? null;
}

/** Every relationship and claim of `source` standing in each of `paragraphs`, of any stance and modality. */
export async function listParagraphFacts(
  run: RunQuery,
  source: string,
  paragraphs: number[],
): Promise<{ paragraph: number; relationships: RelationshipRow[]; claims: ClaimRow[] }[]> {
  const rows = await run('list-paragraph-facts', {
    source,
    paragraphs: paragraphs.map(neoInt),
    ...NO_WINDOW,
  });
  return rows as unknown as { paragraph: number; relationships: RelationshipRow[]; claims: ClaimRow[] }[];
}

export async function listRelationships(
  run: RunQuery,
  params: FilterParams & { entity: string | null; afterId: string | null; first: number },
): Promise<Page<RelationshipRow> & { entityFound: boolean }> {
  const row = await one<Page<RelationshipRow> & { entityFound: boolean }>(run, 'list-relationships', {
    ...params,
    first: neoInt(params.first),
  });
  return row ?? { totalCount: 0, hasNextPage: false, items: [], entityFound: true };
}

export async function getNeighbourhood(
  run: RunQuery,
  params: FilterParams & { id: string; depth: number },
): Promise<(SubgraphRow & { found: boolean }) | null> {
  return one(run, 'get-neighbourhood', { ...params, depth: neoInt(params.depth) });
}

export async function getSubgraph(
  run: RunQuery,
  params: FilterParams & { includeIsolated: boolean },
): Promise<SubgraphRow> {
  return (await one<SubgraphRow>(run, 'get-subgraph', params)) ?? { nodes: [], edges: [] };
}

export async function findShortestPaths(
  run: RunQuery,
  params: FilterParams & { fromId: string; toId: string; maxLength: number },
): Promise<(SubgraphRow & { fromFound: boolean; toFound: boolean; paths: string[][] }) | null> {
  return one(run, 'find-shortest-paths', { ...params, maxLength: neoInt(params.maxLength) });
}

export async function getLineage(
  run: RunQuery,
  direction: 'ORIGINS' | 'DESCENDANTS',
  params: FilterParams & { id: string; maxDepth: number },
): Promise<(SubgraphRow & { found: boolean }) | null> {
  const name = direction === 'ORIGINS' ? 'get-lineage-origins' : 'get-lineage-descendants';
  return one(run, name, { ...params, maxDepth: neoInt(params.maxDepth) });
}

export async function listClaims(
  run: RunQuery,
  params: { entityId: string | null; property: string | null } & FactFilterParams,
): Promise<{ entityFound: boolean; claims: ClaimRow[] }> {
  return (await one(run, 'list-claims', params)) ?? { entityFound: false, claims: [] };
}

export async function getStats(run: RunQuery): Promise<StatsRow> {
  return (
    (await one<StatsRow>(run, 'get-stats', {})) ?? { labels: [], relationshipTypes: [], groupDegrees: [] }
  );
}

/** Integers Cypher uses for LIMIT and slicing must arrive as Neo4j integers, not floats. */
function neoInt(n: number) {
  return neo4j.int(n);
}
