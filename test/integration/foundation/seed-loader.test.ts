// The seed loader against a private Neo4j: the real seeds load the same twice (library and CLI),
// honest time is derived on every fact and entity, and a broken folder (syntax error, dangling
// id, a hand-set derived property) names what is wrong and changes nothing.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, SeedError, type SeedResult } from '../../../cypher/seed-loader.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../../support/neo4j.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCHEMA_DIR = join(ROOT, 'cypher/schema');
const SEED_DIR = join(ROOT, 'cypher/seed');

let scratch: ScratchNeo4j;
let driver: Driver;
let work: string;
let first: SeedResult;

beforeAll(async () => {
  scratch = await startScratchNeo4j();
  driver = scratch.driver;
  work = mkdtempSync(join(tmpdir(), 'kg-seed-test-'));
  first = await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: SEED_DIR });
}, 240_000);

afterAll(async () => {
  await scratch?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes a folder of .cypher files and returns its path. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** Readers' graph: the generation the :GraphState node points at (cypher/README.md "Loading"). */
const CURRENT = "MATCH (state:GraphState {id: 'graph'}) WITH state.current AS gen";

async function snapshot(): Promise<{ nodes: number; rels: number; constraints: string[]; ids: string[] }> {
  const counts = await driver.executeQuery(
    `${CURRENT} MATCH (n) WHERE n.gen = gen WITH gen, count(n) AS nodes
     CALL (gen) { MATCH ()-[r]->() WHERE r.gen = gen RETURN count(r) AS rels } RETURN nodes, rels`,
  );
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const ids = await driver.executeQuery(
    `${CURRENT} MATCH (n) WHERE n.gen = gen RETURN n.id AS id ORDER BY id LIMIT 20`,
  );
  return {
    nodes: counts.records[0]!.get('nodes').toNumber(),
    rels: counts.records[0]!.get('rels').toNumber(),
    constraints: constraints.records.map((record) => record.get('name') as string),
    ids: ids.records.map((record) => record.get('id') as string),
  };
}

async function seedError(promise: Promise<unknown>): Promise<SeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('the load succeeded');
}

const EMPTY_SCHEMA = { '01-none.cypher': '// no schema\n' };

describe('loadSeeds', () => {
  it('loads the real seed files with counts per label and per relationship type', async () => {
    expect(first.seedStatements).toBeGreaterThan(0);
    expect(first.labels.Entity).toBe(
      (first.labels.Group ?? 0) + (first.labels.Event ?? 0) + (first.labels.Place ?? 0),
    );
    expect(first.relationships).toBe(Object.values(first.relationshipTypes).reduce((a, b) => a + b, 0));
    const now = await snapshot();
    expect(now.nodes).toBe(first.nodes);
    expect(now.rels).toBe(first.relationships);
  });

  it('gives identical counts when seeding again through npm run seed against NEO4J_URI', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'cypher/seed-cli.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: scratch.uri, NEO4J_PASSWORD: scratch.password },
        timeout: 180_000,
      },
    );
    expect(stderr).toContain('seed: checking');
    const table = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .map(([name, n]) => [name, Number(n)]),
    );
    expect(table.nodes).toBe(first.nodes);
    expect(table.relationships).toBe(first.relationships);
    for (const [label, n] of Object.entries(first.labels)) expect(table[`:${label}`], label).toBe(n);
    for (const [type, n] of Object.entries(first.relationshipTypes))
      expect(table[`[:${type}]`], type).toBe(n);
  }, 180_000);

  it('loads nothing when the third statement of a file has a syntax error, naming file and line', async () => {
    const before = await snapshot();
    const schemaDir = folder('bad-syntax-schema', {
      '01-extra.cypher':
        'CREATE CONSTRAINT extra_thing IF NOT EXISTS FOR (n:Thing) REQUIRE n.id IS UNIQUE;\n',
    });
    const seedDir = folder('bad-syntax-seed', {
      '01-ok.cypher': "CREATE (:Entity:Group {id: 'only-group', name: 'Only'});\n",
      '02-broken.cypher': [
        '// two good statements, then a broken one',
        "CREATE (:Entity:Place {id: 'p1', name: 'P1'});",
        '',
        "CREATE (:Entity:Place {id: 'p2', name: 'P2'});",
        "CREATE (:Entity:Place {id: 'p3', name: 'P3'}",
        '  RETURN;',
        '',
      ].join('\n'),
    });
    const error = await seedError(loadSeeds(driver, { schemaDir, seedDir }));
    expect(error.file).toBe(join(seedDir, '02-broken.cypher'));
    expect(error.line).toBe(5);
    expect(error.message).toContain(`${join(seedDir, '02-broken.cypher')}:5:`);
    expect(error.message).toContain("statement: CREATE (:Entity:Place {id: 'p3'");
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back when a MATCH … CREATE matches nothing (a dangling id)', async () => {
    const before = await snapshot();
    const seedDir = folder('dangling', {
      '01-nodes.cypher':
        "CREATE (:Entity:Group {id: 'a', name: 'A'});\nCREATE (:Entity:Group {id: 'b', name: 'B'});\n",
      '02-links.cypher': [
        "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'})",
        "CREATE (a)-[:RIVAL_OF {id: 'a--rival-of--b--doc-000', source: 'doc-000', quote: 'q', stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);",
        "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'bee'})",
        "CREATE (a)-[:RIVAL_OF {id: 'a--rival-of--bee--doc-000', source: 'doc-000', quote: 'q', stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);",
      ].join('\n'),
    });
    const error = await seedError(
      loadSeeds(driver, { schemaDir: folder('dangling-schema', EMPTY_SCHEMA), seedDir }),
    );
    expect(error.message).toContain(`${join(seedDir, '02-links.cypher')}:3: matched nothing: dangling id?`);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a seed that sets a derived time property or a stance outside the model, changing nothing', async () => {
    const before = await snapshot();
    const source =
      "CREATE (:Source {id: 'doc-x', title: 'X', date: date('2021-08-27'), datePrecision: 'day'});";
    const nodes =
      "CREATE (:Entity:Group {id: 'a', name: 'A'});\nCREATE (:Entity:Group {id: 'b', name: 'B'});";
    const fact = (extra: string) =>
      "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'})\n" +
      `CREATE (a)-[:RIVAL_OF {id: 'a--rival-of--b--doc-x', source: 'doc-x', quote: 'q', modality: 'actual', credibility: 'reported', reliability: 'C', ${extra}}]->(b);`;
    const schemaDir = folder('derived-schema', EMPTY_SCHEMA);
    const handSet = await seedError(
      loadSeeds(driver, {
        schemaDir,
        seedDir: folder('hand-set', {
          '01.cypher': [source, nodes, fact("stance: 'asserted', knownFrom: date('2020-01-01')")].join('\n'),
        }),
      }),
    );
    expect(handSet.message).toContain('a--rival-of--b--doc-x.knownFrom');
    const offModel = await seedError(
      loadSeeds(driver, {
        schemaDir,
        seedDir: folder('off-model-stance', {
          '01.cypher': [source, nodes, fact("stance: 'probable'")].join('\n'),
        }),
      }),
    );
    expect(offModel.message).toMatch(
      /a--rival-of--b--doc-x: stance "probable" is not one of asserted, denied, unclear/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('rejects labels and relationship types outside cypher/model.ts, changing nothing', async () => {
    const before = await snapshot();
    const seedDir = folder('off-model', {
      '01.cypher': "CREATE (:Entity:Group {id: 'x', name: 'X'});\nCREATE (:Person {id: 'y', name: 'Y'});\n",
    });
    const error = await seedError(
      loadSeeds(driver, { schemaDir: folder('off-model-schema', EMPTY_SCHEMA), seedDir }),
    );
    expect(error.message).toContain('label :Person');
    expect(await snapshot()).toEqual(before);
  });

  it('names the folder when it cannot be read, and an unterminated string by its line', async () => {
    await expect(
      loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir: join(work, 'missing') }),
    ).rejects.toThrow(/cannot read the folder .*missing/);
    const seedDir = folder('unterminated', { '01.cypher': "CREATE (:Entity:Group {id: 'x', name: 'X});\n" });
    const error = await seedError(loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir }));
    expect(error.message).toContain('01.cypher:1');
  });
});

/** The four derived dates of the relationship, claim or entity with this id, as ISO strings. */
async function spans(id: string): Promise<Record<string, string | null>> {
  const { records } = await driver.executeQuery(
    `${CURRENT}
     CALL (gen) { MATCH ()-[r {id: $id, gen: gen}]->() RETURN r AS x UNION MATCH (x {id: $id, gen: gen}) RETURN x }
     RETURN x.knownFrom AS knownFrom, x.knownTo AS knownTo, x.possibleFrom AS possibleFrom,
       x.possibleTo AS possibleTo`,
    { id },
  );
  expect(records, id).toHaveLength(1);
  const record = records[0]!;
  return Object.fromEntries(
    ['knownFrom', 'knownTo', 'possibleFrom', 'possibleTo'].map((key) => {
      const value: unknown = record.get(key);
      return [key, value === null ? null : String(value)];
    }),
  );
}

// The real seeds are loaded (beforeAll, and again by the CLI test): these read what they hold.
describe('honest time derived at load (core/time.ts)', () => {
  it('gives every relationship, claim and entity the four derived properties as Neo4j dates', async () => {
    const { records } = await driver.executeQuery(
      `${CURRENT}
       CALL (gen) {
         MATCH (a:Entity)-[r]->(:Entity) WHERE a.gen = gen RETURN r AS x
         UNION ALL MATCH (x:Claim) WHERE x.gen = gen RETURN x
         UNION ALL MATCH (x:Entity) WHERE x.gen = gen RETURN x
       }
       RETURN count(*) AS all,
         count(CASE WHEN all(k IN ['knownFrom', 'knownTo', 'possibleFrom', 'possibleTo']
           WHERE x[k] IS NULL OR valueType(x[k]) STARTS WITH 'DATE') THEN 1 END) AS typed,
         count(x.knownFrom) AS placed`,
    );
    const row = records[0]!;
    expect(Number(row.get('all'))).toBeGreaterThan(100);
    expect(Number(row.get('typed'))).toBe(Number(row.get('all')));
    expect(Number(row.get('placed'))).toBeGreaterThan(0);
    expect(first.time.facts + first.time.entities).toBe(Number(row.get('all')));
  });

  it('knows an undated present fact of a day-precise document only on that day', async () => {
    // doc-001 is dated 27 Aug 2021 (day); its rivalry fact gives no bounds.
    expect(await spans('iskp--rival-of--afghan-taliban--doc-001')).toEqual({
      knownFrom: '2021-08-27',
      knownTo: '2021-08-27',
      possibleFrom: null,
      possibleTo: null,
    });
  });

  it('knows an undated present fact of a year-precise document over that year', async () => {
    // doc-000 is dated 2021 (year precision).
    const { records } = await driver.executeQuery(
      `${CURRENT} MATCH ()-[r {source: 'doc-000', gen: gen}]->() WHERE r.validFrom IS NULL AND r.validTo IS NULL
         AND coalesce(r.tense, 'present') = 'present'
       RETURN r.id AS id ORDER BY id LIMIT 1`,
    );
    const id = records[0]!.get('id') as string;
    expect(await spans(id)).toEqual({
      knownFrom: '2021-01-01',
      knownTo: '2021-12-31',
      possibleFrom: null,
      possibleTo: null,
    });
  });

  it('gives a past fact without bounds no known span and a possible span ending at the document', async () => {
    // "originally an offshoot of al-Qaeda" (doc-003, 27 Aug 2021): tense past, no bounds.
    expect(await spans('islamic-state--offshoot-of--al-qaeda--doc-003')).toEqual({
      knownFrom: null,
      knownTo: null,
      possibleFrom: null,
      possibleTo: '2021-08-27',
    });
  });

  it("gives an entity its own bounds, or else the hull of its holding facts' known spans", async () => {
    // The Kabul airport attack has its own start (26 Aug 2021, backed by claims).
    const attack = await spans('kabul-airport-attack');
    expect(attack.knownFrom).toBe('2021-08-26');
    expect(attack.possibleFrom).toBe('2021-08-26');
    // ISKP's own start (2015, backed by claims) is its known start.
    expect((await spans('iskp')).knownFrom).toBe('2015-01-01');
    // The Afghan Taliban have no bounds of their own: known from the earliest to the latest
    // known span of the asserted, actual facts about them; possibly at any time.
    const { records } = await driver.executeQuery(
      `${CURRENT} MATCH (e:Entity {id: 'afghan-taliban', gen: gen})
       WHERE e.validFrom IS NULL AND e.validTo IS NULL
       CALL (e) {
         MATCH (e)-[r]-(:Entity) WHERE r.stance = 'asserted' AND r.modality = 'actual' RETURN r AS f
         UNION ALL
         MATCH (e)-[:HAS_CLAIM]->(f:Claim) WHERE f.stance = 'asserted' AND f.modality = 'actual' RETURN f
       }
       RETURN toString(min(f.knownFrom)) AS from, toString(max(f.knownTo)) AS to`,
    );
    expect(records).toHaveLength(1);
    const taliban = await spans('afghan-taliban');
    expect(taliban.knownFrom).toBe(records[0]!.get('from'));
    expect(taliban.knownTo).toBe(records[0]!.get('to'));
    expect(taliban.possibleFrom).toBeNull();
    expect(taliban.possibleTo).toBeNull();
  });
});
