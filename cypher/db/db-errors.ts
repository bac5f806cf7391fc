// The one place where Neo4j driver errors get a meaning: each known failure becomes a DbError with
// a code and a message that says what to do. GraphQL, the export and the connection check turn a
// DbError into their own answer (a coded GraphQL error, an HTTP status, a start-up message).
import { Neo4jError } from 'neo4j-driver';

export type DbErrorCode = 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT';

export class DbError extends Error {
  override name = 'DbError';
  constructor(
    readonly code: DbErrorCode,
    message: string,
    /** The transaction timeout in force, for QUERY_TIMEOUT. */
    readonly limitMs?: number,
  ) {
    super(message);
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A DbError for a known Neo4j failure; anything else is returned unchanged (to be masked). */
export function classifyNeo4jError(error: unknown, timeoutMs: number): DbError | unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new DbError(
      'SERVICE_UNAVAILABLE',
      `The graph database (Neo4j) is not reachable: ${error.message}. Start it (npm run serve starts the embedded one) or check NEO4J_URI.`,
    );
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new DbError(
      'QUERY_TIMEOUT',
      `The query took longer than the ${timeoutMs} ms limit and was stopped; narrow the filter or lower depth/maxLength`,
      timeoutMs,
    );
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DbError(
      'SERVICE_UNAVAILABLE',
      `The Neo4j database does not exist: ${error.message}. Check NEO4J_DATABASE.`,
    );
  }
  if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /fulltext/i.test(error.message)) {
    return new DbError(
      'SERVICE_UNAVAILABLE',
      `The full-text index is missing (${error.message}); run npm run seed to apply cypher/schema and load the graph.`,
    );
  }
  if (
    error.code === 'Neo.ClientError.Security.Unauthorized' ||
    error.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new DbError(
      'SERVICE_UNAVAILABLE',
      `Neo4j refused the credentials: ${error.message}. Check NEO4J_USER / NEO4J_PASSWORD.`,
    );
  }
  return error;
}

/** Why a connection check failed, in the words of the start-up message (what to check). */
export function describeConnectionFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return 'the server refused the credentials: check NEO4J_USER and NEO4J_PASSWORD';
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return 'the database does not exist on that server: check NEO4J_DATABASE';
  }
  if (code === 'ServiceUnavailable') return `no Neo4j answered (${message.split('\n')[0]})`;
  return code ? `${code}: ${message.split('\n')[0]}` : message.split('\n')[0]!;
}
