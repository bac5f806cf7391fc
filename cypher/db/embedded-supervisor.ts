// Watches the embedded Neo4j's JVM: when it dies without being asked to, reports it down at once
// and, when asked to restart, starts it again at once; only repeated failures wait (1, 2, 4 … 30 s
// between tries: a start that fails, or a JVM that dies again soon after it came back). A restart
// reopens the same store, so the current generation serves again with no new seed. Logs each step.
import type { EmbeddedNeo4j, JvmExit } from '../embedded/launcher.ts';

export interface Backoff {
  /** A JVM that served this long before it died is a fresh crash: the next start is immediate. */
  stableMs: number;
  /** The wait before the second try in a row; it doubles at each further try. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { stableMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 30_000 };

/** How long to wait before a start when `triesInARow` starts have already been tried since a stable run. */
export function restartDelayMs(triesInARow: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  if (triesInARow <= 0) return 0;
  return Math.min(backoff.firstDelayMs * 2 ** (triesInARow - 1), backoff.maxDelayMs);
}

export interface SupervisorOptions {
  first: EmbeddedNeo4j;
  /** False: a death is reported down and nothing more. */
  restart: boolean;
  /** Aborted when the connection closes: no more restarts. */
  signal: AbortSignal;
  onProgress: (line: string) => void;
  /** The JVM died; `restarting` says whether a restart follows. */
  onDown(why: string, restarting: boolean): void;
  /** Starts the next JVM and switches queries to it; rejects when it does not answer. */
  start(): Promise<EmbeddedNeo4j>;
  onRestartFailed(why: string): void;
  /** Defaults to DEFAULT_BACKOFF (tests shorten it). */
  backoff?: Backoff;
}

function describeExit(embedded: EmbeddedNeo4j, how: JvmExit): string {
  const ending = how.signal ? `was killed by ${how.signal}` : `exited with code ${how.code}`;
  return `the embedded Neo4j (pid ${embedded.pid}) ${ending}`;
}

/** Resolves after `ms`, or at once when the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
    signal.addEventListener('abort', finish, { once: true });
  });
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs until the signal aborts (or the first death when not restarting); `stopped` settles then. */
export function superviseEmbedded(options: SupervisorOptions): { stopped: Promise<void> } {
  const { signal, onProgress } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const watch = async (): Promise<void> => {
    let embedded = options.first;
    let upSince = Date.now();
    // Starts tried since the last JVM that stayed up for backoff.stableMs.
    let triesInARow = 0;
    for (;;) {
      const how = await Promise.race([
        embedded.exited,
        new Promise<undefined>((done) =>
          signal.addEventListener('abort', () => done(undefined), { once: true }),
        ),
      ]);
      if (how === undefined || how.requested || signal.aborted) return;
      const died = Date.now();
      if (died - upSince >= backoff.stableMs) triesInARow = 0;
      const why = describeExit(embedded, how);
      const output = embedded.lastOutput().slice(-8).join('\n  ');
      onProgress(
        `neo4j: ${why}; queries answer 503 (SERVICE_UNAVAILABLE)` +
          (options.restart ? ' while it restarts' : '') +
          (output ? `\n  ${output}` : ''),
      );
      options.onDown(why, options.restart);
      if (!options.restart) return;
      for (;;) {
        const delay = restartDelayMs(triesInARow, backoff);
        triesInARow += 1;
        onProgress(
          delay === 0
            ? `neo4j: restarting now (try ${triesInARow})`
            : `neo4j: restart try ${triesInARow} in ${delay / 1000} s`,
        );
        await pause(delay, signal);
        if (signal.aborted) return;
        try {
          embedded = await options.start();
          upSince = Date.now();
          onProgress(
            `neo4j: serving again at ${embedded.uri} (pid ${embedded.pid}), ` +
              `${((upSince - died) / 1000).toFixed(1)} s after the JVM died`,
          );
          break;
        } catch (error) {
          if (signal.aborted) return;
          const failed = `restart try ${triesInARow} failed: ${message(error)}`;
          onProgress(`neo4j: ${failed}`);
          options.onRestartFailed(failed);
        }
      }
    }
  };
  return {
    stopped: watch().catch((error: unknown) => onProgress(`neo4j: supervision failed: ${message(error)}`)),
  };
}
