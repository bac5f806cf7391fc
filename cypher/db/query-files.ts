// Loads the read queries from cypher/queries/<verb-noun>.cypher once, at start-up, and checks
// that every query the GraphQL API and the export need is there, so a missing file fails fast.
// The one loader: the runners in run-query.ts are the only readers of these texts.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const QUERY_NAMES = [
  'ping-database',
  'get-entity',
  'search-entities',
  'list-entities',
  'list-sources',
  'list-relationships',
  'get-neighbourhood',
  'get-subgraph',
  'find-shortest-paths',
  'get-lineage-origins',
  'get-lineage-descendants',
  'list-claims',
  'get-source',
  'get-stats',
  'export-entities',
  'export-focus-check',
  'export-focus-step',
  'export-relationships',
  'export-claims',
  'export-sources',
  'export-constraints',
  'export-indexes',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export const QUERY_DIR = fileURLToPath(new URL('../queries/', import.meta.url));

let loaded: ReadonlyMap<QueryName, string> | undefined;

export function loadQueries(dir: string = QUERY_DIR): ReadonlyMap<QueryName, string> {
  if (loaded && dir === QUERY_DIR) return loaded;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const queries = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = `${name}.cypher`;
    if (!files.includes(file))
      throw new Error(`${dir}${file} is missing: the explorer needs it for the '${name}' query`);
    const text = readFileSync(`${dir}${file}`, 'utf8').trim();
    if (text.length === 0) throw new Error(`${dir}${file} is empty`);
    queries.set(name, text);
  }
  if (dir === QUERY_DIR) loaded = queries;
  return queries;
}
