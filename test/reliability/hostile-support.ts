// Shared by the reliability tests: an app in production mode over the shared seeded Neo4j with a
// viewer folder that holds traps (a dotfile, symlinks that lead out), one request with a deadline,
// the checks every answer must pass, and a checksum of the graph (from /export/json).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../api/src/app.ts';
import { testConfig } from '../integration/api-harness.ts';
import { testDriver } from '../support/neo4j.ts';

/** Longer than any answer may take: a request still open then counts as a hang. */
export const HANG_MS = 20_000;

export interface HostileCase {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** A large body: prefix + chunk × times + suffix. */
  bodyPrefix?: string;
  bodyRepeat?: { chunk: string; times: number };
  bodySuffix?: string;
  /** Allowed status classes, e.g. "4xx" or "2xx|4xx". */
  expect: string;
}

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}

/** A viewer folder with a page, an asset, and what must never be served. */
export function trapViewerDir(): { dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'kg-reliability-viewer-'));
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("viewer")');
  writeFileSync(join(dir, '.secret'), 'SECRET-DOTFILE');
  writeFileSync(join(dir, '.secret.txt'), 'SECRET-DOTFILE');
  writeFileSync(join(dir, 'assets', '.hidden.js'), 'SECRET-DOTFILE');
  writeFileSync(join(root, 'outside.txt'), 'SECRET-OUTSIDE');
  mkdirSync(join(root, 'outside-dir'));
  writeFileSync(join(root, 'outside-dir', 'hostname'), 'SECRET-OUTSIDE');
  writeFileSync(join(root, 'outside-dir', 'passwd.txt'), 'SECRET-OUTSIDE');
  symlinkSync(join(root, 'outside.txt'), join(dir, 'link-out.txt'));
  symlinkSync(join(root, 'outside-dir'), join(dir, 'assets', 'escape'));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The app as deployed: production mode, the default 10 s query timeout. */
export function productionApp(driver: Driver, viewerDir: string): App {
  return createApp({ driver, config: testConfig({ production: true, queryTimeoutMs: 10_000 }), viewerDir });
}

function bodyOf(c: HostileCase): string | undefined {
  if (c.bodyRepeat)
    return `${c.bodyPrefix ?? ''}${c.bodyRepeat.chunk.repeat(c.bodyRepeat.times)}${c.bodySuffix ?? ''}`;
  if (c.body === undefined) return undefined;
  return typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
}

/** Sends one case; a request not answered (body included) within HANG_MS fails as a hang. */
export async function send(app: App, c: HostileCase): Promise<Answer> {
  const started = performance.now();
  const body = c.method === 'GET' || c.method === 'HEAD' ? undefined : bodyOf(c);
  const request = new Request(`http://localhost${c.path}`, {
    method: c.method,
    headers: c.headers ?? {},
    body,
  });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: no full answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([
      (async () => {
        const response = await app.fetch(request);
        const text = await response.text();
        return { status: response.status, text, headers: response.headers, ms: performance.now() - started };
      })(),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const STACK = /\n\s+at \S|\bat [^\s()]+ \(|\.(?:ts|js|mjs|cjs):\d+:\d+/;
/** Paths of this machine (the cases themselves send /etc/passwd and file:/// URLs, echoed at most). */
const ABSOLUTE_PATH = new RegExp(
  [resolve(import.meta.dirname, '../..'), tmpdir(), 'node_modules/', '/home/', '/root/', '/usr/lib/']
    .map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);
/** Script and style files are code, not error output: the stack and path checks skip them. */
const CODE_TYPES = /^(?:text\/javascript|text\/css)/;
const SECRETS = /SECRET-(?:DOTFILE|OUTSIDE)|root:x:0:0/;

/** Everything wrong with one answer (empty when it passes). */
export function problemsWith(c: HostileCase, answer: Answer): string[] {
  const problems: string[] = [];
  const cls = `${Math.floor(answer.status / 100)}xx`;
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (!c.expect.split('|').includes(cls)) problems.push(`status ${answer.status}, expected ${c.expect}`);
  const code = CODE_TYPES.test(answer.headers.get('content-type') ?? '');
  if (!code && STACK.test(answer.text)) problems.push('a stack trace in the body');
  if (!code && ABSOLUTE_PATH.test(answer.text)) problems.push('an absolute path in the body');
  if (SECRETS.test(answer.text)) problems.push('a file outside the viewer folder, or a dotfile, was served');
  if (!answer.headers.get('content-security-policy')?.includes("frame-ancestors 'none'")) {
    problems.push('no CSP with frame-ancestors');
  }
  if (answer.headers.get('x-content-type-options') !== 'nosniff') problems.push('no nosniff');
  if (answer.headers.get('access-control-allow-credentials') !== null)
    problems.push('CORS credentials allowed');
  const acao = answer.headers.get('access-control-allow-origin');
  if (acao !== null && acao !== 'http://localhost') problems.push(`CORS allows ${acao}`);
  problems.push(...codeProblems(answer));
  return problems;
}

/** JSON error answers carry a code: `code` on the plain routes, `extensions.code` on each GraphQL error. */
function codeProblems(answer: Answer): string[] {
  if (!answer.headers.get('content-type')?.includes('json') || answer.text === '') return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return answer.status >= 400 ? ['an error body that is not JSON'] : [];
  }
  if (body === null || typeof body !== 'object') return [];
  const errors = (body as { errors?: { extensions?: { code?: unknown } }[] }).errors;
  if (Array.isArray(errors)) {
    return errors.some((e) => typeof e?.extensions?.code !== 'string')
      ? ['a GraphQL error without extensions.code']
      : [];
  }
  if (answer.status >= 400 && typeof (body as { code?: unknown }).code !== 'string')
    return ['an error without code'];
  return [];
}

/** The graph as /export/json gives it, without the export's time stamp, hashed. */
export async function graphChecksum(app: App): Promise<string> {
  const response = await app.fetch(
    'http://localhost/export/json?stances=asserted,denied,unclear&modalities=actual,intended,expected',
  );
  if (response.status !== 200) throw new Error(`/export/json answered ${response.status}`);
  const graph = (await response.json()) as { graph?: Record<string, unknown> };
  if (graph.graph) delete graph.graph.exportedAt;
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/**
 * The app both reliability files test, in production mode over the shared seeded Neo4j, with a
 * viewer folder holding traps, and the graph's checksum before anything is sent. Registers its
 * own beforeAll/afterAll; read the fields inside tests.
 */
export function useProductionApp(): { app: App; checksumBefore: string } {
  const state = {} as { app: App; checksumBefore: string };
  let driver: Driver | undefined;
  let removeViewer: (() => void) | undefined;
  beforeAll(async () => {
    driver = testDriver();
    const viewer = trapViewerDir();
    removeViewer = viewer.remove;
    state.app = productionApp(driver, viewer.dir);
    state.checksumBefore = await graphChecksum(state.app);
  });
  afterAll(async () => {
    removeViewer?.();
    await driver?.close();
  });
  return state;
}
