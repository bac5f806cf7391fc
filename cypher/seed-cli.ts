// `npm run seed`: loads cypher/schema + cypher/seed into NEO4J_URI, or into the embedded Neo4j on
// the persistent data folder (started for the run, then stopped), and prints the count table.
import { ConfigError, loadNeo4jSettings } from './config.ts';
import { connectNeo4j } from './db/neo4j-connection.ts';
import { SCHEMA_DIR, SEED_DIR } from './paths.ts';
import { formatCounts, loadSeeds } from './seed-loader.ts';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const config = loadNeo4jSettings();
  const connection = await connectNeo4j(config, { onProgress: log });
  try {
    log(`seed: into ${connection.agent} at ${connection.uri} (database ${connection.database})`);
    const result = await loadSeeds(connection.driver, {
      database: connection.database,
      schemaDir: SCHEMA_DIR,
      seedDir: SEED_DIR,
      onProgress: log,
    });
    console.log(formatCounts(result));
    return 0;
  } finally {
    await connection.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const prefix = error instanceof ConfigError ? 'configuration error' : 'seed failed';
  log(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
}
