// Creates the one neo4j-driver Driver the explorer uses (embedded or any server, bolt:// or
// neo4j:// routing) and checks that it can reach the database, naming the URI when it cannot.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { describeConnectionFailure } from './db-errors.ts';
import { withDeadlines } from './deadlines.ts';
import { sendWithoutDelay } from './no-delay.ts';

export type DriverConfig = Neo4jConfig & { uri: string };

/**
 * A driver for `cfg.uri`; basic auth when a password is set, no credentials otherwise. A server
 * that accepts no connection, or no handshake, fails a request within 5 s; a full pool within
 * 10 s; a query with a timeout that gets no answer, at that timeout plus 2 s (deadlines.ts).
 */
export function createDriver(cfg: DriverConfig): Driver {
  sendWithoutDelay();
  const auth = cfg.password === undefined ? undefined : neo4j.auth.basic(cfg.user, cfg.password);
  return withDeadlines(
    neo4j.driver(cfg.uri, auth, {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 50,
      userAgent: 'khorasan-graph',
    }),
  );
}

export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/**
 * Connects and runs `RETURN 1` on `database`; throws ConnectionError saying which URI and
 * database and what failed. Returns the server's agent string (e.g. `Neo4j/5.26.30`).
 */
export async function checkConnection(
  driver: Driver,
  database: string,
  uri = '(the configured URI)',
): Promise<string> {
  try {
    const info = await driver.getServerInfo({ database });
    await driver.executeQuery('RETURN 1 AS ok', {}, { database, routing: neo4j.routing.READ });
    return info.agent ?? 'Neo4j';
  } catch (error) {
    throw new ConnectionError(
      `cannot use Neo4j database "${database}" at ${uri}: ${describeConnectionFailure(error)}`,
    );
  }
}

/**
 * Reads every node and relationship with its properties (the graph is small), so a store that
 * opened but has damaged records fails here, naming the folder and what to do. Throws
 * ConnectionError.
 */
export async function checkStoreReadable(
  driver: Driver,
  database: string,
  options: { timeoutMs: number; dataDir: string },
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const query of [
      'MATCH (n) RETURN count(n) AS items, sum(size(keys(properties(n)))) AS fields',
      'MATCH ()-[r]->() RETURN count(r) AS items, sum(size(keys(properties(r)))) AS fields',
    ]) {
      await session.run(query, {}, { timeout: options.timeoutMs });
    }
  } catch (error) {
    throw new ConnectionError(
      `the graph stored in ${options.dataDir} cannot be read (${describeConnectionFailure(error)}): ` +
        `the store is damaged. To start fresh, move the folder away (mv ${options.dataDir} ` +
        `${options.dataDir}.broken) and start again: the seed rebuilds the graph from cypher/seed.`,
    );
  } finally {
    await session.close().catch(() => undefined);
  }
}
