// Checks GraphQL arguments and turns them into query parameters: page sizes, cursors, depths,
// periods and the shared graph filter. Every rejection names the argument and says why.
import neo4j from 'neo4j-driver';
import {
  CREDIBILITY_LEVELS,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  credibilitiesAtLeast,
  type Credibility,
  type EntityLabel,
  type Modality,
  type RelationshipType,
  type Stance,
  DEFAULT_MODALITIES,
  DEFAULT_STANCES,
} from '../../../core/model.ts';
import type { FilterParams } from '../../../cypher/db/graph-queries.ts';
import { badInput } from './errors.ts';
import type { PeriodArgument } from './scalars.ts';

export type { FilterParams };

/** The arguments that choose facts by what the sentence does with them and how it hedges them. */
export interface FactFilterInput {
  minCredibility?: Credibility | null;
  stances?: Stance[] | null;
  modalities?: Modality[] | null;
}

/** Asked periods: asOf, or from/to (either may be left open). */
export interface PeriodInput {
  asOf?: PeriodArgument | null;
  from?: PeriodArgument | null;
  to?: PeriodArgument | null;
}

export interface GraphFilterInput extends FactFilterInput, PeriodInput {
  types?: RelationshipType[] | null;
  includePossible?: boolean | null;
  sources?: string[] | null;
  kinds?: EntityLabel[] | null;
}

export const SYMMETRIC_TYPES: string[] = RELATIONSHIP_TYPE_NAMES.filter(
  (t) => RELATIONSHIP_TYPES[t].symmetric,
);

function toNeo4jDate(isoDay: string): InstanceType<typeof neo4j.types.Date> {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new neo4j.types.Date(y as number, m as number, d as number);
}

function nonEmpty<T>(list: readonly T[] | null | undefined, argument: string): T[] | null {
  if (list === null || list === undefined) return null;
  if (list.length === 0)
    throw badInput(argument, 'an empty list matches nothing; leave it out to keep the default');
  return [...new Set(list)];
}

/** The stance, modality and credibility words a filter keeps, defaults filled in. */
export function factWords(input: FactFilterInput | null | undefined, argument: string) {
  const filter = input ?? {};
  return {
    stances: nonEmpty(filter.stances, `${argument}.stances`) ?? [...DEFAULT_STANCES],
    modalities: nonEmpty(filter.modalities, `${argument}.modalities`) ?? [...DEFAULT_MODALITIES],
    credibilities: filter.minCredibility
      ? credibilitiesAtLeast(filter.minCredibility)
      : [...CREDIBILITY_LEVELS],
  };
}

/** A predicate over rows with stance, modality and credibility, for lists filtered in memory. */
export function factPredicate(input: FactFilterInput | null | undefined, argument: string) {
  const words = factWords(input, argument);
  return (row: { stance: string; modality: string; credibility: string }) =>
    (words.stances as string[]).includes(row.stance) &&
    (words.modalities as string[]).includes(row.modality) &&
    (words.credibilities as string[]).includes(row.credibility);
}

/**
 * The asked time as first and last day: asOf is its whole period ("2014" is all of 2014), from
 * starts on its period's first day, to ends on its period's last day; either may be open.
 */
export function dateWindow(
  input: PeriodInput,
  argument: string,
): { windowStart: string | null; windowEnd: string | null } {
  const { asOf, from, to } = input;
  if (asOf && (from || to)) throw badInput(`${argument}.asOf`, 'give either asOf or from/to, not both');
  if (asOf) return { windowStart: asOf.from, windowEnd: asOf.to };
  if (from && to && from.from > to.to) {
    throw badInput(`${argument}.from`, `from (${from.text}) is after to (${to.text})`);
  }
  return { windowStart: from?.from ?? null, windowEnd: to?.to ?? null };
}

/** The date window as Neo4j dates, for queries that take $windowStart / $windowEnd. */
export function neo4jWindow(input: PeriodInput, argument: string) {
  const { windowStart, windowEnd } = dateWindow(input, argument);
  return {
    windowStart: windowStart ? toNeo4jDate(windowStart) : null,
    windowEnd: windowEnd ? toNeo4jDate(windowEnd) : null,
  };
}

export function graphFilterParams(
  input: GraphFilterInput | null | undefined,
  argument = 'filter',
): FilterParams {
  const filter = input ?? {};
  const types = nonEmpty(filter.types, `${argument}.types`) ?? RELATIONSHIP_TYPE_NAMES;
  const kinds = nonEmpty(filter.kinds, `${argument}.kinds`) ?? [...ENTITY_LABELS];
  const sources = nonEmpty(filter.sources, `${argument}.sources`);
  const window = neo4jWindow(filter, argument);
  const includePossible = filter.includePossible ?? false;
  if (includePossible && !window.windowStart && !window.windowEnd) {
    throw badInput(
      `${argument}.includePossible`,
      'needs a time (asOf, or from/to) to say what may hold in it',
    );
  }
  return {
    types,
    ...factWords(filter, argument),
    sources,
    kinds,
    ...window,
    includePossible,
    symmetricTypes: SYMMETRIC_TYPES,
  };
}

export function intInRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(argument, `must be a whole number from ${min} to ${max} (got ${n})`);
  }
  return n;
}

export interface CursorKey {
  afterKey: string | null;
  afterId: string | null;
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

/**
 * The connection object of a list field: its items, total and page info, the end cursor made from
 * the last item's sort key (`sortKey`) and id, so the next page resumes in the same stable order.
 */
export function toConnection<T extends { id: string }>(
  page: { items: T[]; totalCount: number; hasNextPage: boolean },
  sortKey: (item: T) => string,
) {
  const last = page.items.at(-1);
  return {
    totalCount: page.totalCount,
    items: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeCursor(sortKey(last), last.id) : null,
    },
  };
}

export function decodeCursor(cursor: string | null | undefined, argument = 'after'): CursorKey {
  if (cursor === null || cursor === undefined) return { afterKey: null, afterId: null };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { afterKey: parsed[0] as string, afterId: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, 'not a cursor this API gave out; pass pageInfo.endCursor from the previous page');
}
