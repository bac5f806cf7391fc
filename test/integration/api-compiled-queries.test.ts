// Compiled queries answer as interpreted ones (api/src/schema/compiled-execution.ts), on the real
// seed through the whole app: every query the viewer sends, GraphiQL's first one and the bench's
// six, and requests that fail in each way, each asked twice with the default setting: the first
// runs through yoga's executor, the second compiled; status and body must be the same, in
// development and in production (masked errors).
import * as jit from 'graphql-jit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPILE_QUERIES_ON } from '../../api/src/config.ts';
import { DEFAULT_QUERY } from '../../api/src/yoga.ts';
import { benchRequests } from '../../bench/scale/requests.ts';
import { REAL_SEED } from '../../bench/scale/datasets.ts';
import {
  ENTITY_QUERY,
  EVERY_STATEMENT,
  NETWORK_QUERY,
  SEARCH_QUERY,
  TIME_STATUS_QUERY,
} from '../../viewer/src/api-client.ts';
import { DOCUMENT_QUERY, MORE_QUERY } from '../../viewer/src/document-api.ts';
import {
  AMONG_QUERY,
  GRAPH_SIZE_QUERY,
  LINEAGE_QUERY,
  NEIGHBOURHOOD_QUERY,
  OVERVIEW_QUERY,
  PATHS_QUERY,
} from '../../viewer/src/overview-api.ts';
import { gql, testApp, useSharedTestApp } from './api-harness.ts';
import type { App } from '../../api/src/app.ts';

vi.mock('graphql-jit', async (original) => {
  const real = await original<typeof import('graphql-jit')>();
  return { ...real, compileQuery: vi.fn(real.compileQuery) };
});
const compileQuery = vi.mocked(jit.compileQuery);

const apps = {} as Record<'development' | 'production', App>;
useSharedTestApp(
  ({ driver, app }) => {
    apps.development = app;
    apps.production = testApp(driver, { production: true, compileQueriesOn: COMPILE_QUERIES_ON });
  },
  { compileQueriesOn: COMPILE_QUERIES_ON },
);
afterEach(() => compileQuery.mockClear());

const everything = { ...EVERY_STATEMENT };
const CASES: { name: string; query: string; variables?: Record<string, unknown>; fails?: boolean }[] = [
  { name: 'the whole graph (viewer)', query: NETWORK_QUERY, variables: { filter: everything } },
  {
    name: 'time status in a period (viewer)',
    query: TIME_STATUS_QUERY,
    variables: { filter: { ...everything, from: '2015', to: '2016', includePossible: true } },
  },
  { name: 'search (viewer)', query: SEARCH_QUERY, variables: { text: 'isis khorasan', limit: 5 } },
  { name: 'an entity with its claims (viewer)', query: ENTITY_QUERY, variables: { id: 'iskp' } },
  { name: 'graph size (viewer)', query: GRAPH_SIZE_QUERY },
  { name: 'overview (viewer)', query: OVERVIEW_QUERY, variables: { limit: 20, filter: everything } },
  {
    name: 'neighbourhood (viewer)',
    query: NEIGHBOURHOOD_QUERY,
    variables: { id: 'iskp', depth: 1, filter: everything },
  },
  {
    name: 'paths (viewer)',
    query: PATHS_QUERY,
    variables: { from: 'haqqani-network', to: 'iskp', maxLength: 4 },
  },
  {
    name: 'edges among entities (viewer)',
    query: AMONG_QUERY,
    variables: { ids: ['iskp', 'haqqani-network', 'afghan-taliban'], filter: everything },
  },
  {
    name: 'lineage, two aliased fields (viewer)',
    query: LINEAGE_QUERY,
    variables: { id: 'iskp', maxDepth: 3 },
  },
  {
    name: 'a paragraph in context (viewer)',
    query: DOCUMENT_QUERY,
    variables: { id: 'doc-000', number: 5, context: 2 },
  },
  { name: 'more paragraphs (viewer)', query: MORE_QUERY, variables: { id: 'doc-000', first: 2, after: 3 } },
  { name: "GraphiQL's first query", query: DEFAULT_QUERY },
  ...benchRequests(REAL_SEED.targets).map((r) => ({
    name: `bench: ${r.name}`,
    query: r.query,
    variables: r.variables,
  })),
  {
    name: 'fragments, an inline fragment and @include',
    query: `query($claims: Boolean!) {
      a: entity(id: "iskp") { ...names claims @include(if: $claims) { property } }
      b: entity(id: "haqqani-network") { ... on Entity { id } }
    }
    fragment names on Entity { id name aliases }`,
    variables: { claims: true },
  },
  { name: 'an unknown entity', query: ENTITY_QUERY, variables: { id: 'no-such-group' }, fails: true },
  {
    name: 'an argument refused by a resolver',
    query: 'query { search(text: "isis", kinds: []) { score } }',
    fails: true,
  },
  {
    name: 'a variable of the wrong type',
    query: SEARCH_QUERY,
    variables: { text: 'isis', limit: 'ten' },
    fails: true,
  },
  { name: 'a missing variable', query: ENTITY_QUERY, variables: {}, fails: true },
];

// Errors are masked in production (no cause, no stack): the compiled path's errors too.
describe.each(['development', 'production'] as const)('compiled queries, %s', (mode) => {
  /** Texts compiled by an earlier case (a failing case may ask a text a passing one asked). */
  const compiled = new Set<string>();

  it.each(CASES)('answer $name as on its first request', async ({ query, variables, fails }) => {
    const app = apps[mode];
    const first = await gql(app, query, variables);
    expect(compileQuery).not.toHaveBeenCalled();
    const second = await gql(app, query, variables);
    expect(second).toEqual(first);
    expect(first.body.errors !== undefined, JSON.stringify(first.body.errors)).toBe(fails === true);
    // Compiled on the second execution whatever the variables (bad ones are then told by
    // yoga's executor, as on the first).
    expect(compileQuery).toHaveBeenCalledTimes(compiled.has(query) ? 0 : 1);
    compiled.add(query);
  });
});
