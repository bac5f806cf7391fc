// Integration: one Cypher query per GraphQL root field, whatever the selection set. A deep
// request over every kind of root field is counted at the query runner, and each root field is
// checked alone so a nested resolver that sent its own query would show up by name. Neo4j's own
// query statistics (db.stats) confirm the count on a private instance, where nothing else runs
// (beside them, the one read of the generation the request's queries share).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../api/src/app.ts';
import { onQuery, type QueryEvent } from '../../cypher/db/run-query.ts';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { loadPinnedQueries, loadQueries } from '../../cypher/db/query-files.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/neo4j.ts';
import { data, testApp, useSharedTestApp } from './api-harness.ts';

let app: App;
useSharedTestApp((shared) => ({ app } = shared));

const CITED = `id quote stance modality credibility credibilityScore reliability reliabilityScore tense attributedTo
  knownFrom knownTo possibleFrom possibleTo timeStatus source { id title publisher date speakers }`;
const PROVENANCE = `${CITED} validFrom validFromPrecision`;
const ENTITY = `id name kind aliases degree { total }
  claims { property disagreement claims { display ${CITED} subject { id name } } }
  relationships { type meaning from { id name kind } to { id name kind } ${PROVENANCE} }`;
const GRAPH = `nodes { id name kind depth } edges { id type symmetric stance modality credibility disagreement source target citations { ${PROVENANCE} } }`;

const ROOT_FIELDS: Record<string, [string, string]> = {
  entity: [`entity(id: "iskp") { ${ENTITY} }`, 'get-entity'],
  search: [`search(text: "taliban") { score entity { ${ENTITY} } }`, 'search-entities'],
  // Unfiltered, a page of groups is an ordered index read (list-entities-unfiltered).
  groups: [`groups(first: 20) { totalCount items { ${ENTITY} } }`, 'list-entities-unfiltered'],
  relationships: [
    `relationships(first: 50) { totalCount items { type from { id } to { id } ${PROVENANCE} } }`,
    'list-relationships',
  ],
  neighbourhood: [`neighbourhood(id: "iskp", depth: 2) { ${GRAPH} }`, 'get-neighbourhood'],
  subgraph: [`subgraph { ${GRAPH} }`, 'get-subgraph'],
  shortestPaths: [
    `shortestPaths(from: "islamic-movement-of-uzbekistan", to: "haqqani-network") { length paths { nodeIds steps } ${GRAPH} }`,
    'find-shortest-paths',
  ],
  lineage: [`lineage(id: "iskp", maxDepth: 3) { ${GRAPH} }`, 'get-lineage-origins'],
  claims: [
    `claims(entityId: "kabul-airport-attack") { property claims { display ${CITED} subject { id } } }`,
    'list-claims',
  ],
  source: [
    `source(id: "doc-001") { title supports { relationships { type from { id } to { id } ${PROVENANCE} } claims { display ${CITED} } } }`,
    'get-source',
  ],
  sources: [
    `sources { items { id title relationshipCount supports { relationships { id source { id } } claims { id } } } }`,
    'list-sources',
  ],
  stats: [
    `stats { labels { label count } relationshipTypes { type count } groupDegrees { group { id name } total neighbours } }`,
    'get-stats',
  ],
};

async function countQueries(query: string): Promise<QueryEvent[]> {
  const events: QueryEvent[] = [];
  const stop = onQuery((event) => events.push(event));
  try {
    await data(app, query);
  } finally {
    stop();
  }
  return events;
}

describe('one Cypher query per root field', () => {
  it.each(Object.entries(ROOT_FIELDS))(
    '%s sends exactly one query, however deep the selection',
    async (_, [field, name]) => {
      const events = await countQueries(`{ ${field} }`);
      expect(events.map((e) => e.name)).toEqual([name]);
    },
  );

  it('a deep request over every root field sends one query per root field', async () => {
    const fields = Object.entries(ROOT_FIELDS);
    const events = await countQueries(`{ ${fields.map(([, [field]]) => field).join('\n')} }`);
    expect(events).toHaveLength(fields.length);
    expect(events.map((e) => e.name).sort()).toEqual(fields.map(([, [, name]]) => name).sort());
    expect(events.every((e) => e.ok)).toBe(true);
  });

  it('the same root field twice under aliases is two queries, not one per nested item', async () => {
    const events = await countQueries(
      `{ a: groups(first: 50) { items { ${ENTITY} } } b: events(first: 50) { items { ${ENTITY} } } }`,
    );
    expect(events.map((e) => e.name)).toEqual(['list-entities-unfiltered', 'list-entities-unfiltered']);
  });

  it('fetches nested parts only when selected, fragments included', async () => {
    const bare = await countQueries(`{ entity(id: "iskp") { name } }`);
    expect(bare[0]?.params).toMatchObject({ withClaims: false, withRelationships: false });
    const viaFragment = await countQueries(
      `query { entity(id: "iskp") { ...Figures } } fragment Figures on Entity { ... on Entity { claims { property } } }`,
    );
    expect(viaFragment[0]?.params).toMatchObject({ withClaims: true, withRelationships: false });
    const inSearch = await countQueries(`{ search(text: "iskp") { entity { relationships { id } } } }`);
    expect(inSearch[0]?.params).toMatchObject({ withClaims: false, withRelationships: true });
  });
});

describe('counted by Neo4j itself', () => {
  let scratch: ScratchNeo4j | undefined;
  beforeAll(async () => {
    scratch = await startScratchNeo4j();
    await loadSeeds(scratch.driver, {
      schemaDir: fileURLToPath(new URL('../../cypher/schema', import.meta.url)),
      seedDir: fileURLToPath(new URL('../../cypher/seed', import.meta.url)),
    });
  }, 240_000);
  afterAll(async () => {
    await scratch?.stop();
  });

  // The texts go out compact, without their header (cypher/db/compact-cypher.ts): named by the
  // sent text, a pinned read's or the file's, or one with open filters spliced in
  // (cypher/db/open-filters.ts), named as the runner sends it.
  const names = new Map<string, string>();
  for (const queries of [loadQueries(), loadPinnedQueries()])
    for (const [name, text] of queries) names.set(text, name);
  const stopNaming = onQuery((event) => names.set(event.text, event.name));
  afterAll(() => stopNaming());

  /** Neo4j's query statistics from now on, nothing from before. */
  async function collectQueryStatsAfresh(driver: Driver): Promise<void> {
    await driver.executeQuery("CALL db.stats.stop('QUERIES')");
    await driver.executeQuery("CALL db.stats.clear('QUERIES')");
    await driver.executeQuery("CALL db.stats.collect('QUERIES')");
  }

  async function apiQueryCounts(driver: Driver): Promise<Record<string, number>> {
    const result = await driver.executeQuery(
      `CALL db.stats.retrieve('QUERIES') YIELD data
       RETURN data.query AS query, data.invocationSummary.invocationCount AS invocations`,
    );
    const counts: Record<string, number> = {};
    for (const record of result.records) {
      const name = names.get(String(record.get('query')));
      if (name) counts[name] = (counts[name] ?? 0) + Number(record.get('invocations'));
    }
    return counts;
  }

  it('sees exactly one query per root field of a deep request', async () => {
    const driver = scratch!.driver;
    await collectQueryStatsAfresh(driver);
    const scratchApp = testApp(driver);
    const fields = Object.values(ROOT_FIELDS);
    await data(scratchApp, `{ ${fields.map(([field]) => field).join('\n')} }`);
    // One per root field, and the generation the request's queries read (cypher/db/cached-runner.ts).
    const expected = {
      ...Object.fromEntries(fields.map(([, name]) => [name, 1])),
      'read-generation-stamp': 1,
    };
    // Neo4j records invocations in the background: wait until they are all in, then a little more.
    let counts = await apiQueryCounts(driver);
    for (let i = 0; i < 100 && Object.values(counts).reduce((a, b) => a + b, 0) < fields.length + 1; i++) {
      await new Promise((done) => setTimeout(done, 100));
      counts = await apiQueryCounts(driver);
    }
    await new Promise((done) => setTimeout(done, 500));
    expect(await apiQueryCounts(driver)).toEqual(expected);
  });

  it('plans a query once whatever the length of its string parameters (internal.cypher.use_parameter_size=false)', async () => {
    // Neo4j's default keys a plan also by each string and list parameter's length rounded up to a
    // power of ten: ids of 4, 11 and 150 characters were three plans of get-entity, each 1.0-1.4 s of
    // CPU on this JIT, where a cached plan takes milliseconds (EmbeddedNeo4j.java).
    const driver = scratch!.driver;
    await collectQueryStatsAfresh(driver);
    const scratchApp = testApp(driver);
    const ids = ['iskp', 'x'.repeat(11), 'x'.repeat(150)];
    for (const id of ids) {
      // The made-up ids are NOT_FOUND: what counts is the query Neo4j planned for them.
      await data(scratchApp, `query($id: ID!) { entity(id: $id) { id } }`, { id }).catch(() => undefined);
    }
    const compileMs = async () => {
      const result = await driver.executeQuery(
        `CALL db.stats.retrieve('QUERIES') YIELD data
         UNWIND data.invocations AS invocation
         RETURN data.query AS query, invocation.params.id AS id, invocation.elapsedCompileTimeInUs AS us`,
      );
      const byLength = new Map<number, number>();
      for (const record of result.records) {
        if (names.get(String(record.get('query'))) !== 'get-entity') continue;
        byLength.set(String(record.get('id')).length, Number(record.get('us')) / 1000);
      }
      return byLength;
    };
    let byLength = await compileMs();
    for (let i = 0; i < 100 && byLength.size < ids.length; i++) {
      await new Promise((done) => setTimeout(done, 100));
      byLength = await compileMs();
    }
    // The first may plan; the longer ids, in the next two buckets, reuse its plan. (db.stats keeps
    // the first 100 characters of a parameter: the 150 are listed as 100.)
    expect([...byLength.keys()].sort((a, b) => a - b)).toEqual([4, 11, 100]);
    expect(byLength.get(11)).toBeLessThan(250);
    expect(byLength.get(100)).toBeLessThan(250);
  });
});
