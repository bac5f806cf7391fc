// One way to reach Neo4j for every entry point (explorer, npm run seed): the server NEO4J_URI
// names, or else the embedded Neo4j started on the persistent data folder.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/launcher.ts';
import type { Neo4jSettings } from '../config.ts';
import { checkConnection, createDriver } from './driver.ts';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  database: string;
  /** Server agent, e.g. `Neo4j/5.26.30`. */
  agent: string;
  /** Set when this process started the embedded Neo4j (and must stop it). */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver and stops the embedded Neo4j, if any; safe to call twice. */
  close(): Promise<void>;
}

/** Where the embedded Neo4j keeps its files for this configuration. */
export function embeddedDataDir(config: Neo4jSettings): string {
  return join(config.dataDir, 'neo4j');
}

export async function connectNeo4j(
  config: Neo4jSettings,
  options: { onProgress?: (line: string) => void } = {},
): Promise<Neo4jConnection> {
  const onProgress = options.onProgress ?? (() => {});
  const { database } = config.neo4j;
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      dataDir: embeddedDataDir(config),
      port: config.boltPort,
      heapMb: config.neo4jHeapMb,
      onProgress,
    });
    uri = embedded.uri;
  }
  // The embedded server has auth on with a password of its own for this start; NEO4J_USER and
  // NEO4J_PASSWORD only go to a server the user named.
  const driver = embedded
    ? createDriver({ uri, user: embedded.user, password: embedded.password, database })
    : createDriver({ ...config.neo4j, uri });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await driver.close().catch(() => {});
      await embedded?.stop();
    })();
    return closing;
  };
  try {
    const agent = await checkConnection(driver, database, uri);
    return { driver, uri, database, agent, embedded, close };
  } catch (error) {
    await close();
    throw error;
  }
}
