// Root fields stats (one query) and about (no query: the graph model's own description).
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../../../core/model.ts';
import { getStats } from '../../../../cypher/db/graph-queries.ts';
import type { ApiContext } from '../context.ts';

export const statsResolvers = {
  Query: {
    stats: (_: unknown, _args: unknown, ctx: ApiContext) => getStats(ctx.run),
    about: () => ({
      name: 'Khorasan Graph API',
      relationshipTypes: RELATIONSHIP_TYPE_NAMES.map((type) => ({ type, ...RELATIONSHIP_TYPES[type] })),
    }),
  },
};
