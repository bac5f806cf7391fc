// The benchmark's own embedded Neo4j on a throw-away data folder, with the heap the sizes need;
// restart() gives a fresh one after a load had to be abandoned at its time cap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../cypher/db/driver.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../cypher/embedded/launcher.ts';

export const DATABASE = 'neo4j';

export interface BenchNeo4j {
  uri: string;
  password: string;
  driver: Driver;
  pid: number;
}

export class ScratchNeo4j {
  private server: EmbeddedNeo4j | undefined;
  private dataDir: string | undefined;
  current: BenchNeo4j | undefined;

  constructor(
    private readonly heapMb: number,
    private readonly say: (line: string) => void,
  ) {}

  async start(): Promise<BenchNeo4j> {
    this.dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
    this.server = await startEmbeddedNeo4j({
      dataDir: this.dataDir,
      heapMb: this.heapMb,
      pagecacheMb: 512,
      onProgress: this.say,
    });
    const driver = createDriver({
      uri: this.server.uri,
      user: this.server.user,
      password: this.server.password,
      database: DATABASE,
    });
    this.current = { uri: this.server.uri, password: this.server.password, driver, pid: this.server.pid };
    return this.current;
  }

  async stop(): Promise<void> {
    await this.current?.driver.close().catch(() => {});
    await this.server?.stop();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
    this.current = undefined;
    this.server = undefined;
  }

  async restart(): Promise<BenchNeo4j> {
    this.say('neo4j: restarting on a fresh data folder');
    await this.stop();
    return this.start();
  }
}
