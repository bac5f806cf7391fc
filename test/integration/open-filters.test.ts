// Open filters answer as the filters written out (cypher/db/open-filters.ts): on the real seed,
// every query that GraphQL requests over each filtered field send, with filters left open and
// with each filter set, is run again as the general text of its file, and the rows must be the
// same; the requests must between them splice in every open form.
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadPinnedQueries, loadQueries, type QueryName } from '../../cypher/db/query-files.ts';
import { OPEN_WHEN, openFilters } from '../../cypher/db/open-filters.ts';
import { onQuery } from '../../cypher/db/run-query.ts';
import { data, useSharedTestApp } from './api-harness.ts';
import type { App } from '../../api/src/app.ts';
import type { Driver } from 'neo4j-driver';

let app: App;
let driver: Driver;
useSharedTestApp((shared) => ({ app, driver } = shared));

const SUBGRAPH = 'nodes { id } edges { id citations { id stance modality credibility } }';
/** One request per field whose queries take the graph filter, the entity filter or the fact filter. */
const FIELDS: { field: string; query: string; variables: Record<string, unknown> }[] = [
  {
    field: 'subgraph',
    query: `query($f: GraphFilter) { subgraph(filter: $f, includeIsolated: true) { ${SUBGRAPH} } }`,
    variables: {},
  },
  {
    field: 'neighbourhood',
    query: `query($f: GraphFilter) { neighbourhood(id: "iskp", depth: 2, filter: $f) { ${SUBGRAPH} } }`,
    variables: {},
  },
  {
    field: 'shortestPaths',
    query: `query($f: GraphFilter) { shortestPaths(from: "islamic-movement-of-uzbekistan", to: "haqqani-network", filter: $f) { length paths { nodeIds } } }`,
    variables: {},
  },
  {
    field: 'lineage',
    query: `query($f: GraphFilter) { lineage(id: "iskp", direction: ORIGINS, maxDepth: 3, filter: $f) { ${SUBGRAPH} } }`,
    variables: {},
  },
  {
    field: 'lineage (descendants)',
    query: `query($f: GraphFilter) { lineage(id: "islamic-state", direction: DESCENDANTS, filter: $f) { ${SUBGRAPH} } }`,
    variables: {},
  },
  {
    field: 'overview',
    query: `query($f: GraphFilter) { overview(limit: 10, filter: $f) { exact degrees nodes { id } edges { id } } }`,
    variables: {},
  },
  {
    field: 'subgraphOf',
    query: `query($f: GraphFilter) { subgraphOf(ids: ["iskp", "haqqani-network", "afghan-taliban"], filter: $f) { ${SUBGRAPH} } }`,
    variables: {},
  },
  {
    field: 'relationships',
    query: `query($f: RelationshipFilter) { relationships(filter: $f, first: 200) { totalCount items { id } } }`,
    variables: {},
  },
  {
    field: 'entity relationships and claims',
    query: `{ entity(id: "iskp") { relationships { id } claims { property claims { id } } degree { total } } }`,
    variables: {},
  },
  {
    field: 'groups',
    query: `query($e: EntityFilter) { groups(first: 100, filter: $e) { totalCount items { id } } }`,
    variables: {},
  },
  { field: 'claims', query: `{ claims(entityId: "iskp") { property claims { id } } }`, variables: {} },
];

/** Each filter set alone, and none (every filter open). */
const GRAPH_FILTERS: { name: string; filter: Record<string, unknown> | null }[] = [
  { name: 'no filter', filter: null },
  {
    name: 'every stance and modality',
    filter: { stances: ['ASSERTED', 'DENIED', 'UNCLEAR'], modalities: ['ACTUAL', 'INTENDED', 'EXPECTED'] },
  },
  { name: 'credibility', filter: { minCredibility: 'ESTIMATED' } },
  { name: 'a document', filter: { sources: ['doc-001'] } },
  { name: 'kinds', filter: { kinds: ['GROUP'] } },
  { name: 'a window', filter: { from: '2015', to: '2018', includePossible: true } },
  { name: 'an open-ended window', filter: { from: '2019' } },
];

interface Sent {
  request: string;
  name: QueryName;
  text: string;
  params: Record<string, unknown>;
}

async function rows(text: string, params: Record<string, unknown>): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text, params);
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

describe('open filters', () => {
  it('answer every filtered query as the general text does, and splice in every open form', async () => {
    const sent: Sent[] = [];
    for (const { field, query, variables } of FIELDS) {
      for (const { name, filter } of GRAPH_FILTERS) {
        // The entity filter has no kinds, sources or credibility; its window is the same.
        const entityFilter = filter && ('from' in filter ? filter : null);
        const request = `${field}, ${name}`;
        const stop = onQuery((event) => {
          if (!event.cached) sent.push({ request, name: event.name, text: event.text, params: event.params });
        });
        try {
          await data(app, query, { ...variables, f: filter, e: entityFilter });
        } finally {
          stop();
        }
      }
    }
    const plain = loadQueries();
    const pinned = loadPinnedQueries();
    const differing: string[] = [];
    const spliced = new Set<string>();
    let specialised = 0;
    for (const s of sent) {
      const general = ('gen' in s.params ? pinned.get(s.name) : undefined) ?? plain.get(s.name)!;
      if (s.text === general) continue;
      specialised++;
      for (const open of openFilters(s.params)) spliced.add(open);
      const [mine, theirs] = [await rows(s.text, s.params), await rows(general, s.params)];
      if (!isDeepStrictEqual(mine, theirs)) differing.push(`${s.request}: ${s.name}`);
    }
    expect(differing).toEqual([]);
    expect(specialised).toBeGreaterThan(50);
    expect([...spliced].sort()).toEqual(Object.keys(OPEN_WHEN).sort());
  }, 240_000);
});
