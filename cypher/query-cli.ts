// `npm run query -- <name>`: prints one query of cypher/queries with its fragments spliced in, to
// paste into Neo4j Browser: the statement the explorer sends, with the comments it leaves out
// (compact-cypher.ts). Without a name: the names.
import { loadReadableQueries, QUERY_NAMES, type QueryName } from './db/query-files.ts';

const name = process.argv[2];
if (name === undefined || !(QUERY_NAMES as readonly string[]).includes(name)) {
  if (name !== undefined) console.error(`unknown query '${name}'`);
  console.error(`usage: npm run query -- <name>\nqueries: ${QUERY_NAMES.join(', ')}`);
  process.exit(name === undefined ? 0 : 1);
}
try {
  process.stdout.write(`${loadReadableQueries().get(name as QueryName)}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
