// Starts the embedded Neo4j 5.26 as a JVM child process and waits until Bolt answers. The child's
// stdin stays an open pipe: when this Node process ends in any way, the pipe closes and the JVM
// shuts down by itself, so no JVM outlives the explorer or a test run.
//
// Auth is always on: each start makes a new random password for user `neo4j` (or uses the one
// given) and hands it to the JVM as the first line on that stdin pipe, which `ps` and /proc do not
// show. The result carries the credentials for the caller's driver.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureEmbeddedBuilt } from './build.ts';
import { ensureClassArchive } from './class-archive.ts';
import { jvmArgs, launchArgs } from './jvm-options.ts';
import { debugLogPath, findStoreFailure, logSize } from './store-failure.ts';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home for this instance (holds data/ and logs/); created when missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or undefined picks a free one. */
  port?: number;
  /** JVM heap in MiB (default 512). */
  heapMb?: number;
  /** Page cache in MiB (default 64). */
  pagecacheMb?: number;
  /**
   * Password for user `neo4j` (at least 8 characters). Default: a new random one per start.
   * Auth is on either way; read the one in use from the result.
   */
  password?: string;
  /**
   * 'full' (default): HotSpot's two compilers, for a Neo4j that serves for long; its queries run
   * 30-50 % faster once warm. 'quick': the first compiler only, for a short-lived one (tests): it
   * starts and plans its first queries sooner and never reaches that speed.
   */
  jit?: 'full' | 'quick';
  /** Give up when Bolt does not answer within this time (default 120 s). */
  timeoutMs?: number;
  /** Aborting it while the JVM starts stops the JVM and rejects. */
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** The user to connect as: always `neo4j`. */
  user: string;
  /** Its password for this start (random unless one was given); never logged. */
  password: string;
  /** Stops the JVM cleanly (SIGTERM, then SIGKILL after 30 s); safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the JVM exits for any reason (a crash, stop()); says how it ended. */
  exited: Promise<JvmExit>;
  /** The JVM's last stderr lines, for a crash report. */
  lastOutput(): string[];
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when stop() asked for it. */
  requested: boolean;
}

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const READY = /^NEO4J_READY (bolt:\/\/\S+)$/;
const USER = 'neo4j';
/** Neo4j's default dbms.security.auth_minimum_password_length. */
const MIN_PASSWORD_LENGTH = 8;
const STOP_GRACE_MS = 30_000;
/** How often the launcher looks into Neo4j's log for a database that failed to start. */
const LOG_POLL_MS = 500;

/** Turns the JVM's last words into a message a user can act on. */
function explainFailure(stderr: string[], opts: { port: number; dataDir: string }): string {
  const text = stderr.join('\n');
  if (/Address already in use|BindException/.test(text)) {
    return `Bolt port ${opts.port} on 127.0.0.1 is already in use: stop the other server or set KG_BOLT_PORT`;
  }
  if (/FileLockException|locked by another process/i.test(text)) {
    return `another Neo4j is already using ${opts.dataDir} (is the explorer running?): stop it, connect to it with NEO4J_URI, or set KG_DATA_DIR`;
  }
  const errorLine = stderr.find((line) => line.startsWith('NEO4J_ERROR '));
  if (errorLine) return errorLine.slice('NEO4J_ERROR '.length);
  return stderr.length
    ? `see its last output below and Neo4j's log ${debugLogPath(opts.dataDir)}`
    : `it printed nothing; see Neo4j's log ${debugLogPath(opts.dataDir)}`;
}

/** What to tell the user when the store in `dataDir` will not open. */
function explainStoreFailure(dataDir: string, failure: { database: string; cause: string }): string {
  return (
    `Neo4j could not open its database "${failure.database}" in ${dataDir}: ${failure.cause}. ` +
    `The store is damaged or was written by another Neo4j version. To start fresh, move the folder ` +
    `away (mv ${dataDir} ${dataDir}.broken) and start again: the seed rebuilds the graph from ` +
    `cypher/seed. Neo4j's log: ${debugLogPath(dataDir)}`
  );
}

function waitForExit(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Starts Neo4j, resolving once the default database is up and a driver has connected. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const onProgress = options.onProgress ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const requestedPort = options.port ?? 0;
  const heapMb = options.heapMb ?? 512;
  const timeoutMs = options.timeoutMs ?? 120_000;
  // 24 random bytes: 32 URL-safe characters, 192 bits.
  const password = options.password ?? randomBytes(24).toString('base64url');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new EmbeddedNeo4jError(
      `the embedded Neo4j password must be at least ${MIN_PASSWORD_LENGTH} characters (Neo4j's minimum)`,
    );
  }
  const build = await ensureEmbeddedBuilt({ onProgress });
  // Once per build: later starts map the recorded classes (ready in ~8 s instead of ~12 here).
  const archiveArgs = await ensureClassArchive(build, onProgress);
  mkdirSync(dataDir, { recursive: true });
  // Only what this start appends to Neo4j's log is read for a failure.
  const logPath = debugLogPath(dataDir);
  const logOffset = logSize(logPath);

  const started = Date.now();
  onProgress(`neo4j: starting Neo4j 5.26 in ${dataDir}`);
  const child = spawn(
    build.java,
    [
      ...jvmArgs(heapMb, options.jit ?? 'full'),
      ...archiveArgs,
      ...launchArgs(build, { dataDir, port: requestedPort, pagecacheMb: options.pagecacheMb ?? 64 }),
    ],
    // stdin is a pipe that carries the password line, then stays open: its end tells the JVM we
    // are gone. Its own process group keeps a terminal's Ctrl-C from reaching the JVM before we
    // stop it in order.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const stderr: string[] = [];
  const remember = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      stderr.push(line.trimEnd());
      if (stderr.length > 40) stderr.shift();
    }
  };
  child.stderr.on('data', remember);
  // An EPIPE on a JVM that already died must not crash the parent.
  child.stdin.on('error', () => {});
  // Base64 so any password fits on one line; the JVM reads exactly this line, then only waits
  // for the pipe to close.
  child.stdin.write(`${Buffer.from(password, 'utf8').toString('base64')}\n`);

  let stopping: Promise<void> | undefined;
  const exited = new Promise<JvmExit>((done) =>
    child.once('exit', (code, signal) => done({ code, signal, requested: stopping !== undefined })),
  );
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = waitForExit(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      child.stdin.destroy();
    })();
    return stopping;
  };

  const uri = await new Promise<string>((resolveUri, reject) => {
    let buffered = '';
    const fail = (why: string, explanation?: string): void => {
      cleanup();
      const tail = explanation ? '' : stderr.slice(-12).join('\n  ');
      reject(
        new EmbeddedNeo4jError(
          `embedded Neo4j failed to start (${why}): ${explanation ?? explainFailure(stderr, { port: requestedPort, dataDir })}` +
            (tail ? `\n  ${tail}` : ''),
        ),
      );
    };
    const onStdout = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const ready = READY.exec(line.trim());
        if (ready) {
          cleanup();
          resolveUri(ready[1]!);
          return;
        }
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(signal ? `the JVM was killed by ${signal}` : `the JVM exited with code ${code}`);
    const onError = (error: Error): void => fail(`could not run ${build.java}: ${error.message}`);
    const timer = setTimeout(() => {
      fail(`no ready line within ${Math.round(timeoutMs / 1000)} s`);
      void stop();
    }, timeoutMs);
    // The JVM keeps waiting for a database that failed to open; its log says so at once.
    const watchLog = setInterval(() => {
      const failure = findStoreFailure(logPath, logOffset);
      if (!failure) return;
      fail('its database did not open', explainStoreFailure(dataDir, failure));
      void stop();
    }, LOG_POLL_MS);
    const onAbort = (): void => {
      fail('the start was cancelled');
      void stop();
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      clearInterval(watchLog);
      options.signal?.removeEventListener('abort', onAbort);
      child.stdout.off('data', onStdout);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.stdout.on('data', onStdout);
    child.once('exit', onExit);
    child.once('error', onError);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  // Keep draining stdout so a chatty JVM never blocks on a full pipe.
  child.stdout.resume();

  const port = Number(new URL(uri).port);
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await stop();
    throw new EmbeddedNeo4jError(
      `embedded Neo4j reported ready at ${uri} but Bolt did not answer: ${String(error)}`,
    );
  } finally {
    await driver.close();
  }
  onProgress(`neo4j: ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);
  return {
    uri,
    port,
    pid: child.pid!,
    user: USER,
    password,
    stop,
    exited,
    lastOutput: () => [...stderr],
  };
}
