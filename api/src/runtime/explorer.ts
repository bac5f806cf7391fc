// Starts and stops the whole explorer: Neo4j (embedded or NEO4J_URI), the seed load, the HTTP
// server with createApp(). index.ts and the tests drive it through startExplorer().
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCHEMA_DIR, SEED_DIR } from '../../../cypher/paths.ts';
import { loadSeeds, type SeedResult } from '../../../cypher/seed-loader.ts';
import { createApp } from '../app.ts';
import type { Config } from '../config.ts';
import { connectNeo4j, type Neo4jConnection } from '../../../cypher/db/neo4j-connection.ts';

export interface Explorer {
  /** e.g. http://127.0.0.1:4000/ */
  url: string;
  port: number;
  connection: Neo4jConnection;
  seed?: SeedResult;
  /** Closes the HTTP server, the driver, and stops the embedded JVM; safe to call twice. */
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

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Keep-alive browser connections would hold close() open for minutes.
    server.closeAllConnections();
  });
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startExplorer(
  config: Config,
  options: { onProgress?: (line: string) => void } = {},
): Promise<Explorer> {
  const onProgress = options.onProgress ?? (() => {});
  const connection = await connectNeo4j(config, { onProgress });
  const server = createServer();
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
        onProgress,
      });
    }
    const app = createApp({ driver: connection.driver, config });
    server.on('request', app);
    const port = await listen(server, config.host, config.port);
    const url = `http://${displayHost(config.host)}:${port}/`;
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        await closeServer(server);
        await connection.close();
      })();
      return stopping;
    };
    return { url, port, connection, seed, stop };
  } catch (error) {
    await closeServer(server);
    await connection.close();
    throw error;
  }
}
