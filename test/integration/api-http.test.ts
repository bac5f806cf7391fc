// Integration over real HTTP (node:http serving the app on a free port): GraphQL over GET and
// POST with content types and status codes, GraphiQL, /healthz up and down, /export routing, and
// the viewer's static files.
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveViewer } from '../../api/src/http/static-files.ts';
import { testDriver } from '../support/neo4j.ts';
import { gql, testApp } from './api-harness.ts';

let driver: Driver;
let server: Server;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  server = createServer(testApp(driver));
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
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
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

  it('says to run npm run build:viewer when the viewer was not built', async () => {
    const res = await serveViewer(new Request('http://localhost/'), join(dist, 'nothing-here'));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:viewer');
  });
});
