// Starts and stops the whole explorer: Neo4j (embedded and supervised, or NEO4J_URI), the seed
// load, the HTTP server with createApp(). Stopping is graceful: no new connections, requests in
// flight may finish (up to a deadline), then the driver closes and the JVM stops. index.ts and the
// tests drive it through startExplorer().
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCHEMA_DIR, SEED_DIR } from '../../../cypher/paths.ts';
import { loadSeeds, type SeedResult } from '../../../cypher/seed-loader.ts';
import { createApp } from '../app.ts';
import type { Config } from '../config.ts';
import { checkStoreReadable } from '../../../cypher/db/driver.ts';
import { connectNeo4j, embeddedDataDir, type Neo4jConnection } from '../../../cypher/db/neo4j-connection.ts';
import type { EmbeddedNeo4j } from '../../../cypher/embedded/launcher.ts';
import { WARM_UP_LIMIT_MS, warmUpQueries } from './warm-up.ts';

/** How long stop() lets requests in flight finish before it cuts their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface ExplorerOptions {
  onProgress?: (line: string) => void;
  /** Called with each embedded Neo4j once it answers: the first start and every restart. */
  onEmbeddedStarted?: (embedded: EmbeddedNeo4j) => void;
  /** Overrides SHUTDOWN_GRACE_MS. */
  shutdownGraceMs?: number;
}

export interface Explorer {
  /** e.g. http://127.0.0.1:4000/ */
  url: string;
  port: number;
  connection: Neo4jConnection;
  seed?: SeedResult;
  /**
   * Stops accepting, lets requests in flight finish (up to the grace period), then closes the
   * driver and stops the embedded JVM; safe to call twice.
   */
  stop(): Promise<void>;
}

export class ExplorerStartError extends Error {
  override name = 'ExplorerStartError';
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: stop what uses it or set PORT`
          : error.code === 'EADDRNOTAVAIL'
            ? `${host} is not an address of this machine: check HOST`
            : error.message;
      reject(new ExplorerStartError(`cannot serve the explorer: ${why}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Counts the requests the server has not finished answering. */
function trackInFlight(server: Server): () => number {
  let inFlight = 0;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
  });
  return () => inFlight;
}

/**
 * Stops accepting connections and closes idle ones; a connection with a request in flight is
 * closed once its answer is sent, or cut at `graceMs`.
 */
async function closeServer(
  server: Server,
  graceMs: number,
  inFlight: () => number,
  log: (line: string) => void,
): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((done) => server.close(() => done()));
  const busy = inFlight();
  if (busy > 0) log(`stopping: waiting up to ${graceMs / 1000} s for ${busy} request(s) in flight`);
  // Keep-alive connections go idle after each answer and would hold close() open: sweep them.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => {
    log(`stopping: ${inFlight()} request(s) still in flight after ${graceMs / 1000} s are cut off`);
    server.closeAllConnections();
  }, graceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(cut);
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startExplorer(config: Config, options: ExplorerOptions = {}): Promise<Explorer> {
  const onProgress = options.onProgress ?? (() => {});
  const graceMs = options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;
  const connection = await connectNeo4j(config, {
    onProgress,
    supervise: true,
    onEmbeddedStarted: options.onEmbeddedStarted,
    // A restart serves the same store: no seed, only the plans a restarted JVM has lost.
    warmUp: (driver) => warmUpQueries(driver, config.neo4j.database, config.queryTimeoutMs),
    warmUpLimitMs: WARM_UP_LIMIT_MS,
  });
  const server = createServer();
  const inFlight = trackInFlight(server);
  try {
    onProgress(
      `neo4j: connected to ${connection.agent} at ${connection.uri} (database ${connection.database})`,
    );
    let seed: SeedResult | undefined;
    if (config.seed) {
      seed = await loadSeeds(connection.driver, {
        database: connection.database,
        schemaDir: SCHEMA_DIR,
        seedDir: SEED_DIR,
        // The same documents the API reads the text of (KG_CORPUS_DIR).
        corpusDir: config.corpusDir,
        onProgress,
      });
    } else if (connection.embedded) {
      // Without a seed nothing else reads the stored graph before the first request: a store
      // that opened but cannot be read must stop the start here, not answer every query 500.
      await checkStoreReadable(connection.driver, connection.database, {
        timeoutMs: config.queryTimeoutMs,
        dataDir: embeddedDataDir(config),
      });
    }
    const app = createApp({ driver: connection.driver, config, status: connection.status });
    server.on('request', app);
    const port = await listen(server, config.host, config.port);
    // The first start plans what a page asks first, as a restart does, while it serves: a
    // researcher's first search on a fresh explorer waited 1.8-2.1 s for its plan (0.1 s after).
    void warmUpQueries(connection.driver, connection.database, config.queryTimeoutMs).catch(() => undefined);
    const url = `http://${displayHost(config.host)}:${port}/`;
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        await closeServer(server, graceMs, inFlight, onProgress);
        await connection.close();
      })();
      return stopping;
    };
    return { url, port, connection, seed, stop };
  } catch (error) {
    await closeServer(server, 0, inFlight, onProgress);
    await connection.close();
    throw error;
  }
}
