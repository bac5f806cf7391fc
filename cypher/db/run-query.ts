// Runs one named read query (from cypher/queries) in a READ session with the configured
// transaction timeout, maps driver errors to coded GraphQL errors, and tells listeners about
// every query sent, which is how the tests count queries per GraphQL request.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { GraphQLError } from 'graphql/index.js';
import { queryTimeout, serviceUnavailable } from '../schema/errors.ts';
import { loadQueries, type QueryName } from './query-files.ts';
import { toPlain, type Plain } from './to-plain.ts';

export interface QueryOptions {
  /** Neo4j database name; the server default when absent. */
  database?: string | undefined;
  /** Transaction timeout passed to Neo4j. */
  timeoutMs: number;
}

export interface QueryEvent {
  name: QueryName;
  params: Record<string, unknown>;
  ms: number;
  ok: boolean;
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

export function createQueryRunner(driver: Driver, options: QueryOptions): RunQuery {
  const queries = loadQueries();
  return async (name, params) => {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`unknown query '${name}'`);
    const started = performance.now();
    let ok = false;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    try {
      // Auto-commit rather than executeRead: a read that fails because Neo4j is down should
      // answer at once, not after the driver's 30 s of retries.
      const result = await session.run(text, params, {
        timeout: options.timeoutMs,
        metadata: { app: 'khorasan-graph', query: name },
      });
      ok = true;
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw toGraphQLError(error, options.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
      const event: QueryEvent = { name, params, ms: performance.now() - started, ok };
      for (const listener of listeners) listener(event);
    }
  };
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toGraphQLError(error: unknown, timeoutMs: number): GraphQLError | unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return serviceUnavailable(
      `The graph database (Neo4j) is not reachable: ${error.message}. Start it (npm run serve starts the embedded one) or check NEO4J_URI.`,
    );
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return queryTimeout(timeoutMs);
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return serviceUnavailable(`The Neo4j database does not exist: ${error.message}. Check NEO4J_DATABASE.`);
  }
  if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /fulltext/i.test(error.message)) {
    return serviceUnavailable(
      `The full-text index is missing (${error.message}); run npm run seed to apply cypher/schema and load the graph.`,
    );
  }
  if (
    error.code === 'Neo.ClientError.Security.Unauthorized' ||
    error.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return serviceUnavailable(
      `Neo4j refused the credentials: ${error.message}. Check NEO4J_USER / NEO4J_PASSWORD.`,
    );
  }
  return error;
}
