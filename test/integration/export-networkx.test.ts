// Integration: NetworkX reads the JSON (node_link_graph, edges="links"), GraphML and GEXF exports
// of the real seeded graph as directed multigraphs with the right counts and quotes; igraph reads
// the GraphML and Python's csv module the CSV zip. Missing Python packages are installed with pip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { exportResponse } from './export-read-back.ts';
import { truthFor } from './export-truth.ts';

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

it('NetworkX and igraph read the exports with the database counts and quotes', async () => {
  const paths: Record<string, string> = {};
  for (const format of ['json', 'graphml', 'gexf', 'csv']) {
    const response = await exportResponse(driver, `/export/${format}`);
    expect(response.status).toBe(200);
    paths[format] = join(dir, `khorasan.${format}`);
    writeFileSync(paths[format], new Uint8Array(await response.arrayBuffer()));
  }
  const truth = await truthFor(driver, null);
  // A relationship with a quote that has typographic quotes in it, and a parallel twin if any.
  const { records } = await driver.executeQuery(
    "MATCH (a:Entity {id: 'iskp'})-[r:RIVAL_OF]->(b:Entity {id: 'afghan-taliban'}) RETURN r.id AS id, r.quote AS quote, r.source AS source ORDER BY id LIMIT 1",
  );
  expect(records).toHaveLength(1);
  const [id, quote, source] = ['id', 'quote', 'source'].map((k) => records[0]?.get(k) as string);

  const output = execFileSync(
    PYTHON,
    [
      new URL('./export-networkx-check.py', import.meta.url).pathname,
      paths.json as string,
      paths.graphml as string,
      paths.gexf as string,
      paths.csv as string,
      'iskp',
      'afghan-taliban',
      id as string,
    ],
    { encoding: 'utf8' },
  );
  const found = JSON.parse(output);
  for (const format of ['json', 'graphml', 'gexf']) {
    expect(found[format]).toMatchObject({
      class: 'MultiDiGraph',
      nodes: truth.nodeIds.length,
      edges: truth.edges.length,
      quote,
      source,
      type: 'RIVAL_OF',
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
  });
  expect(found.igraph).toEqual({
    directed: true,
    nodes: truth.nodeIds.length,
    edges: truth.edges.length,
    quote,
    source: 'iskp',
  });
});
