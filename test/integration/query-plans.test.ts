// Query plans of the hot paths (issue 13), checked with PROFILE on a private Neo4j holding a small
// synthetic graph, then one ten times bigger (a new generation): the queries the benchmark's six
// requests and the index-backed filters send read nothing through a label or relationship scan,
// and those whose answer stays small read about as much on the big graph as on the small one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type DatasetInfo } from '../../bench/generate/generate-dataset.ts';
import { benchRequests } from '../../bench/scale/requests.ts';
import type { QueryName } from '../../cypher/db/query-files.ts';
import { onQuery } from '../../cypher/db/run-query.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/neo4j.ts';
import { data, testApp } from './api-harness.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../../cypher/schema', import.meta.url));
const SMALL = 100;
const BIG = 1000;
/** Operators that read every node of a label, every node, or every relationship (of a type). */
const SCAN = /^(AllNodesScan|NodeByLabelScan|\w*AllRelationshipsScan|\w*RelationshipTypeScan)/;

interface PlanOperator {
  operatorType: string;
  rows?: number;
  dbHits?: number;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

interface Profiled {
  request: string;
  query: QueryName;
  dbHits: number;
  /** Scan operators that read something: `<operator> <details>`. */
  scans: string[];
  /** Every operator of the plan, by type. */
  operators: string[];
}

/** The GraphQL requests measured: the benchmark's six and the filters the issue names. */
function requests(info: DatasetInfo) {
  const leaf = info.leaf.id;
  const six = benchRequests({ search: info.leaf.name, leaf, hub: info.hubs[0]!.id, pathFrom: leaf }).map(
    (r) => ({
      name: r.name,
      query: r.query,
      variables: r.variables,
    }),
  );
  return [
    ...six,
    {
      name: 'relationships in a window',
      query:
        'query($id: ID!) { relationships(filter: {entity: $id, from: "2010", to: "2020", includePossible: true}) { totalCount items { id } } }',
      variables: { id: leaf },
    },
    {
      name: 'claims of an entity',
      query: 'query($id: ID!) { claims(entityId: $id) { property claims { id } } }',
      variables: { id: leaf },
    },
    {
      name: 'groups in a category',
      query: '{ groups(first: 20, filter: {categories: ["donors"]}) { totalCount items { id } } }',
      variables: {},
    },
  ];
}

/**
 * Requests whose answer does not grow with the graph: a small entity's own facts and neighbours,
 * and the first page of groups (its total is a number the load stored, its page an ordered index
 * read that stops after the page).
 */
const FLAT = [
  'entity',
  'relationships',
  'neighbourhood',
  'relationships in a window',
  'claims of an entity',
  'groups',
];
// Not here: search (its fuzzy matches grow with the names), shortest paths to a hub (the hub's
// neighbourhood grows) and groups in a category (its total counts every group of the category).

function walk(op: PlanOperator, out: { dbHits: number; scans: string[]; operators: string[] }): void {
  out.dbHits += op.dbHits ?? 0;
  out.operators.push(op.operatorType.replace(/@.*$/, ''));
  if (SCAN.test(op.operatorType) && ((op.rows ?? 0) > 0 || (op.dbHits ?? 0) > 0)) {
    out.scans.push(`${op.operatorType} ${String(op.arguments?.Details ?? '')}`);
  }
  for (const child of op.children ?? []) walk(child, out);
}

let scratch: ScratchNeo4j;
let work: string;
const profiles = new Map<number, Profiled[]>();

async function loadAndProfile(size: number): Promise<void> {
  const info = generateDataset({ entities: size, seed: 42, out: join(work, String(size)) });
  await loadSeeds(scratch.driver, {
    schemaDir: SCHEMA_DIR,
    seedDir: info.seedDir,
    corpusDir: info.corpusDir,
  });
  const app = testApp(scratch.driver);
  const found: Profiled[] = [];
  for (const request of requests(info)) {
    // The text as sent: open filters spliced in (cypher/db/open-filters.ts).
    const sent: { name: QueryName; text: string; params: Record<string, unknown> }[] = [];
    const stop = onQuery((event) => sent.push({ name: event.name, text: event.text, params: event.params }));
    try {
      await data(app, request.query, request.variables);
    } finally {
      stop();
    }
    for (const { name, text, params } of sent) {
      const session = scratch.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(`PROFILE ${text}`, params);
        const out = { dbHits: 0, scans: [] as string[], operators: [] as string[] };
        walk(result.summary.profile as unknown as PlanOperator, out);
        found.push({ request: request.name, query: name, ...out });
      } finally {
        await session.close();
      }
    }
  }
  profiles.set(size, found);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kg-query-plans-'));
  scratch = await startScratchNeo4j();
  // The small graph, then the big one as a new generation: the small one's nodes stay beside it
  // while retired, so the big graph's queries also show they skip another generation's nodes.
  await loadAndProfile(SMALL);
  await loadAndProfile(BIG);
}, 900_000);

afterAll(async () => {
  await scratch?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('query plans of the hot paths', () => {
  it('read nothing through a label, node or relationship scan', () => {
    for (const size of [SMALL, BIG]) {
      const scanning = profiles
        .get(size)!
        .filter((p) => p.scans.length > 0)
        .map((p) => `${size} entities, ${p.request} (${p.query}): ${p.scans.join('; ')}`);
      expect(scanning).toEqual([]);
    }
  });

  it('read about as much on a graph ten times bigger when the answer stays small', () => {
    const small = profiles.get(SMALL)!;
    const big = profiles.get(BIG)!;
    expect(big.map((p) => p.request)).toEqual(small.map((p) => p.request));
    const grown = big
      .map((p, i) => ({ ...p, before: small[i]!.dbHits }))
      .filter((p) => FLAT.includes(p.request))
      // A scan would read ten times as much; the neighbourhood of a small entity differs a
      // little between the two graphs, so the bound leaves room for that.
      .filter((p) => p.dbHits > 3 * p.before + 100)
      .map(
        (p) => `${p.request} (${p.query}): ${p.before} db hits at ${SMALL} entities, ${p.dbHits} at ${BIG}`,
      );
    expect(grown).toEqual([]);
  });

  it('find shortest paths by the breadth-first search alone, never by an exhaustive fallback', () => {
    // A filter Neo4j cannot check step by step makes it plan a fallback that enumerates every
    // path up to six steps when the search finds none: seconds on a big graph (find-shortest-paths.cypher).
    for (const size of [SMALL, BIG]) {
      const paths = profiles.get(size)!.filter((p) => p.query === 'find-shortest-paths');
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        expect(p.operators).toContain('ShortestPath');
        expect(p.operators.filter((o) => /AntiConditionalApply|VarLengthExpand/.test(o))).toEqual([]);
      }
    }
  });
});
