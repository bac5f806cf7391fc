// The requests of a page that holds only part of a large graph (api/src/schema/overview.graphql and
// graph.graphql): the graph's size, the overview, an entity's neighbourhood, shortest paths, a
// lineage and the edges among given entities. Every piece comes with every stance and modality
// and no date, like the whole graph in the load-everything mode, and with the spans the page
// judges time by (local-time.ts).
import { LINEAGE_TYPES } from '../../core/model.ts';
import { EVERY_STATEMENT, gql, mapEdge, mapNode, type ApiEdge } from './api-client.ts';
import type { Entity, Subgraph } from './types.ts';

const BOUNDS = 'validFrom validFromPrecision validTo validToPrecision';
const SPANS = 'knownFrom knownTo possibleFrom possibleTo';
const PROVENANCE = 'quote paragraph stance modality credibility reliability attributedTo tense note';
const SOURCE = 'source { id title publisher date datePrecision }';
const NODE = `id name kind category aliases ${BOUNDS} ${SPANS}`;
const EDGE = `id type symmetric source target stance modality credibility disagreement
  citations { id ${SOURCE} ${PROVENANCE} role ${BOUNDS} ${SPANS} }`;
const PIECE = `nodes { ${NODE} } edges { ${EDGE} }`;

export const GRAPH_SIZE_QUERY = /* GraphQL */ `
  query GraphSize {
    graphSize {
      entities
    }
  }
`;
export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($limit: Int, $filter: GraphFilter) { overview(limit: $limit, filter: $filter) { ${PIECE} degrees exact } }`;
export const NEIGHBOURHOOD_QUERY = /* GraphQL */ `
  query Around($id: ID!, $depth: Int, $filter: GraphFilter) { neighbourhood(id: $id, depth: $depth, filter: $filter) { ${PIECE} } }`;
/** Paths walk asserted facts (the API's default filter), as the page's own walks do. */
export const PATHS_QUERY = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxLength: Int) {
    shortestPaths(from: $from, to: $to, maxLength: $maxLength) {
      paths {
        nodeIds
      }
    }
  }
`;
export const AMONG_QUERY = /* GraphQL */ `
  query Among($ids: [ID!]!, $filter: GraphFilter) { subgraphOf(ids: $ids, filter: $filter) { ${PIECE} } }`;
export const LINEAGE_QUERY = /* GraphQL */ `
  query Lineage($id: ID!, $maxDepth: Int, $filter: GraphFilter) {
    origins: lineage(id: $id, direction: ORIGINS, maxDepth: $maxDepth, filter: $filter) { ${PIECE} }
    descendants: lineage(id: $id, direction: DESCENDANTS, maxDepth: $maxDepth, filter: $filter) { ${PIECE} }
  }`;

type ApiNode = Parameters<typeof mapNode>[0] & {
  knownFrom?: string | null;
  knownTo?: string | null;
  possibleFrom?: string | null;
  possibleTo?: string | null;
};
interface ApiPiece {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

function withSpans(n: ApiNode): Entity {
  return {
    ...mapNode(n),
    knownFrom: n.knownFrom ?? null,
    knownTo: n.knownTo ?? null,
    possibleFrom: n.possibleFrom ?? null,
    possibleTo: n.possibleTo ?? null,
  };
}

export function mapPiece(p: ApiPiece): Subgraph {
  return { entities: p.nodes.map(withSpans), edges: p.edges.map(mapEdge) };
}

/** The API's walks allow these many steps at most (api/src/schema/limits.ts). */
const MAX_PATH = 6;
const MAX_LINEAGE = 6;
const MAX_IDS = 100;

export async function fetchGraphSize(): Promise<number> {
  return (await gql<{ graphSize: { entities: number } }>(GRAPH_SIZE_QUERY)).graphSize.entities;
}

export async function fetchOverview(limit: number): Promise<Subgraph & { degrees: Map<string, number> }> {
  const data = await gql<{ overview: ApiPiece & { degrees: number[] } }>(OVERVIEW_QUERY, {
    limit,
    filter: EVERY_STATEMENT,
  });
  const degrees = new Map(data.overview.nodes.map((n, i) => [n.id, data.overview.degrees[i] ?? 0]));
  return { ...mapPiece(data.overview), degrees };
}

export async function fetchNeighbourhood(id: string, depth: number): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: ApiPiece }>(NEIGHBOURHOOD_QUERY, {
    id,
    depth,
    filter: EVERY_STATEMENT,
  });
  return mapPiece(data.neighbourhood);
}

/** The entities on every shortest path (asserted facts) and every edge among them; empty when none. */
export async function fetchPaths(from: string, to: string): Promise<Subgraph> {
  const data = await gql<{ shortestPaths: { paths: { nodeIds: string[] }[] } }>(PATHS_QUERY, {
    from,
    to,
    maxLength: MAX_PATH,
  });
  const ids = [...new Set(data.shortestPaths.paths.flatMap((p) => p.nodeIds))].slice(0, MAX_IDS);
  if (!ids.length) return { entities: [], edges: [] };
  const among = await gql<{ subgraphOf: ApiPiece }>(AMONG_QUERY, { ids, filter: EVERY_STATEMENT });
  return mapPiece(among.subgraphOf);
}

/** Both directions of a group's lineage, every statement of the lineage types (the page walks the facts). */
export async function fetchLineage(id: string): Promise<Subgraph> {
  const data = await gql<{ origins: ApiPiece; descendants: ApiPiece }>(LINEAGE_QUERY, {
    id,
    maxDepth: MAX_LINEAGE,
    filter: { ...EVERY_STATEMENT, types: [...LINEAGE_TYPES] },
  });
  const a = mapPiece(data.origins);
  const b = mapPiece(data.descendants);
  return { entities: [...a.entities, ...b.entities], edges: [...a.edges, ...b.edges] };
}
