// Root fields that answer with a piece of graph to draw: neighbourhood, subgraph, shortestPaths
// and lineage. One query each; the path steps are worked out here from what it returned.
import { LINEAGE_TYPES } from '../../../../core/model.ts';
import type { EdgeRow } from '../../../../cypher/db/types.ts';
import {
  findShortestPaths,
  getLineage,
  getNeighbourhood,
  getSubgraph,
} from '../../../../cypher/db/graph-queries.ts';
import { graphFilterParams, intInRange, type GraphFilterInput } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { LIMITS } from '../limits.ts';

/** For each step of each path, the drawn edges joining its two entities (either direction). */
export function pathSteps(paths: string[][], edges: EdgeRow[]) {
  return paths.map((nodeIds) => ({
    nodeIds,
    steps: nodeIds.slice(1).map((to, i) => {
      const from = nodeIds[i];
      return edges
        .filter((e) => (e.source === from && e.target === to) || (e.source === to && e.target === from))
        .map((e) => e.id);
    }),
  }));
}

export const graphResolvers = {
  Query: {
    neighbourhood: async (
      _: unknown,
      args: { id: string; depth?: number | null; filter?: GraphFilterInput | null },
      ctx: ApiContext,
    ) => {
      const depth = intInRange(args.depth, 1, 1, LIMITS.neighbourhoodDepth, 'depth');
      const result = await getNeighbourhood(ctx.run, {
        ...graphFilterParams(args.filter),
        id: args.id,
        depth,
      });
      if (!result?.found) throw notFound('entity', args.id);
      return { nodes: result.nodes, edges: result.edges };
    },
    subgraph: async (
      _: unknown,
      args: { filter?: GraphFilterInput | null; includeIsolated?: boolean | null },
      ctx: ApiContext,
    ) =>
      getSubgraph(ctx.run, {
        ...graphFilterParams(args.filter),
        includeIsolated: args.includeIsolated ?? false,
      }),
    shortestPaths: async (
      _: unknown,
      args: { from: string; to: string; filter?: GraphFilterInput | null; maxLength?: number | null },
      ctx: ApiContext,
    ) => {
      const maxLength = intInRange(args.maxLength, 4, 1, LIMITS.pathLength, 'maxLength');
      if (args.from === args.to)
        throw badInput('to', 'from and to are the same entity; give two different ids');
      const result = await findShortestPaths(ctx.run, {
        ...graphFilterParams(args.filter),
        fromId: args.from,
        toId: args.to,
        maxLength,
      });
      if (!result?.fromFound) throw notFound('entity', args.from);
      if (!result.toFound) throw notFound('entity', args.to);
      const first = result.paths[0];
      return {
        length: first ? first.length - 1 : null,
        paths: pathSteps(result.paths, result.edges),
        nodes: result.nodes,
        edges: result.edges,
      };
    },
    lineage: async (
      _: unknown,
      args: {
        id: string;
        direction?: 'ORIGINS' | 'DESCENDANTS' | null;
        maxDepth?: number | null;
        filter?: GraphFilterInput | null;
      },
      ctx: ApiContext,
    ) => {
      const maxDepth = intInRange(args.maxDepth, 3, 1, LIMITS.lineageDepth, 'maxDepth');
      const params = graphFilterParams(args.filter);
      const types = params.types.filter((t) => (LINEAGE_TYPES as readonly string[]).includes(t));
      if (types.length === 0) {
        throw badInput(
          'filter.types',
          `lineage follows only ${LINEAGE_TYPES.join(', ')}; keep at least one of them`,
        );
      }
      const result = await getLineage(ctx.run, args.direction ?? 'ORIGINS', {
        ...params,
        types,
        id: args.id,
        maxDepth,
      });
      if (!result?.found) throw notFound('entity', args.id);
      return { nodes: result.nodes, edges: result.edges };
    },
  },
};
