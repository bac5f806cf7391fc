// Unit tests of how driver errors become coded GraphQL errors: Neo4j down, timeout, missing
// database or full-text index, refused credentials; anything else passes through unchanged.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toGraphQLError } from '../../../api/src/schema/errors.ts';

const mapped = (message: string, code: string) =>
  toGraphQLError(new Neo4jError(message, code, '', ''), 10_000) as Error & {
    extensions?: Record<string, unknown>;
  };

describe('toGraphQLError', () => {
  it('says SERVICE_UNAVAILABLE with what to do when Neo4j cannot be reached', () => {
    const error = mapped('Could not perform discovery. No routing servers available.', 'ServiceUnavailable');
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(error.message).toMatch(/not reachable: Could not perform discovery.*check NEO4J_URI/);
  });
  it('says QUERY_TIMEOUT with the limit', () => {
    const error = mapped('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(error.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limitMs: 10_000 });
    expect(error.message).toMatch(/longer than the 10000 ms limit/);
  });
  it('names the setting to check for a missing database, index or refused credentials', () => {
    expect(mapped('Database does not exist', 'Neo.ClientError.Database.DatabaseNotFound').message).toMatch(
      /NEO4J_DATABASE/,
    );
    expect(
      mapped(
        'There is no such fulltext schema index: entityNames',
        'Neo.ClientError.Procedure.ProcedureCallFailed',
      ).message,
    ).toMatch(/npm run seed/);
    expect(mapped('bad credentials', 'Neo.ClientError.Security.Unauthorized').message).toMatch(
      /NEO4J_PASSWORD/,
    );
  });
  it('lets unexpected errors through for masking', () => {
    const original = new Neo4jError('boom', 'Neo.DatabaseError.General.UnknownError', '', '');
    expect(toGraphQLError(original, 1000)).toBe(original);
    const plain = new Error('not from Neo4j');
    expect(toGraphQLError(plain, 1000)).toBe(plain);
  });
});
