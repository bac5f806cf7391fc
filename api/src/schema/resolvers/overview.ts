// Root fields for a viewer that holds only part of a large graph: graphSize (a cheap count, to
// choose the mode), overview (the most connected entities and the edges among them) and
// subgraphOf (given entities and the edges among them), from cypher/queries/overview-*: one query
// each, but two for an overview read from the ranking the loader stored (ranking, then entities).
import type { EdgeRow, NodeRow, SubgraphRow } from '../../../../cypher/db/types.ts';
import { graphFilterParams, intInRange, type GraphFilterInput } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS } from '../../../../core/model.ts';

const MAX_OVERVIEW = 500;
/** Entities counted exactly per entity kept: enough for the synthetic graphs' degree spread to be exact. */
const CANDIDATES_PER_ENTITY = 4;

export const overviewResolvers = {
  Query: {
    graphSize: async (_: unknown, _args: unknown, ctx: ApiContext) => {
      const [row] = await ctx.run('overview-graph-size', {});
      return { entities: Number(row?.entities ?? 0) };
    },
    overview: async (
      _: unknown,
      args: { limit?: number | null; filter?: GraphFilterInput | null },
      ctx: ApiContext,
    ) => {
      const limit = intInRange(args.limit, 50, 1, MAX_OVERVIEW, 'limit');
      const params = graphFilterParams(args.filter);
      // The ranking the loader stored (cypher/derive/derive-overview.ts) ranks every kind: read it
      // when every kind is asked for, and fetch those entities and the edges among them by id.
      if (params.kinds.length === ENTITY_LABELS.length) {
        const [stored] = await ctx.run('overview-ranking', { limit: neo4j.int(limit) });
        if (stored) {
          const { ids, degrees } = stored as unknown as { ids: string[]; degrees: number[] };
          if (!ids.length) return { nodes: [], degrees: [], edges: [], exact: true };
          const [piece] = await ctx.run('overview-among', { ...params, ids });
          const { nodes, edges } = piece as unknown as SubgraphRow;
          const degreeOf = new Map(ids.map((id, i) => [id, degrees[i] ?? 0]));
          return { nodes, degrees: nodes.map((n) => degreeOf.get(n.id) ?? 0), edges, exact: true };
        }
      }
      const [row] = await ctx.run('overview-top-entities', {
        ...params,
        limit: neo4j.int(limit),
        candidates: neo4j.int(limit * CANDIDATES_PER_ENTITY),
      });
      const result = (row ?? { nodes: [], edges: [], exact: true }) as unknown as {
        nodes: (NodeRow & { degree: number })[];
        edges: EdgeRow[];
        exact: boolean;
      };
      return {
        nodes: result.nodes,
        degrees: result.nodes.map((n) => n.degree),
        edges: result.edges,
        exact: result.exact,
      };
    },
    subgraphOf: async (
      _: unknown,
      args: { ids: string[]; filter?: GraphFilterInput | null },
      ctx: ApiContext,
    ) => {
      if (args.ids.length === 0) throw badInput('ids', 'give at least one entity id');
      if (args.ids.length > LIMITS.maxListLength)
        throw badInput('ids', `at most ${LIMITS.maxListLength} ids`);
      const [row] = await ctx.run('overview-among', { ...graphFilterParams(args.filter), ids: args.ids });
      return (row ?? { nodes: [], edges: [] }) as unknown as SubgraphRow;
    },
  },
};
