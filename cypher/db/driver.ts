// Creates the one neo4j-driver Driver the explorer uses (embedded or any server, bolt:// or
// neo4j:// routing) and checks that it can reach the database, naming the URI when it cannot.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { describeConnectionFailure } from './db-errors.ts';

export type DriverConfig = Neo4jConfig & { uri: string };

/** A driver for `cfg.uri`; basic auth when a password is set, no credentials otherwise. */
export function createDriver(cfg: DriverConfig): Driver {
  const auth = cfg.password === undefined ? undefined : neo4j.auth.basic(cfg.user, cfg.password);
  return neo4j.driver(cfg.uri, auth, {
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
    userAgent: 'khorasan-graph',
  });
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
