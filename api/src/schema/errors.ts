// The GraphQL errors the API sends on purpose, each with a code in `extensions.code` so clients
// can tell bad input from a missing entity from a database that is down.
import { GraphQLError } from 'graphql/index.js';
import { classifyNeo4jError, DbError } from '../../../cypher/db/db-errors.ts';

export function badInput(argument: string, why: string): GraphQLError {
  return new GraphQLError(`Argument '${argument}': ${why}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  // Ids are bounded by LIMITS.maxStringLength; cut anyway, so no id is ever echoed at length.
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return new GraphQLError(`No ${what} with id '${shown}'`, { extensions: { code: 'NOT_FOUND', id: shown } });
}

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

export function queryTimeout(ms: number): GraphQLError {
  return new GraphQLError(
    `The query took longer than the ${ms} ms limit and was stopped; narrow the filter or lower depth/maxLength`,
    {
      extensions: { code: 'QUERY_TIMEOUT', limitMs: ms },
    },
  );
}

/** A database failure as the GraphQL error clients see: DbErrors keep their code; others pass on. */
export function toGraphQLError(error: unknown, timeoutMs: number): GraphQLError | unknown {
  const classified = error instanceof DbError ? error : classifyNeo4jError(error, timeoutMs);
  if (!(classified instanceof DbError)) return classified;
  if (classified.code === 'QUERY_TIMEOUT') return queryTimeout(classified.limitMs ?? timeoutMs);
  return serviceUnavailable(classified.message);
}
