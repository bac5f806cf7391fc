// `npm run neo4j:build`: builds the embedded Neo4j launcher now (CI does this before the tests);
// `--force` rebuilds even when it is current.
import { delimiter } from 'node:path';
import { EmbeddedBuildError, ensureEmbeddedBuilt, isBuildCurrent } from './build.ts';

const force = process.argv.includes('--force');
try {
  if (!force && isBuildCurrent()) console.log('neo4j build: up to date');
  const build = await ensureEmbeddedBuilt({ force, onProgress: (line) => console.log(line) });
  console.log(`neo4j build: ready (${build.classpath.split(delimiter).length} classpath entries)`);
} catch (error) {
  console.error(error instanceof EmbeddedBuildError ? error.message : error);
  process.exit(1);
}
