// The Date scalar: a real calendar day written YYYY-MM-DD, checked on the way in so a filter
// never reaches Neo4j with a date it would misread.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql/index.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(value: unknown): string {
  if (typeof value !== 'string')
    throw new GraphQLError(`Date must be a string YYYY-MM-DD (got ${typeof value})`);
  const match = ISO_DAY.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a real calendar day written YYYY-MM-DD (got '${value}')`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseIsoDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string literal YYYY-MM-DD', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return parseIsoDay(ast.value);
  },
});
