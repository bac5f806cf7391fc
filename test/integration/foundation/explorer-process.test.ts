// The explorer as a user runs it (`npm run serve`), as a child process with its own data folder
// and free ports: it serves /healthz, keeps the Neo4j password to itself unless asked, and its
// embedded JVM never outlives it, whether it is stopped with SIGTERM, SIGINT or killed with SIGKILL.
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  alive,
  killChildren,
  removeFolders,
  spawnExplorer,
  startExplorer,
  until,
} from '../../reliability/explorer-child.ts';

afterEach(killChildren);
afterAll(removeFolders);

describe('the explorer process', () => {
  it('starts Neo4j, seeds, answers /healthz, and leaves no JVM after SIGTERM', async () => {
    const explorer = await startExplorer();
    expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(alive(explorer.jvmPid())).toBe(true);
    const response = await fetch(new URL('healthz', explorer.url));
    expect(response.status).toBe(200);
    const health = (await response.json()) as { status: string; graph?: { entities: number } };
    expect(health.status).toBe('ok');
    expect(health.graph?.entities).toBeGreaterThan(0);
    expect(explorer.output()).toMatch(/seed: [^\n]*\d+ nodes and \d+ relationships/);
    expect(explorer.output()).toMatch(
      /Neo4j Bolt for your own tools: bolt:\/\/127\.0\.0\.1:\d+ user neo4j \(its password changes at every start; start with KG_SHOW_NEO4J_PASSWORD=true to print it\)/,
    );

    explorer.child.kill('SIGTERM');
    expect(await explorer.exit).toEqual({ code: 0, signal: null });
    await until(`JVM pid ${explorer.jvmPid()} to exit`, () => !alive(explorer.jvmPid()), 15_000);
    expect(explorer.output()).toContain('stopping (SIGTERM)');
  }, 240_000);

  it('leaves no JVM when the Node process is killed with SIGKILL (the JVM sees its stdin close)', async () => {
    const explorer = await startExplorer({ KG_SEED: 'false' });
    expect(alive(explorer.jvmPid())).toBe(true);
    explorer.child.kill('SIGKILL');
    expect((await explorer.exit).signal).toBe('SIGKILL');
    await until(
      `JVM pid ${explorer.jvmPid()} to exit after its parent was killed`,
      () => !alive(explorer.jvmPid()),
      20_000,
    );
  }, 240_000);

  it(
    "prints the Neo4j password for the user's own tools when KG_SHOW_NEO4J_PASSWORD=true, and it works; " +
      'then stops in order on Ctrl-C (SIGINT to the whole process group) and leaves no JVM',
    async () => {
      // One explorer for both checks: each start is a JVM start.
      const explorer = await startExplorer(
        { KG_SEED: 'false', KG_SHOW_NEO4J_PASSWORD: 'true' },
        { ownGroup: true },
      );
      const line = /Neo4j Bolt for your own tools: (bolt:\/\/\S+) user neo4j password (\S+)/.exec(
        explorer.output(),
      );
      expect(line).not.toBeNull();
      const driver = neo4j.driver(line![1]!, neo4j.auth.basic('neo4j', line![2]!));
      try {
        const { records } = await driver.executeQuery('RETURN 1 AS one');
        expect(records[0]?.get('one').toNumber()).toBe(1);
      } finally {
        await driver.close();
      }

      process.kill(-explorer.child.pid!, 'SIGINT');
      expect(await explorer.exit).toEqual({ code: 0, signal: null });
      expect(explorer.output()).toContain('stopping (SIGINT)');
      expect(explorer.output()).not.toContain('the embedded Neo4j (pid');
      await until(`JVM pid ${explorer.jvmPid()} to exit`, () => !alive(explorer.jvmPid()), 15_000);
    },
    240_000,
  );

  it('refuses a bad setting at once with one line naming it, starting nothing', async () => {
    const { output, exit } = spawnExplorer({ NEO4J_URI: 'http://localhost:7474' });
    expect((await exit).code).toBe(2);
    expect(output().trim()).toBe(
      'configuration error: NEO4J_URI="http://localhost:7474" is not valid: the scheme must be one of ' +
        'bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://',
    );
  }, 60_000);

  it('names the URI when NEO4J_URI points at no server', async () => {
    const { output, exit } = spawnExplorer({ NEO4J_URI: 'bolt://127.0.0.1:1', KG_SEED: 'false' });
    expect((await exit).code).toBe(1);
    expect(output()).toContain('cannot use Neo4j database "neo4j" at bolt://127.0.0.1:1');
  }, 90_000);
});
