// NEO4J_USER / NEO4J_PASSWORD against a Neo4j with auth on (the embedded one, given a password):
// the right credentials connect, wrong or missing ones fail naming the URI and what to check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../cypher/embedded/launcher.ts';
import { loadConfig } from '../../../api/src/config.ts';
import { checkConnection, createDriver } from '../../../cypher/db/driver.ts';
import { connectNeo4j } from '../../../cypher/db/neo4j-connection.ts';

let server: EmbeddedNeo4j;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kg-auth-test-'));
  server = await startEmbeddedNeo4j({ dataDir, heapMb: 256, password: 'khorasan-test-pw' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a Neo4j with auth on', () => {
  it('connects with NEO4J_USER and NEO4J_PASSWORD', async () => {
    const config = loadConfig({
      NEO4J_URI: server.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'khorasan-test-pw',
    });
    const connection = await connectNeo4j(config);
    try {
      expect(connection.agent).toMatch(/^Neo4j\/5\.26\./);
      expect(connection.embedded).toBeUndefined();
    } finally {
      await connection.close();
    }
  });

  it('names the URI and the variables to check when the password is wrong', async () => {
    const config = loadConfig({ NEO4J_URI: server.uri, NEO4J_PASSWORD: 'wrong' });
    await expect(connectNeo4j(config)).rejects.toThrow(
      `cannot use Neo4j database "neo4j" at ${server.uri}: the server refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`,
    );
  });

  it('fails the same way when no password is given', async () => {
    const driver = createDriver({ uri: server.uri, user: 'neo4j', database: 'neo4j' });
    try {
      await expect(checkConnection(driver, 'neo4j', server.uri)).rejects.toThrow(
        /refused the credentials|Unauthorized|auth/i,
      );
    } finally {
      await driver.close();
    }
  });
});
