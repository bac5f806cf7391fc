// Reads the scoped graph out of Neo4j in one read transaction (a consistent snapshot): entities,
// the relationships between them, their claims, the sources cited, and the schema statements.
// Relationships and claims come out with every fact field (fact-fields.ts), entities with their spans.
import neo4j, { type Driver } from 'neo4j-driver';
import { parseIsoDay } from '../../../core/dates.ts';
import { CLAIM_RELATIONSHIP } from '../../../core/model.ts';
import { datasetVersion } from './dataset-version.ts';
import { withFactFields, withTimeFields } from './fact-fields.ts';
import type { ExportEdge, ExportGraph, ExportNode, Properties } from './graph-types.ts';
import type { QueryName } from '../../../cypher/db/query-files.ts';
import { readSnapshot, type StreamQuery } from '../../../cypher/db/run-query.ts';
import type { ExportScope, ScopeProblem } from './scope.ts';

export interface ReadOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Transaction timeout for the whole read (Neo4j's, and the driver's deadline behind it). */
  timeoutMs?: number;
  /** Progress lines for long reads (every `progressEvery` rows and at the end of each part). */
  onProgress?: (message: string) => void;
  progressEvery?: number;
  /** Fixed export time (tests); now when omitted. */
  now?: Date;
}

/** The scope names something the database does not have (an unknown focus id): a bad request. */
export class ScopeDataError extends Error {
  constructor(readonly problems: ScopeProblem[]) {
    super(problems.map((p) => `${p.parameter}: ${p.message}`).join('\n'));
    this.name = 'ScopeDataError';
  }
}

type Row = Record<string, unknown>;

async function rows(
  tx: StreamQuery,
  name: QueryName,
  params: Record<string, unknown>,
  what: string,
  options: ReadOptions,
): Promise<Row[]> {
  const every = options.progressEvery ?? 10_000;
  const out: Row[] = [];
  for await (const record of tx(name, params)) {
    out.push(record as Row);
    if (options.onProgress && out.length % every === 0) options.onProgress(`read ${out.length} ${what}…`);
  }
  options.onProgress?.(`read ${out.length} ${what}`);
  return out;
}

function toNode(row: Row, fields: (p: Properties) => Properties = (p) => p): ExportNode {
  return {
    id: String(row.id),
    labels: row.labels as string[],
    properties: fields(row.properties as Properties),
  };
}

function neoDate(isoDay: string | null) {
  const day = isoDay === null ? undefined : parseIsoDay(isoDay);
  return day ? new neo4j.types.Date(day.y, day.m, day.d) : null;
}

/** The fact filters every export query shares (docs/model-interfaces.md, "Query parameters"). */
function factFilter(scope: ExportScope) {
  return {
    types: scope.types,
    stances: scope.stances,
    modalities: scope.modalities,
    credibilities: scope.credibilities,
    sources: null,
    ...timeFilter(scope),
  };
}

/** The window as Neo4j dates (null ends are open; both null: no window) and whether what may hold counts. */
function timeFilter(scope: ExportScope) {
  return {
    windowStart: neoDate(scope.from),
    windowEnd: neoDate(scope.to),
    includePossible: scope.includePossible,
  };
}

/** Breadth-first walk from the focus ids, `depth` steps through in-scope relationships. */
async function focusIds(tx: StreamQuery, scope: ExportScope, options: ReadOptions): Promise<string[]> {
  const focus = scope.focus ?? [];
  const found = await rows(tx, 'export-focus-check', { ids: focus }, 'focus entities', options);
  const known = new Set(found.map((r) => String(r.id)));
  const unknown = focus.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ScopeDataError(
      unknown.map((id) => ({ parameter: 'focus', value: id, message: `no entity has the id '${id}'` })),
    );
  }
  const reached = new Set(focus);
  let frontier = [...focus];
  for (let step = 1; step <= (scope.depth ?? 1) && frontier.length > 0; step++) {
    const next = await rows(
      tx,
      'export-focus-step',
      { ids: frontier, categories: scope.categories, ...factFilter(scope) },
      `neighbours at step ${step}`,
      options,
    );
    frontier = next.map((r) => String(r.id)).filter((id) => !reached.has(id));
    frontier.forEach((id) => reached.add(id));
  }
  return [...reached];
}

async function readInTransaction(tx: StreamQuery, scope: ExportScope, options: ReadOptions) {
  // With a focus the walk has already applied the entity filters (focus entities are exempt).
  const ids = scope.focus ? await focusIds(tx, scope, options) : null;
  const entityRows = await rows(
    tx,
    'export-entities',
    scope.focus
      ? { ids, categories: null, windowStart: null, windowEnd: null, includePossible: false }
      : { ids: null, categories: scope.categories, ...timeFilter(scope) },
    'entities',
    options,
  );
  let entities = entityRows.map((row) => toNode(row, withTimeFields));
  const edgeRows = await rows(
    tx,
    'export-relationships',
    { ids: entities.map((n) => n.id), ...factFilter(scope) },
    'relationships',
    options,
  );
  const relationships: ExportEdge[] = edgeRows.map((r) => ({
    id: String(r.id),
    type: String(r.type),
    source: String(r.source),
    target: String(r.target),
    properties: withFactFields(r.properties as Properties),
  }));
  if (scope.isolated === 'exclude') {
    const touched = new Set(relationships.flatMap((e) => [e.source, e.target]));
    scope.focus?.forEach((id) => touched.add(id));
    entities = entities.filter((n) => touched.has(n.id));
  }

  const claimNodes: ExportNode[] = [];
  const claimEdges: ExportEdge[] = [];
  if (scope.claims === 'include') {
    const claimRows = await rows(
      tx,
      'export-claims',
      { ids: entities.map((n) => n.id), ...factFilter(scope) },
      'claims',
      options,
    );
    for (const row of claimRows) {
      const claim = toNode(row, withFactFields);
      claimNodes.push(claim);
      claimEdges.push({
        id: `${String(row.entity)}--has-claim--${claim.id}`,
        type: CLAIM_RELATIONSHIP,
        source: String(row.entity),
        target: claim.id,
        properties: {},
      });
    }
  }

  const cited = new Set<string>();
  for (const item of [...relationships.map((e) => e.properties), ...claimNodes.map((n) => n.properties)]) {
    if (typeof item.source === 'string') cited.add(item.source);
  }
  const sourceRows = await rows(
    tx,
    'export-sources',
    { ids: scope.whole ? null : [...cited].sort() },
    'sources',
    options,
  );

  const constraints = await rows(tx, 'export-constraints', {}, 'constraints', options);
  const indexes = await rows(tx, 'export-indexes', {}, 'indexes', options);

  return {
    nodes: [...entities, ...claimNodes],
    edges: [...relationships, ...claimEdges],
    sources: sourceRows.map((row) => toNode(row)),
    schema: [...constraints, ...indexes].map((r) => String(r.createStatement)),
  };
}

export async function readExportGraph(
  driver: Driver,
  scope: ExportScope,
  options: ReadOptions = {},
): Promise<ExportGraph> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const part = await readSnapshot(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs },
    (tx) => readInTransaction(tx, scope, options),
  );
  return { meta: { datasetVersion: datasetVersion(), exportedAt, scope }, ...part };
}
