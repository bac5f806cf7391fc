// Root field claims(entityId, property, stances, modalities): figures side by side, one query
// that keeps the asked stances and modalities (asserted, actual by default), grouped here.
import { CLAIM_PROPERTIES, type Modality, type Stance } from '../../../../core/model.ts';
import { listClaims } from '../../../../cypher/db/graph-queries.ts';
import { factWords } from '../arguments.ts';
import { groupClaims } from '../claim-groups.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';

export const claimResolvers = {
  Query: {
    claims: async (
      _: unknown,
      args: {
        entityId?: string | null;
        property?: string | null;
        stances?: Stance[] | null;
        modalities?: Modality[] | null;
      },
      ctx: ApiContext,
    ) => {
      if (args.property && !(CLAIM_PROPERTIES as readonly string[]).includes(args.property)) {
        throw badInput(
          'property',
          `unknown claim property '${args.property}'; known: ${CLAIM_PROPERTIES.join(', ')}`,
        );
      }
      const result = await listClaims(ctx.run, {
        entityId: args.entityId ?? null,
        property: args.property ?? null,
        ...factWords(args, 'claims'),
        sources: null,
        windowStart: null,
        windowEnd: null,
        includePossible: false,
      });
      if (!result.entityFound) throw notFound('entity', args.entityId ?? '');
      return groupClaims(result.claims);
    },
  },
};
