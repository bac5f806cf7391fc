// A store that will not open fails the start at once and says why: the cause from Neo4j's own
// log, the data folder, and what to do. The store is damaged for real: a data folder the explorer
// made, with its metadata file cut short.
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  killChildren,
  removeFolders,
  scratchFolder,
  spawnExplorer,
  startExplorer,
} from './explorer-child.ts';

afterAll(() => {
  killChildren();
  removeFolders();
});

describe('a corrupted store', () => {
  it('stops the start quickly with the cause, the folder and the way out', async () => {
    const dataDir = scratchFolder();
    const first = await startExplorer({ KG_SEED: 'false' }, { dataDir });
    first.child.kill('SIGTERM');
    expect((await first.exit).code).toBe(0);
    const home = join(dataDir, 'neo4j');
    truncateSync(join(home, 'data/databases/neo4j/neostore'), 100);

    const started = Date.now();
    const broken = spawnExplorer({ KG_SEED: 'false' }, { dataDir });
    expect((await broken.exit).code).toBe(1);
    const seconds = (Date.now() - started) / 1000;
    const output = broken.output();
    expect(output).toContain(
      `Neo4j could not open its database "neo4j" in ${home}: Failed to read current store version`,
    );
    expect(output).toContain(`move the folder away (mv ${home} ${home}.broken)`);
    expect(output).toContain(`Neo4j's log: ${join(home, 'logs/debug.log')}`);
    expect(output).not.toContain('no ready line');
    // Its JVM starts in 22-51 s (measured) while test runs share two cores; the old wait was 120 s
    // and said nothing.
    expect(seconds).toBeLessThan(100);
    console.info(`corrupted store: refused after ${seconds.toFixed(1)} s`);
  }, 400_000);
});
