// Checks GraphQL arguments and turns them into query parameters: page sizes, cursors, depths,
// dates and the shared graph filter. Every rejection names the argument and says why.
import neo4j from 'neo4j-driver';
import {
  CONFIDENCE_LEVELS,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  confidencesAtLeast,
  type Confidence,
  type EntityLabel,
  type RelationshipType,
} from '../../../core/model.ts';
import type { FilterParams } from '../../../cypher/db/graph-queries.ts';
import { badInput } from './errors.ts';

export type { FilterParams };

export interface GraphFilterInput {
  types?: RelationshipType[] | null;
  minConfidence?: Confidence | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  sources?: string[] | null;
  kinds?: EntityLabel[] | null;
}

export const SYMMETRIC_TYPES: string[] = RELATIONSHIP_TYPE_NAMES.filter(
  (t) => RELATIONSHIP_TYPES[t].symmetric,
);

export function toNeo4jDate(isoDay: string): InstanceType<typeof neo4j.types.Date> {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new neo4j.types.Date(y as number, m as number, d as number);
}

function nonEmpty<T>(list: T[] | null | undefined, argument: string): T[] | null {
  if (list === null || list === undefined) return null;
  if (list.length === 0)
    throw badInput(argument, 'an empty list matches nothing; leave it out to keep everything');
  return [...new Set(list)];
}

/** The date window of a filter: asOf is a one-day window; from/to may be open on one side. */
export function dateWindow(
  input: { asOf?: string | null; from?: string | null; to?: string | null },
  argument: string,
): { windowStart: string | null; windowEnd: string | null } {
  const { asOf, from, to } = input;
  if (asOf && (from || to)) throw badInput(`${argument}.asOf`, 'give either asOf or from/to, not both');
  if (asOf) return { windowStart: asOf, windowEnd: asOf };
  if (from && to && from > to) throw badInput(`${argument}.from`, `from (${from}) is after to (${to})`);
  return { windowStart: from ?? null, windowEnd: to ?? null };
}

export function graphFilterParams(
  input: GraphFilterInput | null | undefined,
  argument = 'filter',
): FilterParams {
  const filter = input ?? {};
  const types = nonEmpty(filter.types, `${argument}.types`) ?? RELATIONSHIP_TYPE_NAMES;
  const kinds = nonEmpty(filter.kinds, `${argument}.kinds`) ?? [...ENTITY_LABELS];
  const sources = nonEmpty(filter.sources, `${argument}.sources`);
  const confidences = filter.minConfidence
    ? confidencesAtLeast(filter.minConfidence)
    : [...CONFIDENCE_LEVELS];
  const { windowStart, windowEnd } = dateWindow(filter, argument);
  return {
    types,
    confidences,
    sources,
    kinds,
    windowStart: windowStart ? toNeo4jDate(windowStart) : null,
    windowEnd: windowEnd ? toNeo4jDate(windowEnd) : null,
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
