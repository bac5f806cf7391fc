// startExplorer() in-process against the shared Neo4j (NEO4J_URI and NEO4J_PASSWORD, no seeding):
// it serves the app on a free port, reports the URL, and stop() closes the server and the driver.
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/src/config.ts';
import { startExplorer } from '../../../api/src/runtime/explorer.ts';

describe('startExplorer', () => {
  it('serves /healthz from the configured Neo4j and stops cleanly', async () => {
    const config = loadConfig({
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      PORT: '0',
      KG_SEED: 'false',
      NODE_ENV: 'test',
    });
    const progress: string[] = [];
    const explorer = await startExplorer(config, { onProgress: (line) => progress.push(line) });
    try {
      expect(explorer.url).toBe(`http://127.0.0.1:${explorer.port}/`);
      expect(explorer.connection.embedded).toBeUndefined();
      expect(explorer.connection.agent).toMatch(/^Neo4j\/5\.26\./);
      expect(explorer.seed).toBeUndefined();
      expect(progress.join('\n')).toContain(`connected to Neo4j/5.26`);
      const response = await fetch(new URL('healthz', explorer.url));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { status: string }).status).toBe('ok');
    } finally {
      await explorer.stop();
    }
    await expect(fetch(new URL('healthz', explorer.url))).rejects.toThrow();
    await explorer.stop();
  });

  it('works through a neo4j:// routing URI as well', async () => {
    const routing = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
    const explorer = await startExplorer(
      loadConfig({
        NEO4J_URI: routing,
        NEO4J_PASSWORD: inject('neo4jPassword'),
        PORT: '0',
        KG_SEED: 'false',
      }),
    );
    try {
      expect(explorer.connection.uri).toBe(routing);
      const response = await fetch(new URL('healthz', explorer.url));
      expect(((await response.json()) as { status: string }).status).toBe('ok');
      const { records } = await explorer.connection.driver.executeQuery(
        'MATCH (n:Source) RETURN count(n) AS n',
        {},
        {
          database: 'neo4j',
          routing: 'READ',
        },
      );
      expect(records[0]?.get('n').toNumber()).toBeGreaterThan(0);
    } finally {
      await explorer.stop();
    }
  });

  it('fails naming the port when PORT is taken, and releases Neo4j', async () => {
    const uri = inject('neo4jUri');
    const first = await startExplorer(
      loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: inject('neo4jPassword'), PORT: '0', KG_SEED: 'false' }),
    );
    try {
      await expect(
        startExplorer(
          loadConfig({
            NEO4J_URI: uri,
            NEO4J_PASSWORD: inject('neo4jPassword'),
            PORT: String(first.port),
            KG_SEED: 'false',
          }),
        ),
      ).rejects.toThrow(`cannot serve the explorer: port ${first.port} on 127.0.0.1 is already in use`);
    } finally {
      await first.stop();
    }
  });
});
