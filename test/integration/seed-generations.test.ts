// Generations and the bulk path against a private Neo4j (cypher/README.md "Loading"): the bulk
// loader's graph equals the per-statement loader's, property for property; a failed load names
// file:line and leaves readers' graph as it was; reads during 10 seeds in a row never fail and
// always count the old graph or the new one; retired generations are deleted by a later load;
// the API's result cache answers per generation and follows a switch.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEntity, pingDatabase, searchEntities } from '../../cypher/db/graph-queries.ts';
import { createQueryRunner, onQuery, type QueryEvent } from '../../cypher/db/run-query.ts';
import { loadSeeds, SeedError } from '../../cypher/seed-loader.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/neo4j.ts';
import { data, testApp, type Answer } from './api-harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMA_DIR = join(ROOT, 'cypher/schema');
const SEED_DIR = join(ROOT, 'cypher/seed');

let scratch: ScratchNeo4j;
let driver: Driver;
let work: string;

beforeAll(async () => {
  scratch = await startScratchNeo4j();
  driver = scratch.driver;
  work = mkdtempSync(join(tmpdir(), 'kg-seed-gen-test-'));
}, 240_000);

afterAll(async () => {
  await scratch?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A copy of the real seed folder with `extra` files added. */
function seedCopy(name: string, extra: Record<string, string> = {}): string {
  const dir = join(work, name);
  cpSync(SEED_DIR, dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

/** Every node and relationship of the current generation as sorted JSON lines, without `gen`. */
async function dump(): Promise<string[]> {
  const strip = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => key !== 'gen')
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const nodes = await driver.executeQuery(
    `MATCH (state:GraphState {id: 'graph'}) MATCH (n) WHERE n.gen = state.current
     RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await driver.executeQuery(
    `MATCH (state:GraphState {id: 'graph'}) MATCH (a)-[r]->(b) WHERE r.gen = state.current
     RETURN a.id AS a, labels(a) AS aLabels, type(r) AS type, b.id AS b, labels(b) AS bLabels,
       properties(r) AS props`,
  );
  return [
    ...nodes.records.map((r) =>
      JSON.stringify({ labels: [...(r.get('labels') as string[])].sort(), props: strip(r.get('props')) }),
    ),
    ...rels.records.map((r) =>
      JSON.stringify({
        a: r.get('a'),
        aLabels: [...(r.get('aLabels') as string[])].sort(),
        type: r.get('type'),
        b: r.get('b'),
        bLabels: [...(r.get('bLabels') as string[])].sort(),
        props: strip(r.get('props')),
      }),
    ),
  ].sort();
}

async function generations(): Promise<{ current: number; present: number[] }> {
  const { records } = await driver.executeQuery(
    `MATCH (state:GraphState {id: 'graph'})
     CALL () { MATCH (n) WHERE NOT n:GraphState RETURN collect(DISTINCT n.gen) AS present }
     RETURN state.current AS current, present`,
  );
  return {
    current: Number(records[0]!.get('current')),
    present: (records[0]!.get('present') as unknown[]).map(Number).sort((a, b) => a - b),
  };
}

// One extra entity and one fact about it, so that the two graphs of the read test differ.
const EXTRA = {
  '99-extra.cypher': [
    "CREATE (:Entity:Group {id: 'test-extra-group', name: 'Test Extra Group', category: 'jihadist'});",
    "MATCH (a:Entity {id: 'test-extra-group'}), (b:Entity {id: 'iskp'})",
    "CREATE (a)-[:RIVAL_OF {id: 'test-extra-group--rival-of--iskp--doc-000', source: 'doc-000', quote: 'q', stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);",
    '',
  ].join('\n'),
};

describe('generations and the bulk path', () => {
  it('loads the same graph in bulk as statement by statement, node for node and property for property', async () => {
    const perStatement = await loadSeeds(driver, {
      schemaDir: SCHEMA_DIR,
      seedDir: SEED_DIR,
      mode: 'per-statement',
    });
    const expected = await dump();
    const bulk = await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: SEED_DIR });
    expect(bulk.generation).toBe(perStatement.generation + 1);
    const actual = await dump();
    expect(actual.length).toBeGreaterThan(300);
    expect(actual).toEqual(expected);
    expect(bulk.labels).toEqual(perStatement.labels);
    expect(bulk.relationshipTypes).toEqual(perStatement.relationshipTypes);
    expect(bulk.time).toEqual(perStatement.time);
    expect([bulk.nodes, bulk.relationships]).toEqual([perStatement.nodes, perStatement.relationships]);
    // Many small transactions (shapes split across them, nodes matched from earlier ones): the same graph.
    await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: SEED_DIR, batchSize: 37 });
    expect(await dump()).toEqual(expected);
  }, 600_000);

  it('names file:line of a dangling id in the last file and leaves the current graph as it was', async () => {
    const before = await dump();
    const state = await generations();
    const names = readdirSync(SEED_DIR)
      .filter((n) => n.endsWith('.cypher'))
      .sort();
    const last = names.at(-1)!;
    const dir = seedCopy('dangling-last');
    const text = readFileSync(join(dir, last), 'utf8');
    const line = text.split('\n').length + (text.endsWith('\n') ? 0 : 1);
    writeFileSync(
      join(dir, last),
      `${text}${text.endsWith('\n') ? '' : '\n'}MATCH (a:Entity {id: 'iskp'}), (b:Entity {id: 'no-such-group'})\n` +
        "CREATE (a)-[:RIVAL_OF {id: 'x', source: 'doc-000', quote: 'q', stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);\n",
    );
    const error = await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toContain(
      `${join(dir, last)}:${line}: matched nothing: dangling id?`,
    );
    expect(await dump()).toEqual(before);
    expect((await generations()).current).toBe(state.current);
  }, 120_000);

  it('answers every read during 10 or more seeds in a row, each count the old graph or the new one', async () => {
    const plain = seedCopy('plain');
    const extra = seedCopy('extra', EXTRA);
    const run = createQueryRunner(driver, { timeoutMs: 30_000 });
    const graphs = new Set<string>();
    const seen = new Map<string, number>();
    const errors: string[] = [];
    let seeding = true;
    const reader = async (): Promise<void> => {
      while (seeding) {
        try {
          const ping = await pingDatabase(run);
          const key = `${ping!.entities}/${ping!.sources}/${ping!.claims}/${ping!.relationships}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          const found = await searchEntities(run, {
            query: 'iskp',
            text: 'iskp',
            limit: 5,
            kinds: ['Group', 'Event', 'Place'],
            withClaims: true,
            withRelationships: true,
          });
          if (found.length === 0) errors.push('search found nothing');
          const entity = await getEntity(run, 'iskp', { withClaims: true, withRelationships: true });
          if (!entity || entity.relationships.some((r) => r.source === null)) errors.push('iskp read badly');
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    };
    const count = async () => {
      const ping = (await pingDatabase(run))!;
      return `${ping.entities}/${ping.sources}/${ping.claims}/${ping.relationships}`;
    };
    await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: plain, retireAfterMs: 3000 });
    graphs.add(await count());
    const readers = [reader(), reader(), reader()];
    try {
      // At least 10 loads, and on until the readers have read more than 20 times during them: on
      // a busy machine 10 quick loads can pass while the readers manage only a dozen.
      const reads = () => [...seen.values()].reduce((a, b) => a + b, 0);
      for (let i = 0; i < 10 || (reads() <= 20 && i < 40); i++) {
        await loadSeeds(driver, {
          schemaDir: SCHEMA_DIR,
          seedDir: i % 2 === 0 ? extra : plain,
          retireAfterMs: 3000,
        });
        graphs.add(await count());
      }
    } finally {
      seeding = false;
      await Promise.all(readers);
    }
    expect(errors).toEqual([]);
    expect(graphs.size).toBe(2);
    expect([...seen.keys()].every((key) => graphs.has(key))).toBe(true);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  }, 600_000);

  it('deletes retired generations at the next load once their grace has passed', async () => {
    await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: SEED_DIR, retireAfterMs: 0 });
    const before = await generations();
    expect(before.present.length).toBeGreaterThan(1);
    await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: SEED_DIR, retireAfterMs: 0 });
    const after = await generations();
    expect(after.current).toBe(before.current + 1);
    // The previous generation stays until a later load: readers may have begun on it.
    expect(after.present).toEqual([before.current, after.current]);
  }, 240_000);
});

describe("the API's result cache, per generation (cypher/db/cached-runner.ts)", () => {
  // One word: one search query whether or not the group is there (several words would ask
  // again, for any word, while nothing has them all).
  const ENTITY =
    '{ found: search(text: "extra", limit: 3) { entity { id } } ' +
    'rivals: relationships(filter: {entity: "iskp", types: [RIVAL_OF]}, first: 100) { totalCount } }';
  const ids = (answer: Answer): string[] =>
    (answer.found as { entity: { id: string } }[]).map((f) => f.entity.id);

  it('answers a request asked again without Neo4j, sees a load in this process at once and one by another process within 0.1 s', async () => {
    await loadSeeds(driver, {
      schemaDir: SCHEMA_DIR,
      seedDir: seedCopy('cache-plain'),
      retireAfterMs: 60_000,
    });
    const app = testApp(driver);
    const events: QueryEvent[] = [];
    const stop = onQuery((event) => events.push(event));
    try {
      const first = await data(app, ENTITY);
      expect(ids(first)).not.toContain('test-extra-group');
      expect(events.map((e) => e.cached ?? false)).toEqual([false, false]);
      // Every query of one request carries the one generation it read.
      const gens = new Set(events.map((e) => String(e.params.gen)));
      expect(gens.size).toBe(1);
      events.length = 0;
      expect(await data(app, ENTITY)).toEqual(first);
      expect(events.map((e) => e.cached)).toEqual([true, true]);

      // A load in this process: the very next request reads the new generation.
      await loadSeeds(driver, {
        schemaDir: SCHEMA_DIR,
        seedDir: seedCopy('cache-extra', EXTRA),
        retireAfterMs: 60_000,
      });
      events.length = 0;
      const after = await data(app, ENTITY);
      expect(ids(after)[0]).toBe('test-extra-group');
      expect(after.rivals.totalCount).toBe(first.rivals.totalCount + 1);
      expect(events.every((e) => !e.cached)).toBe(true);

      // Another process moving the pointer back (as a load elsewhere would, without telling this
      // one): seen once the clock's 0.1 s have passed, and answered from Neo4j, not the cache.
      const { records } = await driver.executeQuery(
        "MATCH (s:GraphState {id: 'graph'}) RETURN s.current AS current, s.retired[-1] AS previous",
      );
      const { current, previous } = records[0]!.toObject() as { current: unknown; previous: unknown };
      await driver.executeQuery(
        "MATCH (s:GraphState {id: 'graph'}) SET s.current = $previous, s.switchedAt = timestamp()",
        { previous },
      );
      try {
        await new Promise((done) => setTimeout(done, 150));
        expect(await data(app, ENTITY)).toEqual(first);
      } finally {
        await driver.executeQuery(
          "MATCH (s:GraphState {id: 'graph'}) SET s.current = $current, s.switchedAt = timestamp()",
          { current },
        );
      }
      await new Promise((done) => setTimeout(done, 150));
      expect(await data(app, ENTITY)).toEqual(after);
    } finally {
      stop();
    }
  }, 240_000);
});
