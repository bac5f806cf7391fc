// One way to reach Neo4j for every entry point (explorer, npm run seed): the server NEO4J_URI
// names, or else the embedded Neo4j started on the persistent data folder. The explorer asks for
// supervision: when the embedded JVM dies, queries fail at once as unavailable while it is
// started again with backoff, and the same `driver` handle serves again afterwards.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/launcher.ts';
import type { Neo4jSettings } from '../config.ts';
import { checkConnection, createDriver } from './driver.ts';
import { superviseEmbedded } from './embedded-supervisor.ts';
import { createSwitchingDriver } from './switching-driver.ts';

/**
 * up: queries go to Neo4j. restarting: the embedded JVM died and is being started again (queries
 * fail at once meanwhile). down: it died and nothing restarts it. stopped: close() was called.
 */
export type Neo4jState = 'up' | 'restarting' | 'down' | 'stopped';

export interface Neo4jStatus {
  state: Neo4jState;
  /** When the state last changed (ISO 8601). */
  since: string;
  /** Restarts of the embedded Neo4j that succeeded since this process started. */
  restarts: number;
  /** Why it is not up: how the JVM ended, the last failed restart. */
  reason?: string;
}

export interface Neo4jConnection {
  /** One handle for the whole life of the connection; a restart replaces the driver behind it. */
  readonly driver: Driver;
  /** The Bolt URI in use (an embedded restart on port 0 may change it). */
  readonly uri: string;
  readonly database: string;
  /** Server agent, e.g. `Neo4j/5.26.30`. */
  readonly agent: string;
  /** The embedded Neo4j this process runs now (and must stop), if any. */
  readonly embedded?: EmbeddedNeo4j;
  status(): Neo4jStatus;
  /** Closes the driver and stops the embedded Neo4j, if any; safe to call twice. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  onProgress?: (line: string) => void;
  /** Start the embedded Neo4j again whenever its JVM dies (the explorer does; one-shot tools do not). */
  supervise?: boolean;
  /** Called with each embedded Neo4j once it answers: the first start and every restart. */
  onEmbeddedStarted?: (embedded: EmbeddedNeo4j) => void;
  /**
   * Run on a restarted embedded Neo4j before queries are switched to it (the explorer runs its
   * commonest queries, so the first answers come from cached plans); bounded by `warmUpLimitMs`,
   * and a failure only skips it.
   */
  warmUp?: (driver: Driver) => Promise<void>;
  warmUpLimitMs?: number;
}

/** Runs the warm-up within its limit; it never fails the restart. */
async function warm(
  driver: Driver,
  options: ConnectOptions,
  onProgress: (line: string) => void,
): Promise<void> {
  if (!options.warmUp) return;
  const started = Date.now();
  const limitMs = options.warmUpLimitMs ?? 8_000;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), limitMs)));
  try {
    const outcome = await Promise.race([options.warmUp(driver).then(() => 'done' as const), limit]);
    onProgress(
      outcome === 'done'
        ? `neo4j: warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s`
        : `neo4j: warm-up still running after ${limitMs / 1000} s; serving anyway`,
    );
  } catch (error) {
    onProgress(`neo4j: warm-up skipped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Where the embedded Neo4j keeps its files for this configuration. */
export function embeddedDataDir(config: Neo4jSettings): string {
  return join(config.dataDir, 'neo4j');
}

async function connectToServer(config: Neo4jSettings & { neo4j: { uri: string } }): Promise<Neo4jConnection> {
  const { uri, database } = config.neo4j;
  const driver = createDriver({ ...config.neo4j, uri });
  let state: Neo4jState = 'up';
  let since = new Date().toISOString();
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      state = 'stopped';
      since = new Date().toISOString();
      await driver.close().catch(() => {});
    })();
    return closing;
  };
  try {
    const agent = await checkConnection(driver, database, uri);
    // A server the user runs is theirs to restart; the driver reconnects to it by itself.
    return { driver, uri, database, agent, status: () => ({ state, since, restarts: 0 }), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The embedded Neo4j with a driver that has this start's password, checked to answer. */
async function startWithDriver(
  config: Neo4jSettings,
  options: ConnectOptions & { signal: AbortSignal },
): Promise<{ embedded: EmbeddedNeo4j; driver: Driver; agent: string }> {
  const { database } = config.neo4j;
  const embedded = await startEmbeddedNeo4j({
    dataDir: embeddedDataDir(config),
    port: config.boltPort,
    heapMb: config.neo4jHeapMb,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  // NEO4J_USER and NEO4J_PASSWORD only go to a server the user named.
  const driver = createDriver({
    uri: embedded.uri,
    user: embedded.user,
    password: embedded.password,
    database,
  });
  try {
    const agent = await checkConnection(driver, database, embedded.uri);
    options.onEmbeddedStarted?.(embedded);
    return { embedded, driver, agent };
  } catch (error) {
    await driver.close().catch(() => {});
    await embedded.stop();
    throw error;
  }
}

export async function connectNeo4j(
  config: Neo4jSettings,
  options: ConnectOptions = {},
): Promise<Neo4jConnection> {
  if (config.neo4j.uri)
    return connectToServer({ ...config, neo4j: { ...config.neo4j, uri: config.neo4j.uri } });
  const onProgress = options.onProgress ?? (() => {});
  const aborter = new AbortController();
  const first = await startWithDriver(config, { ...options, signal: aborter.signal });
  let current = first;
  const switching = createSwitchingDriver();
  switching.use(first.driver);
  const status: Neo4jStatus = { state: 'up', since: new Date().toISOString(), restarts: 0 };
  const setState = (state: Neo4jState, reason?: string): void => {
    Object.assign(status, { state, since: new Date().toISOString(), reason });
    if (reason === undefined) delete status.reason;
  };

  const supervision = superviseEmbedded({
    first: first.embedded,
    restart: options.supervise ?? false,
    signal: aborter.signal,
    onProgress,
    onDown(why, restarting) {
      switching.use(
        undefined,
        `${why}; ${restarting ? 'it is being restarted' : 'start the explorer again'}`,
      );
      void current.driver.close().catch(() => {});
      setState(restarting ? 'restarting' : 'down', why);
    },
    async start() {
      const next = await startWithDriver(config, { ...options, signal: aborter.signal });
      await warm(next.driver, options, onProgress);
      if (aborter.signal.aborted) {
        // close() came while this start finished: it stops `current`, not this one.
        await next.driver.close().catch(() => {});
        await next.embedded.stop();
        throw new Error('the connection is closing');
      }
      current = next;
      switching.use(next.driver);
      status.restarts += 1;
      setState('up');
      return next.embedded;
    },
    onRestartFailed(why) {
      status.reason = why;
    },
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      setState('stopped');
      aborter.abort();
      switching.use(undefined, 'the explorer is stopping');
      await supervision.stopped;
      await current.driver.close().catch(() => {});
      await current.embedded.stop();
    })();
    return closing;
  };
  return {
    driver: switching.driver,
    get uri() {
      return current.embedded.uri;
    },
    database: config.neo4j.database,
    agent: first.agent,
    get embedded() {
      return current.embedded;
    },
    status: () => ({ ...status }),
    close,
  };
}
