// Root fields over entities: entity(id), search, groups, events, places. Each sends one query;
// which nested parts (claims, relationships) it fetches follows the selection set.
import type { GraphQLResolveInfo } from 'graphql/index.js';
import { CATEGORIES, nameKey, type EntityLabel } from '../../../../core/model.ts';
import { getEntity, listEntities, searchEntities } from '../../../../cypher/db/graph-queries.ts';
import {
  decodeCursor,
  factWords,
  intInRange,
  neo4jWindow,
  toConnection,
  type PeriodInput,
} from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { luceneQueries } from '../lucene.ts';
import { selects } from '../selection.ts';

function parts(info: GraphQLResolveInfo, path: string[]) {
  return {
    withClaims: selects(info, [...path, 'claims']),
    withRelationships: selects(info, [...path, 'relationships']),
  };
}

interface EntityFilterInput extends Omit<PeriodInput, 'asOf'> {
  includePossible?: boolean | null;
  categories?: string[] | null;
  place?: string | null;
  nameContains?: string | null;
}

interface ListArgs {
  filter?: EntityFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/** The entity lists' time: the asked period, and whether what only may exist then counts too. */
function timeFilter(filter: EntityFilterInput) {
  const window = neo4jWindow(filter, 'filter');
  const includePossible = filter.includePossible ?? false;
  if (includePossible && !window.windowStart && !window.windowEnd) {
    throw badInput('filter.includePossible', 'needs a time (from and/or to) to say what may exist in it');
  }
  return { ...window, includePossible };
}

function listResolver(label: EntityLabel) {
  return async (_: unknown, args: ListArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const filter = args.filter ?? {};
    const first = intInRange(args.first, 50, 1, LIMITS.entityPage, 'first');
    const { afterKey, afterId } = decodeCursor(args.after);
    if (filter.categories) {
      const allowed = CATEGORIES[label];
      const unknown = filter.categories.filter((c) => !allowed.includes(c));
      if (unknown.length > 0 || filter.categories.length === 0) {
        throw badInput(
          'filter.categories',
          `unknown ${label} categories [${unknown.join(', ')}]; known: ${allowed.join(', ')}`,
        );
      }
    }
    const page = await listEntities(ctx.run, {
      label,
      categories: filter.categories ?? null,
      place: filter.place ?? null,
      ...timeFilter(filter),
      ...factWords(undefined, 'filter'),
      sources: null,
      nameContains: filter.nameContains ? filter.nameContains.toLowerCase() : null,
      afterKey,
      afterId,
      first,
      ...parts(info, ['items']),
    });
    if (!page.placeFound) throw notFound('place', filter.place ?? '');
    return toConnection(page, (item) => nameKey(item.name));
  };
}

export const entityResolvers = {
  Query: {
    entity: async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const entity = await getEntity(ctx.run, args.id, parts(info, []));
      if (!entity) throw notFound('entity', args.id);
      return entity;
    },
    search: async (
      _: unknown,
      args: { text: string; limit?: number | null; kinds?: EntityLabel[] | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const limit = intInRange(args.limit, 10, 1, LIMITS.searchLimit, 'limit');
      if (args.kinds && args.kinds.length === 0)
        throw badInput('kinds', 'an empty list matches nothing; leave it out to search every kind');
      const queries = luceneQueries(args.text);
      const params = {
        // Compared with the stored nameKey: lower-cased the same way, here and at load.
        text: nameKey(args.text.trim()),
        limit,
        kinds: args.kinds ?? null,
        ...parts(info, ['entity']),
      };
      const hits = await searchEntities(ctx.run, { ...params, query: queries.everyWord });
      // Only when no entity has every word: a misspelt or extra word still finds something,
      // and each hit says it matched only some of the words.
      if (hits.length > 0 || queries.anyWord === null)
        return hits.map((hit) => ({ ...hit, everyWord: true }));
      const some = await searchEntities(ctx.run, { ...params, query: queries.anyWord });
      return some.map((hit) => ({ ...hit, everyWord: false }));
    },
    groups: listResolver('Group'),
    events: listResolver('Event'),
    places: listResolver('Place'),
  },
};
