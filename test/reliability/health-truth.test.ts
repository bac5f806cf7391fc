// Issue 14, finding 7 (second half): /healthz says whether queries work, not only whether Bolt
// answers. Before, a store that opened but could not be read had /healthz say 200 "up" while
// every query failed; here Bolt answers and logs in, and the database queried is not there.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { gql, testApp } from '../integration/api-harness.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

describe('/healthz tells the truth', () => {
  it('says 503 with a code when Bolt answers but the graph cannot be queried', async () => {
    await driver.verifyConnectivity();
    const app = testApp(driver, { database: 'no-such-graph' });
    const health = await app.fetch('http://localhost/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const { body } = await gql(app, '{ stats { labels { label count } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('says 200 with the counts when the same driver queries the graph that is there', async () => {
    const health = await testApp(driver).fetch('http://localhost/healthz');
    expect(health.status).toBe(200);
    expect(((await health.json()) as { graph: { entities: number } }).graph.entities).toBeGreaterThan(0);
  });
});
