// Integration: NetworkX reads the JSON (node_link_graph, edges="links"), GraphML and GEXF exports
// of the real seeded graph as directed multigraphs with the right counts, quotes and fact fields
// (stance, modality, the grades and their STIX numbers, tense, spans) with their values and types;
// a denial asked for (stances=asserted,denied) arrives as stance 'denied'. igraph reads the
// GraphML and Python's csv module the CSV zip. Missing Python packages are installed with pip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { exportResponse } from './export-read-back.ts';
import { truthFor } from './export-truth.ts';

/** The STIX numbers the export adds, spelled out here rather than taken from core/. */
const CREDIBILITY_STIX: Record<string, number> = { reported: 70, estimated: 50, alleged: 50, suspected: 30 };
const RELIABILITY_STIX: Record<string, number> = { A: 90, B: 70, C: 50, D: 30, E: 10 };

const PYTHON = process.env.PYTHON ?? 'python3';
let driver: Driver;
let dir: string;

/** Imports `module` in Python, installing `pkg` with pip first if the import fails. */
function ensurePython(module: string, pkg: string): void {
  try {
    execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'pipe' });
    return;
  } catch {
    // not installed yet
  }
  try {
    execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', pkg], { stdio: 'pipe', timeout: 300_000 });
    execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'pipe' });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(
      `this test needs the Python package '${pkg}' and could not install it with '${PYTHON} -m pip install ${pkg}': ${detail}`,
    );
  }
}

beforeAll(async () => {
  ensurePython('networkx', 'networkx');
  ensurePython('igraph', 'igraph');
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), 'khorasan-export-nx-'));
}, 600_000);
afterAll(async () => {
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes the four exports of one scope and runs the Python reader on one edge of them. */
async function readInPython(query: string, edge: { source: string; target: string; id: string }) {
  const paths: Record<string, string> = {};
  for (const format of ['json', 'graphml', 'gexf', 'csv']) {
    const response = await exportResponse(driver, `/export/${format}${query ? `?${query}` : ''}`);
    expect(response.status).toBe(200);
    paths[format] = join(dir, `khorasan-${query.replace(/\W+/g, '-')}.${format}`);
    writeFileSync(paths[format], new Uint8Array(await response.arrayBuffer()));
  }
  const output = execFileSync(
    PYTHON,
    [
      new URL('./export-networkx-check.py', import.meta.url).pathname,
      paths.json as string,
      paths.graphml as string,
      paths.gexf as string,
      paths.csv as string,
      edge.source,
      edge.target,
      edge.id,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(output);
}

/** One relationship's fact fields as the exports must carry them, asked of Neo4j directly. */
async function expectedFields(where: string) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE ${where}
     RETURN a.id AS source, b.id AS target, r.id AS id, r.quote AS quote, r.source AS doc, properties(r) AS p
     ORDER BY id LIMIT 1`,
  );
  expect(records).toHaveLength(1);
  const record = records[0]!;
  const p = record.get('p') as Record<string, unknown>;
  const day = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return {
    edge: {
      source: record.get('source') as string,
      target: record.get('target') as string,
      id: record.get('id') as string,
    },
    quote: record.get('quote') as string,
    doc: record.get('doc') as string,
    fields: {
      stance: p.stance,
      modality: p.modality,
      credibility: p.credibility,
      credibilityScore: CREDIBILITY_STIX[String(p.credibility)],
      reliability: p.reliability,
      reliabilityScore: RELIABILITY_STIX[String(p.reliability)] ?? null,
      tense: p.tense ?? 'present',
      knownFrom: day(p.knownFrom),
      knownTo: day(p.knownTo),
      possibleFrom: day(p.possibleFrom),
      possibleTo: day(p.possibleTo),
    },
  };
}

/** As CSV has them: every value a string, '' for none. */
const asCsv = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === null ? '' : String(v)]));

it('NetworkX and igraph read the exports with the database counts, quotes and fact fields', async () => {
  const truth = await truthFor(driver, null);
  // A relationship with a quote that has typographic quotes in it, and a parallel twin if any.
  const rival = await expectedFields(
    "a.id = 'iskp' AND b.id = 'afghan-taliban' AND type(r) = 'RIVAL_OF' AND r.stance = 'asserted' AND r.modality = 'actual'",
  );
  const [quote, source] = [rival.quote, rival.doc];
  const found = await readInPython('', rival.edge);
  for (const format of ['json', 'graphml', 'gexf']) {
    expect(found[format]).toMatchObject({
      class: 'MultiDiGraph',
      nodes: truth.nodeIds.length,
      edges: truth.edges.length,
      quote,
      source,
      type: 'RIVAL_OF',
      fields: rival.fields,
    });
  }
  expect(found.graphml.graph).toEqual(['datasetVersion', 'exportedAt', 'scope', 'sources']);
  expect(found.csv).toEqual({
    nodes: truth.nodeIds.length,
    edges: truth.edges.length,
    sources: (await driver.executeQuery('MATCH (s:Source) RETURN count(s) AS n')).records[0]
      ?.get('n')
      .toNumber(),
    quote,
    source,
    ends: ['iskp', 'afghan-taliban', 'Undirected'],
    fields: asCsv(rival.fields),
  });
  expect(found.igraph).toEqual({
    directed: true,
    nodes: truth.nodeIds.length,
    edges: truth.edges.length,
    quote,
    source: 'iskp',
  });
});

it('a denial asked for arrives in NetworkX as stance denied, with its grades and spans', async () => {
  // Lieven: ISKP is "not, in that sense, an offshoot of ISIS".
  const denied = await expectedFields("a.id = 'iskp' AND type(r) = 'OFFSHOOT_OF' AND r.stance = 'denied'");
  expect(denied.fields.stance).toBe('denied');
  const truth = await truthFor(
    driver,
    null,
    "r.stance IN ['asserted', 'denied'] AND r.modality = 'actual'",
    {},
    "c.stance IN ['asserted', 'denied'] AND c.modality = 'actual'",
  );
  const found = await readInPython('stances=asserted,denied', denied.edge);
  for (const format of ['json', 'graphml', 'gexf']) {
    expect(found[format]).toMatchObject({
      nodes: truth.nodeIds.length,
      edges: truth.edges.length,
      type: 'OFFSHOOT_OF',
      fields: denied.fields,
    });
  }
  expect(found.csv.fields).toEqual(asCsv(denied.fields));
});
