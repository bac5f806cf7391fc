// Integration: requests over a limit get a GraphQL error naming the limit (never a crash or a
// 500), bad input is refused with a code, and production mode masks unexpected errors.
import type { Driver, Session } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { App } from '../../api/src/app.ts';
import { LIMITS } from '../../api/src/schema/limits.ts';
import { gql, testApp, useSharedTestApp } from './api-harness.ts';

let driver: Driver;
let app: App;
useSharedTestApp((shared) => ({ driver, app } = shared));

async function limitError(query: string) {
  const { status, body } = await gql(app, query);
  expect(status, query.slice(0, 80)).toBeLessThan(500);
  expect(body.data ?? null).toBeNull();
  return body.errors?.[0];
}

describe('graphql-armor limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    let inner = 'id';
    for (let i = 0; i < LIMITS.maxDepth + 2; i++) inner = `f${i} { ${inner} }`;
    const error = await limitError(`{ entity(id: "iskp") { ${inner} } }`);
    expect(error).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxDepth' } });
    expect(error?.message).toMatch(/Query depth limit of \d+ exceeded/);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: about { name }`).join(' ');
    const error = await limitError(`{ ${fields} }`);
    expect(error).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxAliases' } });
    expect(error?.message).toMatch(/Aliases limit of \d+ exceeded/);
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const error = await limitError(`{ about ${directives} { name } }`);
    expect(error).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxDirectives' } });
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'name').join(' ');
    const error = await limitError(`{ about { ${fields} } }`);
    expect(error).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxTokens' } });
    expect(error?.message).toMatch(/Token limit of \d+ exceeded/);
  });

  it('refuses a query whose cost (page size times what each item asks) is over the limit', async () => {
    const entityFields = `items { id name aliases category validFrom validTo degree { total }
          relationships { id type quote stance modality credibility from { id name } to { id name } source { id title publisher date } }
          claims { property disagreement claims { id quote display stance credibility source { id title publisher } } } }`;
    const error = await limitError(
      `{ groups(first: 200) { ${entityFields} } events(first: 200) { ${entityFields} } places(first: 200) { ${entityFields} } }`,
    );
    expect(error).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'costLimit' } });
    expect(error?.message).toMatch(/Query Cost limit of 50000 exceeded/);
  });

  it('lets the viewer-sized requests through', async () => {
    const { body } = await gql(
      app,
      `{ subgraph(includeIsolated: true, filter: {stances: [ASSERTED, UNCLEAR, DENIED], modalities: [ACTUAL, INTENDED, EXPECTED]}) {
          nodes { id name kind category aliases validFrom validFromPrecision validTo validToPrecision knownFrom knownTo possibleFrom possibleTo }
          edges { id type source target stance modality credibility disagreement
            citations { id source { id title publisher date } quote stance modality credibility credibilityScore reliability
              reliabilityScore tense attributedTo note role validFrom validFromPrecision validTo validToPrecision
              knownFrom knownTo possibleFrom possibleTo } } } }`,
    );
    expect(body.errors).toBeUndefined();
  });
});

describe('bad input', () => {
  it('answers wrong argument types and unknown enum values with a GraphQL error, not a 500', async () => {
    for (const query of [
      `{ neighbourhood(id: "iskp", depth: "two") { nodes { id } } }`,
      `{ relationships(filter: {minCredibility: CERTAIN}) { totalCount } }`,
      `{ relationships(filter: {stances: [MAYBE]}) { totalCount } }`,
      `{ relationships(filter: {asOf: 2015}) { totalCount } }`,
      `{ entity { id } }`,
      `{ nonsense }`,
      `{ entity(id: "iskp") { id `,
    ]) {
      const { status, body } = await gql(app, query);
      expect(status, query).toBeGreaterThanOrEqual(400);
      expect(status, query).toBeLessThan(500);
      expect(body.errors?.length, query).toBeGreaterThan(0);
    }
  });

  it('has no mutations: the graph is read-only', async () => {
    const { status, body } = await gql(app, `mutation { deleteEverything }`);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.message).toBe('Schema is not configured to execute mutation operation.');
  });
});

describe('error masking', () => {
  // Running the API's queries against the `system` database makes Neo4j fail in a way the API
  // does not expect: the real thing, not a stub.
  it('in production hides unexpected errors and never sends a stack trace', async () => {
    const prod = testApp(driver, { production: true, database: 'system' });
    const { status, body } = await gql(prod, `{ entity(id: "iskp") { id } }`);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+|Neo4jError/);
  });

  it('in development shows what went wrong beside the masked message', async () => {
    const dev = testApp(driver, { production: false, database: 'system' });
    const { body } = await gql(dev, `{ entity(id: "iskp") { id } }`);
    expect(body.errors?.[0]?.extensions?.originalError).toMatchObject({
      message: expect.stringContaining('unsupported clauses'),
    });
  });

  it('keeps coded errors readable in production', async () => {
    const prod = testApp(driver, { production: true });
    const { body } = await gql(prod, `{ entity(id: "nobody") { id } }`);
    expect(body.errors?.[0]).toMatchObject({
      message: "No entity with id 'nobody'",
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('what the API asks of Neo4j', () => {
  it('opens READ sessions on the configured database and passes the query timeout as the transaction timeout', async () => {
    const seen: { mode?: string; database?: string; timeout?: unknown; metadata?: unknown }[] = [];
    // Watches the real driver's sessions (the queries still run against the real database).
    const watched = new Proxy(driver, {
      get(target, property, receiver) {
        if (property !== 'session') return Reflect.get(target, property, receiver);
        return (config: Parameters<Driver['session']>[0]) => {
          const session = target.session(config);
          const run = session.run.bind(session);
          session.run = ((
            query: string,
            params?: Record<string, unknown>,
            tx?: Parameters<Session['run']>[2],
          ) => {
            seen.push({
              mode: config?.defaultAccessMode,
              database: config?.database,
              timeout: tx?.timeout,
              metadata: tx?.metadata,
            });
            return run(query, params, tx);
          }) as typeof session.run;
          return session;
        };
      },
    });
    const timed = testApp(watched, { queryTimeoutMs: 4321 });
    const { body } = await gql(timed, `{ entity(id: "iskp") { id } stats { labels { label } } }`);
    expect(body.errors).toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(seen).toEqual(
      expect.arrayContaining([
        {
          mode: 'READ',
          database: 'neo4j',
          timeout: 4321,
          metadata: { app: 'khorasan-graph', query: 'get-entity' },
        },
        {
          mode: 'READ',
          database: 'neo4j',
          timeout: 4321,
          metadata: { app: 'khorasan-graph', query: 'get-stats' },
        },
      ]),
    );
  });
});
