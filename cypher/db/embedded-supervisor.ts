// Watches the embedded Neo4j's JVM: when it dies without being asked to, reports it down at once
// and, when asked to restart, starts it again with backoff (1, 2, 4 … 30 s between tries) until
// one start answers or the signal aborts. Logs each step.
import type { EmbeddedNeo4j, JvmExit } from '../embedded/launcher.ts';

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

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
  const watch = async (): Promise<void> => {
    let embedded = options.first;
    for (;;) {
      const how = await Promise.race([
        embedded.exited,
        new Promise<undefined>((done) =>
          signal.addEventListener('abort', () => done(undefined), { once: true }),
        ),
      ]);
      if (how === undefined || how.requested || signal.aborted) return;
      const died = Date.now();
      const why = describeExit(embedded, how);
      const output = embedded.lastOutput().slice(-8).join('\n  ');
      onProgress(
        `neo4j: ${why}; queries answer 503 (SERVICE_UNAVAILABLE)` +
          (options.restart ? ' while it restarts' : '') +
          (output ? `\n  ${output}` : ''),
      );
      options.onDown(why, options.restart);
      if (!options.restart) return;
      let delay = FIRST_DELAY_MS;
      for (let attempt = 1; ; attempt++) {
        onProgress(`neo4j: restart ${attempt} in ${delay / 1000} s`);
        await pause(delay, signal);
        if (signal.aborted) return;
        try {
          embedded = await options.start();
          onProgress(
            `neo4j: serving again at ${embedded.uri} (pid ${embedded.pid}), ` +
              `${((Date.now() - died) / 1000).toFixed(1)} s after the JVM died`,
          );
          break;
        } catch (error) {
          if (signal.aborted) return;
          const failed = `restart ${attempt} failed: ${message(error)}`;
          onProgress(`neo4j: ${failed}`);
          options.onRestartFailed(failed);
          delay = Math.min(delay * 2, MAX_DELAY_MS);
        }
      }
    }
  };
  return {
    stopped: watch().catch((error: unknown) => onProgress(`neo4j: supervision failed: ${message(error)}`)),
  };
}
