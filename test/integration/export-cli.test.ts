// Integration: `npm run export` (api/src/export/cli.ts) against the shared seeded Neo4j writes the
// file, reports progress on stderr, and rejects bad arguments with the HTTP endpoint's words and
// exit code 2, writing nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { READERS } from './export-read-back.ts';
import { truthFor } from './export-truth.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let driver: Driver;
let dir: string;

function cli(args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['api/src/export/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), 'khorasan-export-cli-'));
});
afterAll(async () => {
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('writes a scoped GraphML file and reports progress on stderr', async () => {
    const out = join(dir, 'rivals.graphml');
    const run = cli([
      '--format',
      'graphml',
      '--out',
      out,
      '--types',
      'RIVAL_OF,CLASHED_WITH',
      '--min-credibility=reported',
      '--stances',
      'asserted,denied',
      '--claims',
      'exclude',
    ]);
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.code).toBe(0);
    const read = READERS.graphml(readFileSync(out));
    const truth = await truthFor(
      driver,
      null,
      "type(r) IN ['RIVAL_OF', 'CLASHED_WITH'] AND r.credibility = 'reported' AND r.stance IN ['asserted', 'denied'] AND r.modality = 'actual'",
      {},
      null,
    );
    expect(read.nodeIds.sort()).toEqual(truth.nodeIds);
    expect(read.edges.map((e) => e.id).sort()).toEqual(truth.edges.map((e) => e.id));
    expect(read.edges.map((e) => e.stance).sort()).toEqual(truth.edges.map((e) => e.stance).sort());
    expect(decodeURIComponent(read.scopeQuery)).toBe(
      'types=RIVAL_OF,CLASHED_WITH&stances=asserted,denied&minCredibility=reported&claims=exclude',
    );
    expect(run.stderr).toMatch(/read \d+ entities/);
    expect(run.stderr).toMatch(/read \d+ relationships/);
    expect(run.stderr).toContain(
      `export: graphml with ${truth.nodeIds.length} nodes, ${truth.edges.length} relationships`,
    );
  });

  it('writes the CSV zip and, without --out, JSON to stdout', () => {
    const zip = join(dir, 'all.zip');
    expect(cli(['--format', 'csv', '--out', zip]).code).toBe(0);
    expect(READERS.csv(readFileSync(zip)).nodeIds.length).toBeGreaterThan(40);
    const run = cli(['--format', 'json', '--focus', 'iskp', '--depth', '1']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.graph.scope).toMatchObject({ focus: ['iskp'], depth: 1 });
    expect(data.nodes.map((n: { id: string }) => n.id)).toContain('iskp');
  });

  it('rejects bad arguments with exit code 2 and writes nothing', () => {
    const out = join(dir, 'never.gexf');
    const run = cli([
      '--format',
      'gexf',
      '--out',
      out,
      '--depth',
      '9',
      '--min-credibility',
      'sure',
      '--include-possible',
      'true',
      '--colour',
      'red',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "minCredibility: unknown minCredibility 'sure' (allowed: reported, estimated, alleged, suspected)",
    );
    expect(run.stderr).toContain('includePossible: includePossible needs a window');
    expect(run.stderr).toContain('depth: depth must be 1, 2 or 3');
    expect(run.stderr).toContain('colour: unknown option --colour');
    expect(run.stderr).toContain('usage: npm run export');
    expect(existsSync(out)).toBe(false);

    const format = cli(['--format', 'xlsx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      "format: unknown export format 'xlsx' (allowed: json, csv, graphml, gexf, cypher)",
    );

    const focus = cli(['--format', 'json', '--out', out, '--focus', 'atlantis']);
    expect(focus.code).toBe(2);
    expect(focus.stderr).toContain("focus: no entity has the id 'atlantis'");
    expect(existsSync(out)).toBe(false);
  });
});
