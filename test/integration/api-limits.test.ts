// Integration: requests over a limit get a GraphQL error naming the limit (never a crash or a
// 500), bad input is refused with a code, production mode masks unexpected errors, and the HTTP
// limits hold: body size, string and list sizes (never echoed back), requests in flight per client.
import type { Driver, Session } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { App } from '../../api/src/app.ts';
import { createApp } from '../../api/src/app.ts';
import { HTTP_LIMITS } from '../../api/src/http/limits.ts';
import { LIMITS } from '../../api/src/schema/limits.ts';
import { gql, testApp, testConfig, useSharedTestApp } from './api-harness.ts';

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
    // One query per root field, and the generation both read (at most every 0.1 s: cached-runner.ts).
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(
      expect.arrayContaining([
        {
          mode: 'READ',
          database: 'neo4j',
          timeout: 4321,
          metadata: { app: 'khorasan-graph', query: 'read-generation-stamp' },
        },
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

describe('issue 14, finding 8: request and argument limits', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body,
    });

  it('refuses a body over the limit with 413 and a code, declared or streamed', async () => {
    const big = JSON.stringify({
      query: '{ about { name } }',
      variables: { pad: 'x'.repeat(HTTP_LIMITS.maxBodyBytes) },
    });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // No content-length: the body is counted as it arrives and cut at the limit.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 20 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await app.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: endless,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(HTTP_LIMITS.maxBodyBytes * 2);
  });

  it('refuses an id over the length limit with 400, quoting only its start', async () => {
    const id = 'A'.repeat(60_000);
    for (const body of [
      JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }', variables: { id } }),
      JSON.stringify({ query: `{ entity(id: "${id}") { id } }` }),
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 'maxStringLength',
      });
      expect(text.length).toBeLessThan(1000);
    }
    const { body } = await gql(app, 'query($id: ID!) { entity(id: $id) { id } }', {
      id: 'a'.repeat(LIMITS.maxStringLength),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a list over the length limit with 400', async () => {
    const ids = Array.from({ length: LIMITS.maxListLength + 1 }, (_, i) => `s${i}`);
    const res = await post(
      JSON.stringify({
        query: 'query($s: [ID!]) { subgraph(filter: {sources: $s}) { nodes { id } } }',
        variables: { s: ids },
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'maxListLength',
    });
  });

  it('answers 429 with Retry-After past the per-client requests in flight, not to other clients', async () => {
    // The real driver, each query held 400 ms longer, so that all the requests overlap.
    const slow = new Proxy(driver, {
      get(target, property, receiver) {
        if (property !== 'session') return Reflect.get(target, property, receiver);
        return (config: Parameters<Driver['session']>[0]) => {
          const session: Session = target.session(config);
          const run = session.run.bind(session);
          session.run = ((...args: Parameters<Session['run']>) => {
            const result = run(...args);
            return new Promise((done) => setTimeout(() => done(result), 400)).then(() => result);
          }) as unknown as typeof session.run;
          return session;
        };
      },
    });
    const limited = createApp({ driver: slow, config: testConfig() });
    const ask = (client: string) =>
      limited.fetch(
        'http://localhost/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { labels { label } } }' }),
        },
        { req: { socket: { remoteAddress: client } } },
      );
    const perClient = HTTP_LIMITS.maxInFlightPerClient;
    const answers = await Promise.all([
      ...Array.from({ length: perClient + 3 }, () => ask('10.1.1.1')),
      ask('10.2.2.2'),
    ]);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(perClient + 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(statuses.at(-1)).toBe(200);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
