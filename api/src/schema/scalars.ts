// The Date and Period scalars, checked on the way in so a filter never reaches Neo4j with a date
// it would misread. What a real day and a period are is core/dates.ts's rule, not a copy here.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql/index.js';
import { parseIsoDay, parsePeriod, type Period } from '../../../core/dates.ts';

function bad(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A Date argument: a real calendar day written YYYY-MM-DD, kept as that text. */
export function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw bad(`Date must be a string YYYY-MM-DD (got ${typeof value})`);
  if (!parseIsoDay(value)) throw bad(`Date must be a real calendar day written YYYY-MM-DD (got '${value}')`);
  return value;
}

/** A Period argument as given and as its first and last day. */
export interface PeriodArgument extends Period {
  text: string;
}

/** A Period argument: a year, a month or a real day, written YYYY, YYYY-MM or YYYY-MM-DD. */
export function parsePeriodArgument(value: unknown): PeriodArgument {
  if (typeof value !== 'string') {
    throw bad(`Period must be a string YYYY, YYYY-MM or YYYY-MM-DD (got ${typeof value})`);
  }
  const period = parsePeriod(value);
  if (!period || value !== value.trim()) {
    throw bad(
      `Period must be a real year, month or day written YYYY, YYYY-MM or YYYY-MM-DD (got '${value}')`,
    );
  }
  return { text: value, ...period };
}

function stringLiteral(ast: ValueNode, scalar: string, form: string): string {
  if (ast.kind !== Kind.STRING) throw bad(`${scalar} must be a string literal ${form}`);
  return ast.value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  // A scalar given as an object replaces its SDL description, so the description lives here.
  description:
    'A calendar day, written YYYY-MM-DD. Read it with its precision: 2015-01-01 with MONTH means January 2015.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date', 'YYYY-MM-DD')),
});

export const PeriodScalar = new GraphQLScalarType({
  name: 'Period',
  description:
    'A period written YYYY (the whole year), YYYY-MM (the whole month) or YYYY-MM-DD (that day). asOf: "2014" asks about some time in 2014; as from it means its first day, as to its last.',
  serialize: (value) => (value as PeriodArgument).text,
  parseValue: parsePeriodArgument,
  parseLiteral: (ast) => parsePeriodArgument(stringLiteral(ast, 'Period', 'YYYY, YYYY-MM or YYYY-MM-DD')),
});
