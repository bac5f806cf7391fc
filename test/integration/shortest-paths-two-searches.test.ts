// find-shortest-paths searches twice, the second time only when no path of the first passes the
// filter (its header says why that is exact). On the real seed, for every ordered pair of a dozen
// entities under several filters, its paths must be those of one search over the filtered graph,
// the query as it was; and the pairs must reach the second search with a path to find.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { expandFragments } from '../../cypher/db/query-fragments.ts';
import { loadFragments, QUERY_DIR, type QueryName } from '../../cypher/db/query-files.ts';
import { onQuery } from '../../cypher/db/run-query.ts';
import { data, useSharedTestApp } from './api-harness.ts';
import type { App } from '../../api/src/app.ts';

let app: App;
let driver: Driver;
useSharedTestApp((shared) => ({ app, driver } = shared));

/**
 * One search over the filtered graph, as find-shortest-paths was, beside the length of the paths
 * its first search finds (types only): shorter than the answer's means none of them
 * passed and its second search found the answer.
 */
const ONE_SEARCH = `
@snapshot-generation
OPTIONAL MATCH (from:Entity {id: $fromId}) WHERE @in-generation(from)
OPTIONAL MATCH (to:Entity {id: $toId}) WHERE @in-generation(to)
CALL (from, to) {
  OPTIONAL MATCH q = shortestPath((from)-[steps*1..6]-(to))
  WHERE all(r IN steps WHERE @type-kept(r))
  RETURN length(q) AS firstLength
}
CALL (from, to) {
  OPTIONAL MATCH p = allShortestPaths((from)-[steps*1..6]-(to))
  WHERE all(r IN steps WHERE @relationship-passes(r))
    AND all(x IN nodes(p) WHERE x = from OR (x:Entity AND @entity-passes(x)))
  WITH p
  WHERE length(p) <= $maxLength
  WITH DISTINCT [n IN nodes(p) | n.id] AS path
  ORDER BY path
  RETURN collect(path) AS paths
}
RETURN paths, firstLength`;

const ENTITIES = [
  'iskp',
  'islamic-state',
  'afghan-taliban',
  'pakistani-taliban',
  'haqqani-network',
  'al-qaeda',
  'islamic-movement-of-uzbekistan',
  'united-states',
  'pakistan-army',
  'gulf-donors',
  'kabul-airport-attack',
  'middle-east',
  'former-soviet-union',
];

const FILTERS: Record<string, unknown>[] = [
  {},
  { stances: ['ASSERTED', 'DENIED', 'UNCLEAR'], modalities: ['ACTUAL', 'INTENDED', 'EXPECTED'] },
  { kinds: ['GROUP'] },
  { types: ['RIVAL_OF', 'CLASHED_WITH', 'TARGETED', 'LINKED_TO', 'COOPERATED_WITH'] },
  { minCredibility: 'ALLEGED' },
  { sources: ['doc-000'] },
  { from: '2015', to: '2018' },
  { from: '2015', to: '2018', includePossible: true },
];

const PATHS = `query($from: ID!, $to: ID!, $filter: GraphFilter) {
  shortestPaths(from: $from, to: $to, filter: $filter, maxLength: 6) { paths { nodeIds } }
}`;

async function run(text: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(text, params);
    return records[0]!.toObject();
  } finally {
    await session.close();
  }
}

describe('shortest paths in two searches', () => {
  it('finds the paths of one search over the filtered graph, reaching the second search too', async () => {
    const reference = expandFragments(ONE_SEARCH, 'ONE_SEARCH', loadFragments(QUERY_DIR));
    const differing: string[] = [];
    let compared = 0;
    let searchedAgain = 0;
    for (const filter of FILTERS) {
      for (const from of ENTITIES) {
        for (const to of ENTITIES) {
          if (from === to) continue;
          const sent: { name: QueryName; text: string; params: Record<string, unknown> }[] = [];
          const stop = onQuery((e) => sent.push({ name: e.name, text: e.text, params: e.params }));
          let answer: { shortestPaths: { paths: { nodeIds: string[] }[] } };
          try {
            answer = (await data(app, PATHS, { from, to, filter })) as typeof answer;
          } finally {
            stop();
          }
          const query = sent.find((s) => s.name === 'find-shortest-paths')!;
          const one = await run(reference, query.params);
          const paths = one.paths as string[][];
          const got = answer.shortestPaths.paths.map((p) => p.nodeIds);
          compared++;
          if (JSON.stringify(got) !== JSON.stringify(paths)) {
            differing.push(
              `${from} → ${to} ${JSON.stringify(filter)}: ${JSON.stringify(got)} vs ${JSON.stringify(paths)}`,
            );
          }
          const firstLength = one.firstLength === null ? null : Number(one.firstLength);
          if (paths.length > 0 && firstLength !== null && firstLength < paths[0]!.length - 1) searchedAgain++;
        }
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBe(FILTERS.length * ENTITIES.length * (ENTITIES.length - 1));
    expect(searchedAgain).toBeGreaterThan(10);
  }, 300_000);
});
