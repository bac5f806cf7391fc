// Keeps the explorer's process and its JVM together: Ctrl-C, SIGTERM or an uncaught error stops
// everything in order and exits; the JVM also watches our stdin. (A crash of the embedded Neo4j
// does not stop the explorer: the connection restarts it, see cypher/db/embedded-supervisor.ts.)
import type { Explorer } from './explorer.ts';

export interface LifecycleOptions {
  log?: (line: string) => void;
  /** Exits the process; tests replace it. */
  exit?: (code: number) => void;
}

/** Installs the handlers; returns a function that removes them. */
export function stopOnSignalsAndCrashes(explorer: Explorer, options: LifecycleOptions = {}): () => void {
  const log = options.log ?? ((line: string) => console.error(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;
  const shutDown = (why: string, code: number): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(why);
    // A second Ctrl-C while stopping means "now". Past the requests' grace period and the JVM's
    // own stop (SIGKILL after 30 s), something is stuck: exit anyway.
    const force = setTimeout(() => exit(code || 1), 45_000);
    force.unref();
    explorer
      .stop()
      .catch((error: unknown) => log(`error while stopping: ${String(error)}`))
      .finally(() => {
        clearTimeout(force);
        exit(code);
      });
  };
  const onSigint = (): void => (shuttingDown ? exit(130) : shutDown('stopping (SIGINT)…', 0));
  const onSigterm = (): void => shutDown('stopping (SIGTERM)…', 0);
  const onUncaught = (error: unknown): void =>
    shutDown(
      `stopping after an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      1,
    );
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  return () => {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  };
}
