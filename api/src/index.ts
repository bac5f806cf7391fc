// `npm run serve` / `npm start`: the explorer. Reads the configuration once, starts Neo4j (or
// connects to NEO4J_URI), seeds, serves http://HOST:PORT/ and stops everything on exit.
import { ConfigError, describeConfig, loadConfig, type Config } from './config.ts';
import type { EmbeddedNeo4j } from '../../cypher/embedded/launcher.ts';
import { startExplorer } from './runtime/explorer.ts';
import { stopOnSignalsAndCrashes } from './runtime/lifecycle.ts';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  log(`configuration error: ${error.message}`);
  process.exit(2);
}

/** The embedded Neo4j's address; its password (new at every start) only when asked for. */
function announceBolt(embedded: EmbeddedNeo4j): void {
  const who = `${embedded.uri} user ${embedded.user}`;
  log(
    config.showNeo4jPassword
      ? `Neo4j Bolt for your own tools: ${who} password ${embedded.password}`
      : `Neo4j Bolt for your own tools: ${who} (its password changes at every start; ` +
          `start with KG_SHOW_NEO4J_PASSWORD=true to print it)`,
  );
}

log(`Khorasan Graph: ${describeConfig(config)}`);
try {
  const explorer = await startExplorer(config, { onProgress: log, onEmbeddedStarted: announceBolt });
  stopOnSignalsAndCrashes(explorer, { log });
  console.log(`Khorasan Graph explorer on ${explorer.url}`);
} catch (error) {
  log(`Khorasan Graph could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
