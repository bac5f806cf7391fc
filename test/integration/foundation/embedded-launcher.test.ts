// The embedded Neo4j launcher on its own: a free port by default, a clear error (with the JVM's
// reason) when the port or the data folder is taken, stop() that really ends the JVM, and the
// class-data archive mapped by a start.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureEmbeddedBuilt } from '../../../cypher/embedded/build.ts';
import { classArchivePath } from '../../../cypher/embedded/class-archive.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../cypher/embedded/launcher.ts';

const folders: string[] = [];
const servers: EmbeddedNeo4j[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-launcher-test-'));
  folders.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function listenOnFreePort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('startEmbeddedNeo4j', () => {
  let first: EmbeddedNeo4j;
  let firstDir: string;

  it('starts on a free port, answers Bolt with the credentials it returns, and reports progress', async () => {
    firstDir = tempDir();
    const progress: string[] = [];
    first = await startEmbeddedNeo4j({
      dataDir: firstDir,
      heapMb: 256,
      onProgress: (line) => progress.push(line),
    });
    servers.push(first);
    expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
    expect(first.port).toBeGreaterThan(0);
    expect(progress.some((line) => line.startsWith('neo4j: ready at'))).toBe(true);
    const driver = neo4j.driver(first.uri, neo4j.auth.basic(first.user, first.password));
    try {
      const { records } = await driver.executeQuery('RETURN 40 + 2 AS answer');
      expect(records[0]?.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
    expect(existsSync(join(firstDir, 'data', 'databases', 'neo4j'))).toBe(true);
  }, 120_000);

  it('maps the class-data archive the build recorded (cypher/embedded/class-archive.ts)', async () => {
    const archive = classArchivePath(await ensureEmbeddedBuilt());
    expect(existsSync(archive)).toBe(true);
    // The JVM maps the archive's regions into its memory; a refused archive is not mapped.
    expect(readFileSync(`/proc/${first.pid}/maps`, 'utf8')).toContain(archive);
  });

  it('fails with a clear reason when another Neo4j uses the data folder', async () => {
    await expect(startEmbeddedNeo4j({ dataDir: firstDir, heapMb: 256 })).rejects.toThrow(
      /embedded Neo4j failed to start \(the JVM exited with code \d+\): another Neo4j is already using/,
    );
  }, 120_000);

  it('fails naming the port when the Bolt port is taken', async () => {
    const blocker = await listenOnFreePort();
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startEmbeddedNeo4j({ dataDir: tempDir(), port, heapMb: 256 })).rejects.toThrow(
        `Bolt port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('stops the JVM (twice is fine) and settles `exited` as requested', async () => {
    await first.stop();
    await first.stop();
    expect(await first.exited).toMatchObject({ requested: true });
    expect(existsSync(`/proc/${first.pid}`)).toBe(false);
  }, 60_000);

  it('times out with a clear message when Neo4j is not ready in time', async () => {
    await expect(startEmbeddedNeo4j({ dataDir: tempDir(), heapMb: 256, timeoutMs: 300 })).rejects.toThrow(
      'no ready line within 0 s',
    );
  }, 60_000);
});
