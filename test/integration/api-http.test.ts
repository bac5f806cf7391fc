// Integration over real HTTP (node:http serving the app on a free port): GraphQL over GET and
// POST with content types and status codes, GraphiQL from the project's own files, /healthz up,
// down and under load, /export routing, the viewer's static files, coded errors without stack
// traces, and the browser headers (CSP, nosniff, no Referer, CORS from an allow-list).
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveViewer } from '../../api/src/http/static-files.ts';
import { testDriver } from '../support/neo4j.ts';
import { createApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { gql, testApp, testConfig } from './api-harness.ts';

let driver: Driver;
let server: Server;
let base: string;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver);
  server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await driver?.close();
});

describe('GraphQL over HTTP', () => {
  it('answers GET with the query in the URL', async () => {
    const res = await fetch(
      `${base}/graphql?query=${encodeURIComponent('{ entity(id: "iskp") { name } }')}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ data: { entity: { name: 'Islamic State Khorasan Province' } } });
  });

  it('answers POST with variables, in the GraphQL response media type when asked for it', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { entity(id: $id) { id kind } }',
        variables: { id: 'afghan-taliban' },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await res.json()).toEqual({ data: { entity: { id: 'afghan-taliban', kind: 'GROUP' } } });
  });

  it('says 400 for a body that is not JSON or a query that does not parse', async () => {
    const notJson = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{ nope',
    });
    expect(notJson.status).toBe(400);
    const unparsable = await fetch(`${base}/graphql?query=${encodeURIComponent('{ entity(')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(unparsable.status).toBe(400);
    expect((await unparsable.json()).errors[0].message).toMatch(/Syntax Error/);
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
  });

  it('shows GraphiQL to a browser', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/GraphiQL|graphiql/);
  });
});

describe('/healthz', () => {
  it('is 200 with what is loaded when Neo4j answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', neo4j: 'up' });
    expect(body.graph.entities).toBeGreaterThan(40);
    expect(body.graph.sources).toBe(4);
  });

  it('is 503 with a clear message, and GraphQL says SERVICE_UNAVAILABLE, when Neo4j is down', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createNetServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((done) => probe.close(done));
    const downDriver = neo4j.driver(`bolt://127.0.0.1:${closedPort}`, undefined, { connectionTimeout: 2000 });
    try {
      const app = testApp(downDriver);
      const started = Date.now();
      const res = await app.fetch('http://localhost/healthz');
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'unavailable', neo4j: 'down' });
      expect(body.message).toMatch(/Neo4j\) is not reachable/);
      const { status, body: answer } = await gql(app, '{ entity(id: "iskp") { id } }');
      expect(status).toBeLessThan(500);
      expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.errors?.[0]?.message).toMatch(/not reachable/);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await downDriver.close();
    }
  });
});

describe('other routes', () => {
  it('hands /export to the export handler', async () => {
    const res = await fetch(`${base}/export`);
    expect(res.status).toBe(200);
    expect((await res.json()).formats).toBeDefined();
  });

  it('serves the viewer, or says how to build it', async () => {
    const res = await fetch(`${base}/`);
    expect([200, 503]).toContain(res.status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    if (res.status === 503) expect(await res.text()).toContain('npm run build:viewer');
  });
});

describe('viewer files', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(dist, 'assets', 'main-abc.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'main-abc.css'), 'body{}');
    writeFileSync(join(dist, '.env.txt'), 'SECRET');
    writeFileSync(join(dist, 'assets', '.hidden.js'), 'SECRET');
    writeFileSync(join(tmpdir(), `kg-outside-${process.pid}.txt`), 'SECRET');
    symlinkSync(join(tmpdir(), `kg-outside-${process.pid}.txt`), join(dist, 'out.txt'));
    symlinkSync(tmpdir(), join(dist, 'assets', 'tmp'));
  });
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(tmpdir(), `kg-outside-${process.pid}.txt`), { force: true });
  });
  const get = (path: string, method = 'GET') =>
    serveViewer(new Request(`http://localhost${path}`, { method }), dist);

  it('serves index.html for / and for app routes, files with their content types', async () => {
    for (const path of ['/', '/entity/iskp']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>viewer</title>');
    }
    const js = await get('/assets/main-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await get('/assets/main-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await get('/assets/main-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for missing files and for paths that leave the folder, 405 for writes', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd.txt')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('never serves dotfiles or files that symlinks lead to outside the folder (issue 14, finding 9)', async () => {
    for (const path of [
      '/.env.txt',
      '/assets/.hidden.js',
      '/%2eenv.txt',
      '/out.txt',
      `/assets/tmp/kg-outside-${process.pid}.txt`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('SECRET');
    }
  });

  it('says to run npm run build:viewer when the viewer was not built', async () => {
    const res = await serveViewer(new Request('http://localhost/'), join(dist, 'nothing-here'));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:viewer');
  });
});

describe('issue 14: errors, headers and health', () => {
  const STACK_OR_PATH = /\n\s+at \S|\.ts:\d+|\/work\/|node_modules|URIError/;

  it('finding 6: a malformed path or GraphQL GET parameter is a coded 400, with no stack trace or path', async () => {
    const exported = await fetch(`${base}/export/%zz`);
    expect(exported.status).toBe(400);
    const exportBody = await exported.text();
    expect(JSON.parse(exportBody)).toMatchObject({ code: 'BAD_PATH' });
    expect(exportBody).not.toMatch(STACK_OR_PATH);

    const query = encodeURIComponent('{ about { name } }');
    for (const bad of ['%7Bnope', '%5B1%5D', '42']) {
      const res = await fetch(`${base}/graphql?query=${query}&variables=${bad}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      expect(res.status, bad).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code, bad).toBe('BAD_REQUEST');
      expect(text).not.toMatch(STACK_OR_PATH);
    }
  });

  it('finding 6: in production, nothing thrown leaves as a stack trace on any route', async () => {
    const prod = createApp({ driver, config: testConfig({ production: true }) });
    for (const path of ['/export/%zz', '/export/json%', '/%zz', '/graphql?query=%7B&variables=%zz']) {
      const res = await prod.fetch(`http://localhost${path}`, { headers: { accept: 'application/json' } });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(STACK_OR_PATH);
    }
  });

  it('finding 10: every GraphQL error has extensions.code, yoga and graphql-js ones included', async () => {
    for (const [query, code] of [
      ['{ entity(', 'GRAPHQL_PARSE_FAILED'],
      ['{ nonsense }', 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription { x }', 'GRAPHQL_VALIDATION_FAILED'],
      ['query($d: Int) { neighbourhood(id: "iskp", depth: $d) { nodes { id } } }', 'BAD_USER_INPUT'],
    ] as const) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables: { d: 'two' } }),
      });
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.errors.length, query).toBeGreaterThan(0);
      for (const error of body.errors) expect(error.extensions?.code, query).toBe(code);
    }
  });

  it('finding 10: /healthz answers GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${base}/healthz`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect((await res.json()).code).toBe('METHOD_NOT_ALLOWED');
    }
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('finding 9: CSP, nosniff, frame-ancestors and no Referer on every route', async () => {
    for (const path of [
      '/graphql',
      '/healthz',
      '/export',
      '/export/nope',
      '/',
      '/missing.js',
      '/graphiql/graphiql.css',
    ]) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      await res.arrayBuffer();
    }
  });

  it('finding 9: CORS only for the same origin or the allow-list, never with credentials', async () => {
    const evil = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ query: '{ about { name } }' }),
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect((await preflight.json()).code).toBe('CORS_ORIGIN_NOT_ALLOWED');

    const allowed = createApp({
      driver,
      config: loadConfig({
        NODE_ENV: 'test',
        CORS_ORIGINS: 'https://research.example, http://localhost:5173',
      }),
    });
    const ok = await allowed.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://research.example', 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://research.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const read = await allowed.fetch('http://localhost/healthz', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(() => loadConfig({ CORS_ORIGINS: 'https://x.example/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('finding 9: GraphiQL comes from this server (no CDN, no inline script)', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      // Each script is this server's file or inert JSON data.
      expect(attributes).toMatch(/src="\/graphiql\/graphiql\.js"|type="application\/json"/);
    }
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs|https?:\/\/[^"']*\.(js|css)/);
    const script = await fetch(`${base}/graphiql/graphiql.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it('/healthz runs a real query, and says 503 with a code at once when the connection is not up', async () => {
    const res = await fetch(`${base}/healthz`);
    expect((await res.json()).graph.relationships).toBeGreaterThan(0);
    const restarting = createApp({
      driver,
      config: testConfig(),
      status: () => ({
        state: 'restarting',
        since: new Date().toISOString(),
        restarts: 0,
        reason: 'the JVM exited',
      }),
    });
    const started = Date.now();
    const down = await restarting.fetch('http://localhost/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      neo4j: 'restarting',
      code: 'SERVICE_UNAVAILABLE',
      message: 'the JVM exited',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('finding 8: /healthz stays 200 while 16 legal heavy queries run', async () => {
    const heavy = JSON.stringify({
      query: `{ subgraph(includeIsolated: true, filter: {stances: [ASSERTED, UNCLEAR, DENIED], modalities: [ACTUAL, INTENDED, EXPECTED]}) {
        nodes { id name } edges { id citations { quote source { title } } } } }`,
    });
    const load = Array.from({ length: 16 }, (_, i) =>
      app.fetch(
        'http://localhost/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: heavy },
        // Two clients, so that the per-client limit (8) does not refuse any.
        { req: { socket: { remoteAddress: `10.0.0.${i % 2}` } } },
      ),
    );
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    // The queries themselves are answered, or (on a busy machine) refused at once with a code.
    for (const answer of await Promise.all(load)) {
      const body = await answer.json();
      if (answer.status === 200) expect(body.errors).toBeUndefined();
      else expect([answer.status, body.errors?.[0]?.extensions?.code]).toEqual([503, 'SERVER_BUSY']);
    }
  });
});
