// Root field relationships(filter): one page of relationships with provenance, one query.
import { listRelationships } from '../../../../cypher/db/graph-queries.ts';
import {
  decodeCursor,
  toConnection,
  graphFilterParams,
  intInRange,
  type GraphFilterInput,
} from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { LIMITS } from '../limits.ts';

export const relationshipResolvers = {
  Query: {
    relationships: async (
      _: unknown,
      args: {
        filter?: (GraphFilterInput & { entity?: string | null }) | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: ApiContext,
    ) => {
      const first = intInRange(args.first, 100, 1, LIMITS.relationshipPage, 'first');
      const { afterId } = decodeCursor(args.after);
      const entity = args.filter?.entity ?? null;
      const page = await listRelationships(ctx.run, {
        ...graphFilterParams(args.filter),
        entity,
        afterId,
        first,
      });
      if (!page.entityFound) throw notFound('entity', entity ?? '');
      return toConnection(page, (item) => item.id);
    },
  },
};
