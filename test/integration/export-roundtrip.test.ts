// Integration: the Cypher export of the whole seeded database, run in an EMPTY Neo4j, recreates
// the same nodes (labels, every property with its type), relationships (type, ends, every
// property) and the constraints and indexes, plus the fact fields the export derives (the two
// STIX numbers, an explicit tense) on every relationship and claim; a scoped export recreates
// exactly its scope.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_KEY } from '../../core/model.ts';
import { splitStatements } from '../../cypher/statement-splitter.ts';
import { startScratchNeo4j, testDriver } from '../support/neo4j.ts';
import { exportResponse } from './export-read-back.ts';

type Scratch = Awaited<ReturnType<typeof startScratchNeo4j>>;
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Every stance and modality: the whole database. */
const EVERYTHING = 'stances=asserted,denied,unclear&modalities=actual,intended,expected';

/** The STIX numbers the export adds, spelled out here rather than taken from core/. */
const CREDIBILITY_STIX: Record<string, number> = { reported: 70, estimated: 50, alleged: 50, suspected: 30 };
const RELIABILITY_STIX: Record<string, number> = { A: 90, B: 70, C: 50, D: 30, E: 10 };
let shared: Driver;
let scratch: Scratch;
let target: Driver;

/** Every value with its Cypher type, so 60 and 60.0 or '2021-08-26' and date('2021-08-26') differ. */
function typed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typed);
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  return value;
}

function typedMap(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([k]) => k !== 'gen' && k !== NAME_KEY)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, typed(v)]),
  );
}

/**
 * The graph readers see, as sorted plain data: nodes by id, relationships by (id or ends+type). A
 * seeded database holds its current generation beside others (cypher/README.md "Loading"): only
 * that one counts, without the `gen` and `nameKey` bookkeeping and the :GraphState pointer. A database loaded
 * from a dump has no generations: all of it counts.
 */
async function snapshot(driver: Driver) {
  const gen = 'OPTIONAL MATCH (state:GraphState) WITH state.current AS gen ';
  const nodes = await driver.executeQuery(
    gen +
      'MATCH (n) WHERE NOT n:GraphState AND (gen IS NULL OR n.gen = gen) ' +
      'RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await driver.executeQuery(
    gen +
      'MATCH (a)-[r]->(b) WHERE gen IS NULL OR a.gen = gen ' +
      'RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props',
  );
  return {
    nodes: nodes.records
      .map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), props: typedMap(r.get('props')) }))
      .sort((x, y) => String(x.props.id).localeCompare(String(y.props.id))),
    relationships: rels.records
      .map((r) => ({ a: r.get('a'), type: r.get('type'), b: r.get('b'), props: typedMap(r.get('props')) }))
      .sort((x, y) =>
        `${x.a} ${x.type} ${x.b} ${x.props.id}`.localeCompare(`${y.a} ${y.type} ${y.b} ${y.props.id}`),
      ),
  };
}

/** A snapshot as the dump must recreate it: each fact with its scores and tense written out. */
function withDerivedFields(before: Snapshot): Snapshot {
  const derive = (props: Record<string, unknown>) => {
    if (props.stance === undefined) return props; // entities, sources, HAS_CLAIM
    const out: Record<string, unknown> = { ...props, tense: props.tense ?? 'present' };
    out.credibilityScore = `int:${CREDIBILITY_STIX[String(props.credibility)]}`;
    const reliability = RELIABILITY_STIX[String(props.reliability)];
    if (reliability !== undefined) out.reliabilityScore = `int:${reliability}`;
    return out;
  };
  return {
    nodes: before.nodes.map((n) => ({ ...n, props: derive(n.props) })),
    relationships: before.relationships.map((r) => ({ ...r, props: derive(r.props) })),
  };
}

async function schema(driver: Driver) {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties',
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name, type, labelsOrTypes, properties",
  );
  // A seeded database keys ids per generation, (id, gen), and indexes gen; the dump holds one graph,
  // so it stands for the same schema with id alone (export-constraints.cypher says so).
  const rows = (records: typeof constraints.records) =>
    records
      .map((r) => r.toObject() as { name: string; labelsOrTypes: string[]; properties: string[] })
      .filter(
        (r) =>
          !r.labelsOrTypes.includes('GraphState') &&
          !(r.properties.length === 1 && r.properties[0] === 'gen') &&
          // The loader's sort-key index (gen, nameKey, id): bookkeeping, not in the dump.
          !r.properties.includes(NAME_KEY),
      )
      .map((r) =>
        JSON.stringify({
          ...r,
          name: r.name.replace('_id_gen', '_id'),
          properties: r.properties.filter((p) => p !== 'gen'),
        }),
      )
      .sort();
  return { constraints: rows(constraints.records), indexes: rows(indexes.records) };
}

/** Runs a Cypher export: schema statements one by one, then all data in one transaction. */
async function load(driver: Driver, script: string): Promise<number> {
  const statements = splitStatements(script, 'export.cypher').map((s) => s.text);
  const isSchema = (s: string) => /^(CREATE (\w+ )*(CONSTRAINT|INDEX)|CALL db\.awaitIndexes)/i.test(s);
  for (const statement of statements.filter(isSchema)) await driver.executeQuery(statement);
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements.filter((s) => !isSchema(s))) {
        const result = await tx.run(statement);
        const counters = result.summary.counters.updates();
        // Every data statement creates exactly one node or one relationship: a MATCH that found
        // nothing would silently drop a relationship.
        if (counters.nodesCreated + counters.relationshipsCreated !== 1) {
          throw new Error(`statement created nothing: ${statement.slice(0, 160)}`);
        }
      }
    });
  } finally {
    await session.close();
  }
  return statements.length;
}

async function emptyScratch(): Promise<void> {
  await target.executeQuery('MATCH (n) DETACH DELETE n');
}

beforeAll(async () => {
  shared = testDriver();
  scratch = await startScratchNeo4j();
  target = scratch.driver;
}, 240_000);
afterAll(async () => {
  await scratch?.stop(); // closes its driver too
  await shared?.close();
});

describe('Cypher export round trip', () => {
  it('recreates the whole graph, property types and schema included, in an empty Neo4j', async () => {
    const empty = await snapshot(target);
    expect(empty.nodes).toHaveLength(0);
    const response = await exportResponse(shared, `/export/cypher?${EVERYTHING}`);
    expect(response.status).toBe(200);
    const statements = await load(target, await response.text());
    const [before, after] = [withDerivedFields(await snapshot(shared)), await snapshot(target)];
    expect(after.nodes.length).toBeGreaterThan(40);
    expect(statements).toBeGreaterThan(after.nodes.length + after.relationships.length);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect(after.relationships.some((r) => r.props.stance === 'denied')).toBe(true);
    expect(await schema(target)).toEqual(await schema(shared));
  }, 180_000); // dozens of index creations on a shared 2-core machine

  it('recreates exactly a scoped export', async () => {
    await emptyScratch();
    const scopedJson = await (
      await exportResponse(shared, '/export/json?focus=iskp&depth=1&minCredibility=alleged')
    ).json();
    const script = await (
      await exportResponse(shared, '/export/cypher?focus=iskp&depth=1&minCredibility=alleged')
    ).text();
    await load(target, script);
    const after = await snapshot(target);
    const nonSource = after.nodes.filter((n) => !n.labels.includes('Source'));
    expect(nonSource.map((n) => n.props.id).sort()).toEqual(
      scopedJson.nodes.map((n: { id: string }) => n.id).sort(),
    );
    expect(after.relationships).toHaveLength(scopedJson.links.length);
    expect(
      after.nodes
        .filter((n) => n.labels.includes('Source'))
        .map((n) => n.props.id)
        .sort(),
    ).toEqual(scopedJson.graph.sources.map((s: { id: string }) => s.id).sort());
    // Running the script again on a loaded database fails on the id constraints and changes nothing.
    await expect(load(target, script)).rejects.toThrow(/already exists|constraint/i);
    expect((await snapshot(target)).nodes).toHaveLength(after.nodes.length);
  }, 180_000);
});
