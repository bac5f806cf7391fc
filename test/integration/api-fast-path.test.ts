// The GraphQL fast path (api/src/graphql-fast-path.ts) answers exactly as yoga does: for each
// request below, the app's answer when the fast path takes it equals yoga's own answer (status,
// content type, body), in development and in production; and the fast path declines what it
// must leave to yoga. Real app, real Neo4j (the shared seeded one).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlFastPath } from '../../api/src/graphql-fast-path.ts';
import { createYogaServer } from '../../api/src/yoga.ts';
import { PREPARED_TEXT_MAX } from '../../api/src/prepared-queries.ts';
import { testDriver } from '../support/neo4j.ts';
import { testApp, testConfig } from './api-harness.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

/** Queries with data, with errors beside data, with errors only, and with variables. */
const CASES: { name: string; body: Record<string, unknown> }[] = [
  {
    name: 'an entity with its relationships',
    body: { query: '{ entity(id: "iskp") { id name relationships { id type quote } } }' },
  },
  {
    name: 'a search with variables',
    body: {
      query: 'query($t: String!) { search(text: $t, limit: 3) { score entity { id } } }',
      variables: { t: 'haqqani' },
    },
  },
  {
    name: 'a named operation',
    body: {
      query: 'query A { about { name } } query B { groups(first: 2) { totalCount } }',
      operationName: 'B',
    },
  },
  { name: 'not found', body: { query: '{ entity(id: "no-such-entity") { id } }' } },
  { name: 'bad input', body: { query: '{ search(text: " - ") { score } }' } },
  { name: 'an error beside data', body: { query: '{ about { name } entity(id: "no-such-entity") { id } }' } },
  {
    name: 'null variables and operation name',
    body: { query: '{ about { name } }', variables: null, operationName: null },
  },
];

/** The app's answer: through the fast path with `accept: application/json`, through yoga with a list. */
async function ask(app: ReturnType<typeof testApp>, body: Record<string, unknown>, accept: string) {
  const response = await app.fetch(
    new Request('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe.each([false, true])('the fast path, production %s', (production) => {
  it.each(CASES)('answers $name as yoga does', async ({ body }) => {
    const app = testApp(driver, { production });
    const fast = await ask(app, body, 'application/json');
    // An Accept list the fast path leaves to yoga; yoga answers its first type, application/json, too.
    const viaYoga = await ask(app, body, 'application/json, application/graphql-response+json');
    expect(fast).toEqual(viaYoga);
    expect(fast.type).toBe('application/json; charset=utf-8');
  });
});

describe('what the fast path takes and what it leaves to yoga', () => {
  const config = testConfig();
  const yoga = () =>
    createYogaServer({
      driver,
      database: config.neo4j.database,
      queryTimeoutMs: config.queryTimeoutMs,
      production: false,
      corpusDir: config.corpusDir,
      resultCacheMb: 0,
      compileQueriesOn: config.compileQueriesOn,
    });
  const request = (headers: Record<string, string>, method = 'POST') =>
    new Request('http://127.0.0.1/graphql', {
      method,
      headers,
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
  const json = { 'content-type': 'application/json' };
  const bytes = (body: unknown) =>
    new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));

  it('takes a POSTed JSON query, with no Accept, */*, application/json or application/graphql-response+json', async () => {
    const fast = createGraphqlFastPath(yoga(), { production: false });
    for (const accept of [undefined, '*/*', 'application/json', 'application/graphql-response+json']) {
      const headers = accept === undefined ? json : { ...json, accept };
      const response = await fast(request(headers), bytes({ query: '{ about { name } }' }));
      expect(response?.status).toBe(200);
    }
    const typed = await fast(
      request({ ...json, accept: 'application/graphql-response+json' }),
      bytes({ query: '{ about { name } }' }),
    );
    expect(typed?.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('leaves to yoga every other request', async () => {
    const fast = createGraphqlFastPath(yoga(), { production: false });
    const declined: [string, Request, Uint8Array | undefined][] = [
      ['a GET', request(json, 'GET'), undefined],
      [
        'a form body',
        request({ 'content-type': 'application/x-www-form-urlencoded' }),
        bytes('query=%7B%7D'),
      ],
      [
        'an event stream',
        request({ ...json, accept: 'text/event-stream' }),
        bytes({ query: '{ about { name } }' }),
      ],
      ['a batch', request(json), bytes([{ query: '{ about { name } }' }])],
      [
        'extensions',
        request(json),
        bytes({ query: '{ about { name } }', extensions: { persistedQuery: {} } }),
      ],
      ['an unknown parameter', request(json), bytes({ query: '{ about { name } }', foo: 1 })],
      [
        'variables that are not an object',
        request(json),
        bytes({ query: '{ about { name } }', variables: [1] }),
      ],
      ['not JSON', request(json), bytes('{ about')],
      ['a syntax error', request(json), bytes({ query: '{ about { name }' })],
      ['a validation error', request(json), bytes({ query: '{ nope }' })],
      // As api-limits.test.ts asks it: armor's depth limit throws from validation.
      [
        'a depth over the limit',
        request(json),
        bytes({
          query: `{ entity(id: "iskp") { ${Array.from({ length: 11 }, (_, i) => `f${11 - i} {`).join(' ')} id ${'}'.repeat(11)} } }`,
        }),
      ],
      [
        'two operations and no name',
        request(json),
        bytes({ query: 'query A { about { name } } query B { about { name } }' }),
      ],
      ['a mutation', request(json), bytes({ query: 'mutation { x }' })],
      [
        'oversized variables',
        request(json),
        bytes({
          query: 'query($t: String!) { search(text: $t) { score } }',
          variables: { t: 'x'.repeat(100_000) },
        }),
      ],
    ];
    for (const [what, req, body] of declined) {
      expect(await fast(req, body), what).toBeUndefined();
      // Asked again: still declined (nothing that failed to parse or validate is kept).
      expect(await fast(req, body), `${what}, again`).toBeUndefined();
    }
  });

  it('parses and validates a query text once, keeping a bounded number of them', async () => {
    const counted = yoga();
    let validations = 0;
    const getEnveloped = counted.getEnveloped.bind(counted);
    // yoga's getEnveloped is read-only in its types; the fast path calls it through the instance.
    Object.assign(counted, {
      getEnveloped: (context: Parameters<typeof getEnveloped>[0]) => {
        const enveloped = getEnveloped(context);
        const validate = enveloped.validate;
        enveloped.validate = (...args: Parameters<typeof validate>) => {
          validations += 1;
          return validate(...args);
        };
        return enveloped;
      },
    });
    const fast = createGraphqlFastPath(counted, { production: false, preparedQueries: 2 });
    const ask = async (body: unknown) => (await fast(request(json), bytes(body)))?.text();
    const a = { query: 'query($id: ID!) { entity(id: $id) { id name } }', variables: { id: 'iskp' } };
    const b = {
      query: 'query A { about { name } } query B { groups(first: 1) { totalCount } }',
      operationName: 'A',
    };
    const c = { ...b, operationName: 'B' };
    const first = await ask(a);
    expect(first).toContain('"name":"Islamic State');
    // The same text with other variables: answered for them, not validated again.
    expect(await ask({ ...a, variables: { id: 'haqqani-network' } })).toContain('haqqani-network');
    expect(await ask(a)).toBe(first);
    expect(validations).toBe(1);
    // One text, two operations: each kept on its own.
    await ask(b);
    await ask(c);
    expect(await ask(b)).toContain('"about"');
    expect(await ask(c)).toContain('"totalCount"');
    expect(validations).toBe(3);
    // Two kept at most here: `a`, used longest ago, went when `c` came.
    await ask(a);
    expect(validations).toBe(4);
    // A text over PREPARED_TEXT_MAX is answered, and validated every time (not kept).
    const long = { query: `{ about { name } }${' '.repeat(PREPARED_TEXT_MAX)}` };
    expect(await ask(long)).toContain('"about"');
    expect(await ask(long)).toContain('"about"');
    expect(validations).toBe(6);
  });
});
