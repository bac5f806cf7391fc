// The shared test Neo4j is the real Neo4j 5.26 Community, reached through the project's driver.
import { afterAll, describe, expect, it } from 'vitest';
import { checkConnection } from '../../../cypher/db/driver.ts';
import { testDriver } from '../../support/neo4j.ts';

const driver = testDriver();
afterAll(() => driver.close());

describe('the shared Neo4j', () => {
  it('reports Neo4j 5.26 Community in CALL dbms.components()', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition');
    const kernel = records.find((record) => record.get('name') === 'Neo4j Kernel');
    expect(kernel?.get('versions')[0]).toMatch(/^5\.26\.\d+$/);
    expect(kernel?.get('edition')).toBe('community');
  });

  it('passes the connection check, which names the server agent', async () => {
    await expect(checkConnection(driver, 'neo4j')).resolves.toMatch(/^Neo4j\/5\.26\./);
  });

  it('fails the connection check with the URI, the database and what to check', async () => {
    await expect(checkConnection(driver, 'no-such-db', 'bolt://shared')).rejects.toThrow(
      /cannot use Neo4j database "no-such-db" at bolt:\/\/shared: .*NEO4J_DATABASE/,
    );
  });
});
