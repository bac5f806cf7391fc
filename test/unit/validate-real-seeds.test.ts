// `npm run validate` passes on the project's real seed files against the real corpus, and the CLI
// exits 1 listing every problem (file:line) when a seed folder is broken.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, SEED_DIR } from '../../cypher/paths.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';
import { AXES, withFacts } from './validate-fixtures.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'cypher/validate-cli.ts');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

describe('the real seed files', () => {
  it('have no problems', async () => {
    const problems = await validateSeeds({ seedDir: SEED_DIR, corpusDir: CORPUS_DIR });
    expect(problems).toEqual([]);
  });

  it('pass `npm run validate` (the CLI with its default folders) with a summary line', async () => {
    const { stdout } = await run(tsx, [cli], { cwd: repoRoot });
    expect(stdout).toMatch(/^\d+ statements, \d+ nodes, \d+ relationships, \d+ claims: OK/m);
  });
});

describe('the validate CLI on a broken seed folder', () => {
  it('exits 1 and lists every problem as file:line: message', async () => {
    const fixture = await withFacts(
      [
        `MATCH (a:Entity {id: 'alpha'}), (b:Entity {id: 'nowhere'})`,
        `CREATE (a)-[:CLASHED_WITH {id: 'alpha--clashed-with--nowhere--doc-1', source: 'doc-1', quote: 'The Alpha Front', ${AXES}}]->(b);`,
        `MERGE (x);`,
      ].join('\n'),
    );
    const err = await run(tsx, [cli, '--seed', fixture.seedDir, '--corpus', fixture.corpusDir]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    const lines = err!.stderr.trim().split('\n');
    // Outside the working folder, files are named by their absolute path.
    const file = path.join(fixture.seedDir, '20-facts.cypher');
    expect(lines).toContain(`${file}:1: dangling id "nowhere": MATCH names an id that no CREATE defines`);
    expect(lines.some((l) => l.startsWith(`${file}:3: statement outside the seed forms`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^5 statements, 3 nodes, 1 relationships, 0 claims: 2 problem\(s\) in /);
  });

  it('exits 2 on an unknown option', async () => {
    const err = await run(tsx, [cli, '--sed', 'x']).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toMatch(/usage: npm run validate/);
  });
});
