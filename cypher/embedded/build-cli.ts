// `npm run neo4j:build`: builds the embedded Neo4j launcher now and records its class-data
// archive (class-archive.ts); `--force` rebuilds even when it is current, `--no-archive` builds only
// (CI records the archive beside the checks).
import { delimiter } from 'node:path';
import { EmbeddedBuildError, ensureEmbeddedBuilt, isBuildCurrent } from './build.ts';
import { ensureClassArchive } from './class-archive.ts';

const force = process.argv.includes('--force');
const archive = !process.argv.includes('--no-archive');
try {
  if (!force && isBuildCurrent()) console.log('neo4j build: up to date');
  const onProgress = (line: string) => console.log(line);
  const build = await ensureEmbeddedBuilt({ force, onProgress });
  if (archive) await ensureClassArchive(build, onProgress);
  console.log(`neo4j build: ready (${build.classpath.split(delimiter).length} classpath entries)`);
} catch (error) {
  console.error(error instanceof EmbeddedBuildError ? error.message : error);
  process.exit(1);
}
