// The six representative GraphQL requests of issue 13, asked of one dataset's entities: a search,
// one entity with its relationships and claims, a filtered relationship list, a neighbourhood, the
// shortest paths from a small group to a hub, and the first page of groups (targets: datasets.ts).
import type { RequestTargets } from './datasets.ts';

export interface BenchRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export function benchRequests(t: RequestTargets): BenchRequest[] {
  return [
    {
      name: 'search',
      query: 'query($text: String!) { search(text: $text, limit: 10) { score entity { id name } } }',
      variables: { text: t.search },
    },
    {
      name: 'entity',
      query:
        'query($id: ID!) { entity(id: $id) { id name aliases degree { total } ' +
        'claims { property claims { id } } relationships { id type quote } } }',
      variables: { id: t.leaf },
    },
    {
      name: 'relationships',
      query:
        'query($id: ID!) { relationships(filter: {entity: $id, types: [RIVAL_OF]}, first: 50) ' +
        '{ totalCount items { id quote } } }',
      variables: { id: t.leaf },
    },
    {
      name: 'neighbourhood',
      query:
        'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id name } ' +
        'edges { id type citations { id quote } } } }',
      variables: { id: t.leaf },
    },
    {
      name: 'shortestPaths',
      query:
        'query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxLength: 4) ' +
        '{ length paths { nodeIds } } }',
      variables: { from: t.pathFrom, to: t.hub },
    },
    {
      name: 'groups',
      query: '{ groups(first: 50) { totalCount items { id name category } } }',
      variables: {},
    },
  ];
}
