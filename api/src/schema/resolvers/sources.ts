// Root fields source(id) and sources: documents and everything they support, one query each; a
// document's text by paragraphs comes from paragraphs.ts.
import type { GraphQLResolveInfo } from 'graphql/index.js';
import { getSource, listSources } from '../../../../cypher/db/graph-queries.ts';
import { decodeCursor, toConnection, intInRange, neo4jWindow, type PeriodInput } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { selects } from '../selection.ts';
import { paragraphResolvers } from './paragraphs.ts';

export const sourceResolvers = {
  Source: paragraphResolvers.Source,
  Query: {
    source: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      const source = await getSource(ctx.run, args.id);
      if (!source) throw notFound('source', args.id);
      return source;
    },
    sources: async (
      _: unknown,
      args: {
        filter?: ({ kinds?: string[] | null; publisher?: string | null } & Omit<PeriodInput, 'asOf'>) | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = intInRange(args.first, 50, 1, LIMITS.sourcePage, 'first');
      const { afterKey, afterId } = decodeCursor(args.after);
      const kinds = args.filter?.kinds ?? null;
      if (kinds && kinds.length === 0)
        throw badInput('filter.kinds', 'an empty list matches nothing; leave it out');
      const page = await listSources(ctx.run, {
        kinds,
        publisher: args.filter?.publisher ? args.filter.publisher.toLowerCase() : null,
        ...neo4jWindow(args.filter ?? {}, 'filter'),
        afterKey,
        afterId,
        first,
        withSupports: selects(info, ['items', 'supports']),
      });
      return toConnection(page, (item) => item.title.toLowerCase());
    },
  },
};
