// For the browser tests: builds the viewer when viewer/dist is missing or older than its sources,
// and serves the real app (createApp over the shared seeded Neo4j) on a free port.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createApp, type App } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST_INDEX = join(ROOT, 'viewer/dist/index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureViewerBuilt(): void {
  const sourcesTime = Math.max(
    newestSource(join(ROOT, 'viewer/src')),
    statSync(join(ROOT, 'viewer/index.html')).mtimeMs,
    newestSource(join(ROOT, 'core')),
  );
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= sourcesTime) return;
  process.stderr.write('[e2e] building the viewer (viewer/dist missing or older than viewer/src)…\n');
  execFileSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'viewer/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

/** An app on a free port of 127.0.0.1 (for the tests and the bench's viewer phase). */
export async function serveApp(app: App): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The real app over `driver` on a free port; `env` adds settings (e.g. KG_CORPUS_DIR). */
export function startViewerApp(
  driver: Driver,
  env: Record<string, string | undefined> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  return serveApp(createApp({ driver, config }));
}
