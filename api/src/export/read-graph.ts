// Reads the scoped graph out of Neo4j as a stream (ExportStream): keyset pages of entities by id,
// and per page of entities their relationships and claims, each page a short read query, so the
// memory an export holds stays flat whatever the size. Counts, property keys and value kinds for
// the headers come first from summary queries (Neo4j aggregates; no element is sent for them).
// Consistency: the generation readers see is pinned once (cypher/README.md "Loading") and every
// query reads only it; a generation is never changed, only deleted (a later load deletes it after
// its grace period), so its node count is checked at the start, every few pages and at the end of
// every pass: if it changed, the pass fails with GenerationGoneError instead of ending a mix.
import neo4j, { type Driver } from 'neo4j-driver';
import { parseIsoDay } from '../../../core/dates.ts';
import { CLAIM_RELATIONSHIP, NAME_KEY } from '../../../core/model.ts';
import { classifyNeo4jError } from '../../../cypher/db/db-errors.ts';
import { queryTextFor, type QueryName } from '../../../cypher/db/query-files.ts';
import { datasetVersion } from './dataset-version.ts';
import { FACT_FIELD_NAMES, TIME_FIELDS, withFactFields, withTimeFields } from './fact-fields.ts';
import { orderKeys } from './describe.ts';
import type {
  ExportEdge,
  ExportGraph,
  ExportNode,
  ExportStream,
  KeyKinds,
  Properties,
} from './graph-types.ts';
import type { ExportScope, ScopeProblem } from './scope.ts';
import type { ValueKind } from './values.ts';

export interface ReadOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Timeout of each query (Neo4j's, and the driver's deadline behind it); none when omitted. */
  timeoutMs?: number;
  /** Progress lines for long exports (every `progressEvery` elements and at the end of each part). */
  onProgress?: (message: string) => void;
  progressEvery?: number;
  /** Entities per page (default 1,000); tests use small pages. */
  pageSize?: number;
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

/** The generation the export reads lost nodes while it ran: what was written is incomplete. */
export class GenerationGoneError extends Error {
  constructor(
    readonly gen: number | null,
    readonly before: number,
    readonly now: number,
  ) {
    super(
      `the export read graph generation ${gen} and it was deleted while the export ran ` +
        `(${before} nodes at the start, ${now} now: a newer load replaced it and its grace period ended); ` +
        'the export is incomplete and was stopped: run it again',
    );
    this.name = 'GenerationGoneError';
  }
}

/** An open export: the stream, and close() to call when done (it releases what the export holds). */
export interface OpenExport extends ExportStream {
  close(): Promise<void>;
}

type Row = Record<string, unknown>;

const PAGE_SIZE = 1_000;
/** Pages between two checks of the generation inside a pass (each pass also checks at its end). */
const CHECK_EVERY_PAGES = 20;

const num = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

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

/** The window as Neo4j dates (null ends are open; both null: no window) and whether what may hold counts. */
function timeFilter(scope: ExportScope) {
  return {
    windowStart: neoDate(scope.from),
    windowEnd: neoDate(scope.to),
    includePossible: scope.includePossible,
  };
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

/** The row with the loader's bookkeeping properties (`gen`, an entity's `nameKey`) dropped from its `properties` map. */
function withoutGeneration(row: Row): Row {
  const properties = row.properties;
  if (properties === null || typeof properties !== 'object') return row;
  if (!('gen' in properties) && !(NAME_KEY in properties)) return row;
  const { gen: _gen, [NAME_KEY]: _key, ...rest } = properties as Record<string, unknown>;
  return { ...row, properties: rest };
}

/** A summary query's rows (key, kind, count; key null counts the elements) as a count and key kinds. */
function summaryOf(rows: Row[], derived: readonly string[]) {
  const keys = new Map<string, Set<ValueKind>>();
  let count = 0;
  for (const row of rows) {
    if (row.key === null) count = num(row.count);
    else {
      const kinds = keys.get(String(row.key)) ?? new Set<ValueKind>();
      kinds.add(row.kind as ValueKind);
      keys.set(String(row.key), kinds);
    }
  }
  // The fields the export adds to every element of the class (fact-fields.ts).
  if (count > 0) for (const key of derived) if (!keys.has(key)) keys.set(key, new Set());
  return { count, keys };
}

/** Key kinds of several classes in one (nodes: entities and claims), in orderKeys order. */
function mergeKeys(...parts: ReadonlyMap<string, ReadonlySet<ValueKind>>[]): KeyKinds {
  const merged = new Map<string, Set<ValueKind>>();
  for (const part of parts) {
    for (const [key, kinds] of part) {
      const set = merged.get(key) ?? new Set<ValueKind>();
      kinds.forEach((k) => set.add(k));
      merged.set(key, set);
    }
  }
  return new Map(orderKeys(merged.keys()).map((key) => [key, merged.get(key)!]));
}

/**
 * Opens an export of `scope`: pins the generation, walks the focus, runs the summaries and the
 * schema queries, and returns the stream. Close it when done (the serializer's end or an error).
 */
export async function openExport(
  driver: Driver,
  scope: ExportScope,
  options: ReadOptions = {},
): Promise<OpenExport> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const every = options.progressEvery ?? 10_000;
  let gen: unknown = null;

  /**
   * One query in its own short session: a neo4j-driver session keeps every Result it ran (records
   * included) until it is closed, so one session for the whole export would hold every page.
   */
  async function run(name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    try {
      const result = await session.run(
        queryTextFor(name, params)!,
        { ...params, gen },
        {
          ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
          metadata: { app: 'khorasan-graph', query: name },
        },
      );
      return result.records.map((record) => withoutGeneration(record.toObject()));
    } catch (error) {
      throw classifyNeo4jError(error, options.timeoutMs ?? 0);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  const generationSize = async () => num((await run('export-generation-size', {}))[0]?.nodes ?? 0);
  let size = 0;
  async function checkGeneration(): Promise<void> {
    const now = await generationSize();
    if (now !== size) throw new GenerationGoneError(gen === null ? null : num(gen), size, now);
  }

  gen = (await run('get-current-generation', {}))[0]?.gen ?? null;
  size = await generationSize();
  // A focus walk's reach is held as ids: the walk needs to know where it has been, and every
  // page query takes it as the entity scope. It is the focus's neighbourhood, not the graph.
  const reached = scope.focus ? await focusIds(run, scope) : null;
  const params = {
    ids: reached,
    categories: scope.categories,
    focus: scope.focus ?? [],
    connectedOnly: scope.isolated === 'exclude',
    ...factFilter(scope),
  };
  const withClaims = scope.claims === 'include';
  const entities = summaryOf(
    await run('export-entity-summary', params),
    TIME_FIELDS.map((f) => f.name),
  );
  const claims = withClaims
    ? summaryOf(await run('export-claim-summary', params), FACT_FIELD_NAMES)
    : summaryOf([], []);
  const relationships = summaryOf(await run('export-relationship-summary', params), FACT_FIELD_NAMES);
  // A few thousand short ids at most (one per document), whatever the number of entities.
  const cited = scope.whole ? null : (await run('export-cited-sources', params)).map((row) => String(row.id));
  const sources = summaryOf(await run('export-source-summary', { ids: cited }), []);
  const constraints = await run('export-constraints', {});
  const indexes = await run('export-indexes', {});
  options.onProgress?.(
    `generation ${gen === null ? 'none' : num(gen)}: ${entities.count} entities, ${claims.count} claims, ` +
      `${relationships.count} relationships, ${sources.count} sources to write`,
  );

  let pagesRead = 0;
  /** Keyset pages of the exported entities (full rows, or ids only), checking the generation as it goes. */
  async function* entityPages(name: 'export-entities' | 'export-entity-ids'): AsyncGenerator<Row[]> {
    let after = '';
    for (;;) {
      const rows = await run(name, { ...params, after, limit: neo4j.int(pageSize) });
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
      after = String(rows[rows.length - 1]!.id);
      if (++pagesRead % CHECK_EVERY_PAGES === 0) await checkGeneration();
    }
  }
  const pageIds = (page: Row[]) => page.map((row) => String(row.id));
  /**
   * The claims of the exported entities, page by page: read once for the claim nodes and once
   * more for their links (nodes come before edges, and holding them between would undo streaming).
   */
  async function* claimRows(): AsyncGenerator<Row> {
    for await (const page of entityPages('export-entity-ids')) {
      yield* await run('export-claims', { ...factFilter(scope), ids: pageIds(page) });
    }
  }
  /** Counts elements of one part and says so every `every` of them and at its end. */
  const counter = (what: string, total: number) => {
    let n = 0;
    return {
      tick() {
        if (++n % every === 0) options.onProgress?.(`read ${n} ${what} (of ${total})…`);
      },
      done: () => options.onProgress?.(`read ${n} ${what} (of ${total})`),
    };
  };

  return {
    meta: { datasetVersion: datasetVersion(), exportedAt, scope },
    schema: [...constraints, ...indexes].map((r) => String(r.createStatement)),
    summary: {
      counts: {
        nodes: entities.count + claims.count,
        edges: relationships.count + claims.count,
        sources: sources.count,
      },
      nodeKeys: mergeKeys(entities.keys, claims.keys),
      edgeKeys: mergeKeys(relationships.keys),
      sourceKeys: mergeKeys(sources.keys),
    },
    async *sources() {
      const count = counter('sources', sources.count);
      let after = '';
      for (;;) {
        const rows = await run('export-sources', { ids: cited, after, limit: neo4j.int(pageSize) });
        for (const row of rows) {
          yield toNode(row);
          count.tick();
        }
        if (rows.length < pageSize) break;
        after = String(rows[rows.length - 1]!.id);
      }
      await checkGeneration();
      count.done();
    },
    async *nodes() {
      const count = counter('entities', entities.count);
      for await (const page of entityPages('export-entities')) {
        for (const row of page) {
          yield toNode(row, withTimeFields);
          count.tick();
        }
      }
      count.done();
      if (withClaims) {
        const claimCount = counter('claims', claims.count);
        for await (const row of claimRows()) {
          yield toNode(row, withFactFields);
          claimCount.tick();
        }
        claimCount.done();
      }
      await checkGeneration();
    },
    async *edges() {
      const count = counter('relationships', relationships.count);
      for await (const page of entityPages('export-entity-ids')) {
        for (const r of await run('export-relationships', { ...params, page: pageIds(page) })) {
          yield {
            id: String(r.id),
            type: String(r.type),
            source: String(r.source),
            target: String(r.target),
            properties: withFactFields(r.properties as Properties),
          } satisfies ExportEdge;
          count.tick();
        }
      }
      count.done();
      if (withClaims) {
        const claimCount = counter('claim links', claims.count);
        for await (const row of claimRows()) {
          yield {
            id: `${String(row.entity)}--has-claim--${String(row.id)}`,
            type: CLAIM_RELATIONSHIP,
            source: String(row.entity),
            target: String(row.id),
            properties: {},
          } satisfies ExportEdge;
          claimCount.tick();
        }
        claimCount.done();
      }
      await checkGeneration();
    },
    // Every query closes its own session; nothing is left open between pages.
    close: async () => {},
  };
}

/** Breadth-first walk from the focus ids, `depth` steps through in-scope relationships. */
async function focusIds(
  run: (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>,
  scope: ExportScope,
): Promise<string[]> {
  const focus = scope.focus ?? [];
  const found = await run('export-focus-check', { ids: focus });
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
    const next = await run('export-focus-step', {
      ids: frontier,
      categories: scope.categories,
      ...factFilter(scope),
    });
    frontier = next.map((r) => String(r.id)).filter((id) => !reached.has(id));
    frontier.forEach((id) => reached.add(id));
  }
  return [...reached];
}

/** The whole export in memory (tests and small graphs only: the doors stream with openExport). */
export async function readExportGraph(
  driver: Driver,
  scope: ExportScope,
  options: ReadOptions = {},
): Promise<ExportGraph> {
  const stream = await openExport(driver, scope, options);
  try {
    const collect = async <T>(items: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const item of items) out.push(item);
      return out;
    };
    return {
      meta: stream.meta,
      sources: await collect(stream.sources()),
      nodes: await collect(stream.nodes()),
      edges: await collect(stream.edges()),
      schema: stream.schema,
    };
  } finally {
    await stream.close();
  }
}
