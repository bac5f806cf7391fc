// Keeps the explorer's process and its JVM together: Ctrl-C, SIGTERM, an uncaught error or a
// crash of the embedded Neo4j stops everything and exits; the JVM also watches our stdin.
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
    // A second Ctrl-C while stopping means "now".
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
  const embedded = explorer.connection.embedded;
  void embedded?.exited.then((how) => {
    if (how.requested || shuttingDown) return;
    const ending = how.signal ? `was killed by ${how.signal}` : `exited with code ${how.code}`;
    const output = embedded.lastOutput().slice(-8).join('\n  ');
    shutDown(
      `the embedded Neo4j (pid ${embedded.pid}) ${ending}; stopping the explorer${output ? `\n  ${output}` : ''}`,
      1,
    );
  });
  return () => {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  };
}
