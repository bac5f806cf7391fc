// The embedded Neo4j build's tool checks against the machine's real Java (moved from the unit
// tier, which runs without Java): the Java here is accepted, and a missing Maven is named in one line.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkJava } from '../../../cypher/embedded/build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('embedded Neo4j build prerequisites on this machine', () => {
  it('accepts the Java on this machine (17 or newer)', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });

  it('npm run neo4j:build prints one line naming Maven when mvn is missing', async () => {
    // A PATH holding only node (its real folder may also hold mvn); Java found through
    // JAVA_HOME, so Maven is what is missing. The check fails before anything is rebuilt.
    const bin = mkdtempSync(join(tmpdir(), 'kg-no-mvn-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const javaHome = resolve(
      (await promisify(execFile)('sh', ['-c', 'readlink -f "$(command -v java)"'])).stdout.trim(),
      '../..',
    );
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'cypher/embedded/build-cli.ts'), '--force'],
      { cwd: ROOT, env: { PATH: bin, JAVA_HOME: javaHome } },
    );
    const failure = await run.then(
      () => {
        throw new Error('the build succeeded without mvn');
      },
      (error: { code: number; stderr: string }) => error,
    );
    rmSync(bin, { recursive: true, force: true });
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure.stderr).toContain(
      'Maven is needed once to build the embedded Neo4j but `mvn` was not found',
    );
  });
});
