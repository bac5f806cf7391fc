// `npm run serve` / `npm start`: the explorer. Reads the configuration once, starts Neo4j (or
// connects to NEO4J_URI), seeds, serves http://HOST:PORT/ and stops everything on exit.
import { ConfigError, describeConfig, loadConfig, type Config } from './config.ts';
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

log(`Khorasan Graph: ${describeConfig(config)}`);
try {
  const explorer = await startExplorer(config, { onProgress: log });
  stopOnSignalsAndCrashes(explorer, { log });
  if (explorer.connection.embedded) {
    log(`Neo4j Bolt for your own tools: ${explorer.connection.uri} (no password, this machine only)`);
  }
  console.log(`Khorasan Graph explorer on ${explorer.url}`);
} catch (error) {
  log(`Khorasan Graph could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
