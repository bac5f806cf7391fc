// Vitest global setup: one embedded Neo4j for the whole run, on a free port in a temp folder,
// seeded from cypher/schema + cypher/seed; tests reach it through inject('neo4jUri') and
// inject('neo4jPassword') (user neo4j; the embedded Neo4j always has auth on). It also serves the
// run lock (run-lock.ts) that lets test files run two at a time and the time-bound ones alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { processTicks, TICK_MS } from '../../bench/scale/proc-stat.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../cypher/embedded/launcher.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { createDriver } from '../../cypher/db/driver.ts';
import { startRunLock } from './run-lock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the shared, seeded Neo4j (treat as read-only). */
    neo4jUri: string;
    /** Password of user neo4j on it (random per run). */
    neo4jPassword: string;
    /** Port of the run lock on 127.0.0.1 (test/support/file-lock.ts takes it for every file). */
    runLockPort: number;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const log = (line: string): void => void process.stderr.write(`[global-setup] ${line}\n`);

let server: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;
let runLock: Awaited<ReturnType<typeof startRunLock>> | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  runLock = await startRunLock();
  project.provide('runLockPort', runLock.port);
  dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  // Build progress (first run only) is worth showing; per-file seed lines are not.
  server = await startEmbeddedNeo4j({
    dataDir,
    port: 0,
    // Two test files query it at once (vitest.config.ts): room for both files' transactions.
    heapMb: 512,
    // It lives for one run: the quick JIT starts it and plans the files' queries sooner (launcher.ts).
    jit: 'quick',
    onProgress: (line) => (line.startsWith('neo4j build') || line.includes('ready') ? log(line) : undefined),
  });
  const driver = createDriver({
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  });
  try {
    const result = await loadSeeds(driver, {
      database: 'neo4j',
      schemaDir: join(ROOT, 'cypher/schema'),
      seedDir: join(ROOT, 'cypher/seed'),
    });
    log(
      `shared Neo4j ${server.uri} seeded: ${result.nodes} nodes, ${result.relationships} relationships ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    await teardown();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', server.uri);
  project.provide('neo4jPassword', server.password);
}

export async function teardown(): Promise<void> {
  // The shared Neo4j serves every file at once; its CPU is a large part of a run's (CI: ~360 s of
  // ~1,900 before its plans stopped depending on parameter lengths, EmbeddedNeo4j.java).
  const ticks = server ? processTicks(server.pid) : undefined;
  if (ticks !== undefined) log(`shared Neo4j used ${((ticks * TICK_MS) / 1000).toFixed(0)} s of CPU`);
  await runLock?.close();
  runLock = undefined;
  await server?.stop();
  server = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}
