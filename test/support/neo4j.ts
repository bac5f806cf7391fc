// Neo4j for tests: testDriver() reaches the shared, seeded instance the global setup started
// (read-only by convention); startScratchNeo4j() starts a private empty one for tests that write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { startEmbeddedNeo4j } from '../../cypher/embedded/launcher.ts';
import { createDriver } from '../../cypher/db/driver.ts';

export const SHARED_DATABASE = 'neo4j';

/** A driver for the shared seeded Neo4j (built with the project's createDriver). Close it after use. */
export function testDriver(): Driver {
  const uri = inject('neo4jUri');
  if (!uri) throw new Error('no shared Neo4j: run the tests through vitest (test/support/global-setup.ts)');
  return createDriver({ uri, user: 'neo4j', password: inject('neo4jPassword'), database: SHARED_DATABASE });
}

export interface ScratchNeo4j {
  uri: string;
  pid: number;
  /** Password of user neo4j on this instance. */
  password: string;
  /** A driver for this instance; closed by stop(). */
  driver: Driver;
  /** Stops the JVM and deletes its data folder. */
  stop(): Promise<void>;
}

/** A private, empty Neo4j on a free port in a throw-away folder, for tests that write. */
export async function startScratchNeo4j(): Promise<ScratchNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-scratch-neo4j-'));
  try {
    // Short-lived: the quick JIT starts it sooner (launcher.ts).
    const server = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 256, pagecacheMb: 16, jit: 'quick' });
    const driver = createDriver({
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: SHARED_DATABASE,
    });
    return {
      uri: server.uri,
      pid: server.pid,
      password: server.password,
      driver,
      stop: async () => {
        await driver.close();
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
