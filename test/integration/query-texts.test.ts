// The compact texts the explorer sends (cypher/db/compact-cypher.ts) are the statements of the
// query files to Neo4j: its plan of the compact text is the plan of the readable one, operator for
// operator with the same details. Planning is slow (1-2 s for a big query on a fresh JVM), so this
// takes the queries of the benchmark's six requests and those with names made from their text or
// string literals; test/unit/db/compact-cypher.test.ts compares every query token for token.
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactCypher } from '../../cypher/db/compact-cypher.ts';
import { loadQueries, loadReadableQueries, type QueryName } from '../../cypher/db/query-files.ts';
import { SHARED_DATABASE, testDriver } from '../support/neo4j.ts';

interface PlanNode {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/**
 * Names Neo4j gives unnamed variables: numbered in no stable order, even for one text, and named
 * after an unaliased expression's own text, spaces included (no column the API reads is one).
 */
const anonymous = (text: string): string => text.replace(/\banon_\d+/g, 'anon').replace(/\s+/g, ' ');

/** The plan's shape and details; the planner's timing and version left out. */
function outline(plan: PlanNode): unknown {
  const { operatorType, children } = plan;
  const { Details: details, EstimatedRows: rows } = plan.arguments;
  return {
    operatorType,
    identifiers: plan.identifiers.map(anonymous).sort(),
    details: typeof details === 'string' ? anonymous(details) : details,
    // Estimates summed in another order differ in the last digits.
    rows: typeof rows === 'number' ? Number(rows.toPrecision(9)) : rows,
    children: children.map(outline),
  };
}

let driver: Driver;

async function explain(text: string): Promise<unknown> {
  const session = driver.session({ database: SHARED_DATABASE });
  try {
    const result = await session.run(`EXPLAIN ${text}`);
    return outline(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

async function clearPlans(): Promise<void> {
  const session = driver.session({ database: SHARED_DATABASE });
  try {
    await session.run('CALL db.clearQueryCaches()');
  } finally {
    await session.close();
  }
}

/**
 * Both texts planned one after the other, then afresh if they differ: a plan cached earlier (the
 * seed's, on a smaller graph) and statistics that still move after a load (index samples) plan one
 * statement two ways; a real difference between the texts stays through the tries.
 */
async function planBoth(sent: string, readable: string): Promise<[unknown, unknown]> {
  let plans: [unknown, unknown] = [undefined, null];
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt > 0) await clearPlans();
    plans = [await explain(sent), await explain(readable)];
    if (isDeepStrictEqual(plans[0], plans[1])) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return plans;
}

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

const CHECKED: QueryName[] = [
  // The six requests of npm run bench.
  'search-entities',
  'get-entity',
  'list-relationships',
  'get-neighbourhood',
  'find-shortest-paths',
  'list-entities-unfiltered',
  // Unaliased expressions (named by their text) and string literals.
  'get-stats',
  'list-entities',
  'export-indexes',
  // A write (planned only).
  'generation-switch',
];

describe('the texts sent', () => {
  it('plan as the readable query files do', { timeout: 300_000 }, async () => {
    const sent = loadQueries();
    const readable = loadReadableQueries();
    for (const name of CHECKED) {
      expect(sent.get(name), name).toBe(compactCypher(readable.get(name)!));
      const [compact, written] = await planBoth(sent.get(name)!, readable.get(name)!);
      expect(compact, name).toEqual(written);
    }
  });
});
