// Runs one named read query (from cypher/queries) in a READ session with the configured
// transaction timeout, turns known driver errors into coded DbErrors (db-errors.ts), and tells
// listeners about every query sent, which is how the tests count queries per GraphQL request.
import neo4j, { type Driver } from 'neo4j-driver';
import { classifyNeo4jError } from './db-errors.ts';
import { loadOpenForms, loadQueries, queryTextFor, type QueryName } from './query-files.ts';
import { toPlain, type Plain } from './to-plain.ts';

export interface QueryOptions {
  /** Neo4j database name; the server default when absent. */
  database?: string | undefined;
  /** Transaction timeout passed to Neo4j. */
  timeoutMs: number;
}

export interface QueryEvent {
  name: QueryName;
  /** The text sent (a pinned read's differs from the named file's: cypher/db/cached-runner.ts). */
  text: string;
  params: Record<string, unknown>;
  ms: number;
  ok: boolean;
  /** Answered from the API's result cache (cypher/db/cached-runner.ts): nothing was sent. */
  cached?: boolean;
}
export type QueryListener = (event: QueryEvent) => void;

const listeners = new Set<QueryListener>();

/** Subscribes to every query the API sends; returns the unsubscribe function. */
export function onQuery(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Row = Record<string, Plain>;

export type RunQuery = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

/** Tells the listeners about a query (sent, or answered from a cache). */
export function emitQueryEvent(event: QueryEvent): void {
  for (const listener of listeners) listener(event);
}

/** Runs one query text under a name (the name is what listeners and errors see). */
export type RunText = (name: QueryName, text: string, params: Record<string, unknown>) => Promise<Row[]>;

export function createQueryRunner(driver: Driver, options: QueryOptions): RunQuery {
  // Read now, so a missing query file or open form fails at start-up.
  loadQueries();
  loadOpenForms();
  const runText = createTextRunner(driver, options);
  return (name, params) => {
    const text = queryTextFor(name, params);
    if (text === undefined) return Promise.reject(new Error(`unknown query '${name}'`));
    return runText(name, text, params);
  };
}

/** The runner behind createQueryRunner, for callers that pick the text themselves. */
export function createTextRunner(driver: Driver, options: QueryOptions): RunText {
  return async (name, text, params) => {
    const started = performance.now();
    let ok = false;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    try {
      // Auto-commit rather than executeRead: a read that fails because Neo4j is down should
      // answer at once, not after the driver's 30 s of retries.
      const result = await runWithoutCallerStack(() =>
        session.run(text, params, {
          timeout: options.timeoutMs,
          metadata: { app: 'khorasan-graph', query: name },
        }),
      );
      ok = true;
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw classifyNeo4jError(error, options.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
      emitQueryEvent({ name, text, params, ms: performance.now() - started, ok });
    }
  };
}

/**
 * Starts a query without the caller's stack trace: neo4j-driver reads `new Error().stack` for
 * every Result it makes (to put the caller under a failed query's stack), and where source maps
 * are on (tsx: `npm start`, the bench) formatting those ten frames cost 0.12-0.16 ms of a 1 ms
 * request (relationships and entity on the real seed, p50 of 3,000). A query's errors are
 * classified (db-errors.ts) and logged with its name, which says more than the frames did. The
 * limit is set only while the driver builds the Result, which it does synchronously.
 */
export function runWithoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Rows of one named query, streamed as the driver's records (Neo4j values left as they are). */
export type StreamQuery = (
  name: QueryName,
  params: Record<string, unknown>,
) => AsyncIterable<Record<string, unknown>>;

/**
 * Runs `work` in one read transaction, so every query it streams sees the same snapshot (the
 * export reads entities, relationships, claims and sources this way): the generation readers see
 * is read once and passed as `$gen` to every query (cypher/README.md "Loading"), and the loader's
 * `gen` is left out of `properties` columns. Known driver errors come out as DbErrors, as from
 * createQueryRunner.
 */
export async function readSnapshot<T>(
  driver: Driver,
  options: { database?: string | undefined; timeoutMs?: number | undefined },
  work: (query: StreamQuery) => Promise<T>,
): Promise<T> {
  const queries = loadQueries();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
  try {
    return await session.executeRead(
      async (tx) => {
        const pinned = await tx.run(queries.get('get-current-generation')!);
        const gen: unknown = pinned.records[0]?.get('gen') ?? null;
        return work(async function* (name, params) {
          const text = queryTextFor(name, params);
          if (text === undefined) throw new Error(`unknown query '${name}'`);
          for await (const record of tx.run(text, { ...params, gen })) {
            yield withoutGeneration(record.toObject());
          }
        });
      },
      options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs },
    );
  } catch (error) {
    throw classifyNeo4jError(error, options.timeoutMs ?? 0);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** The row with the loader's bookkeeping property `gen` dropped from its `properties` map. */
function withoutGeneration(row: Record<string, unknown>): Record<string, unknown> {
  const properties = row.properties;
  if (properties === null || typeof properties !== 'object' || !('gen' in properties)) return row;
  const { gen: _gen, ...rest } = properties as Record<string, unknown>;
  return { ...row, properties: rest };
}
