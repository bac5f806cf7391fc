// Loads the read queries from cypher/queries/<verb-noun>.cypher once, at start-up, splices in
// the shared fragments of cypher/queries/fragments (query-fragments.ts), and checks that every
// query the GraphQL API, the export and the seed loader need is there, so a missing file or
// fragment fails fast.
// The one loader: the runners in run-query.ts and `npm run query` are its only readers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactCypher } from './compact-cypher.ts';
import { expandFragments, parseFragment, QueryFileError, type Fragment } from './query-fragments.ts';

export const QUERY_NAMES = [
  'ping-database',
  'get-entity',
  'search-entities',
  'list-entities',
  'list-entities-unfiltered',
  'list-sources',
  'list-relationships',
  'get-neighbourhood',
  'get-subgraph',
  'find-shortest-paths',
  'get-lineage-origins',
  'get-lineage-descendants',
  'list-claims',
  'get-source',
  'list-paragraph-facts',
  'get-stats',
  'export-entities',
  'export-entity-ids',
  'export-entity-summary',
  'export-relationship-summary',
  'export-claim-summary',
  'export-source-summary',
  'export-cited-sources',
  'export-generation-size',
  'export-focus-check',
  'export-focus-step',
  'export-relationships',
  'export-claims',
  'export-sources',
  'export-constraints',
  'export-indexes',
  'derive-find-derived-in-seeds',
  'derive-read-dated-facts',
  'derive-write-relationship-times',
  'derive-write-node-times',
  'seed-create-sources',
  'seed-count-labels',
  'seed-count-types',
  'generation-read-state',
  'generation-delete',
  'generation-keep-retired',
  'generation-switch',
  'get-current-generation',
  'read-generation-stamp',
  'overview-graph-size',
  'overview-top-entities',
  'overview-among',
  'overview-ranking',
  'overview-derive-ranking',
  'overview-derive-counts',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export const QUERY_DIR = fileURLToPath(new URL('../queries/', import.meta.url));

let loaded: ReadonlyMap<QueryName, string> | undefined;
let readable: ReadonlyMap<QueryName, string> | undefined;
let pinned: ReadonlyMap<QueryName, string> | undefined;
/** The query files as written and the fragments of QUERY_DIR, read once for both loaders. */
let sources: { raw: ReadonlyMap<QueryName, string>; fragments: ReadonlyMap<string, Fragment> } | undefined;

/** The fragments of `<dir>fragments/*.cypher`, by file name without `.cypher`. */
export function loadFragments(dir: string = QUERY_DIR): ReadonlyMap<string, Fragment> {
  const fragmentDir = `${dir}fragments/`;
  const fragments = new Map<string, Fragment>();
  if (!existsSync(fragmentDir)) return fragments;
  for (const file of readdirSync(fragmentDir).filter((f) => f.endsWith('.cypher'))) {
    const name = file.slice(0, -'.cypher'.length);
    const path = `${fragmentDir}${file}`;
    fragments.set(name, parseFragment(name, path, readFileSync(path, 'utf8')));
  }
  return fragments;
}

/**
 * Every query, fragments spliced in, as it is sent: without its comments and indentation
 * (compact-cypher.ts). Same statements as loadReadableQueries'.
 */
export function loadQueries(dir: string = QUERY_DIR): ReadonlyMap<QueryName, string> {
  if (loaded && dir === QUERY_DIR) return loaded;
  const queries = new Map<QueryName, string>();
  for (const [name, text] of loadReadableQueries(dir)) queries.set(name, compactCypher(text));
  if (dir === QUERY_DIR) loaded = queries;
  return queries;
}

/** Every query, fragments spliced in, with its header and comments: for people and Neo4j Browser. */
export function loadReadableQueries(dir: string = QUERY_DIR): ReadonlyMap<QueryName, string> {
  if (readable && dir === QUERY_DIR) return readable;
  const { raw, fragments } = readSources(dir);
  const queries = new Map<QueryName, string>();
  for (const [name, text] of raw) queries.set(name, expandFragments(text, `${dir}${name}.cypher`, fragments));
  if (dir === QUERY_DIR) readable = queries;
  return queries;
}

/** Every query file as written (checked present and not empty), and the fragments. */
function readSources(dir: string) {
  if (sources && dir === QUERY_DIR) return sources;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const raw = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = `${name}.cypher`;
    if (!files.includes(file))
      throw new QueryFileError(`${dir}${file} is missing: the explorer needs it for the '${name}' query`);
    const text = readFileSync(`${dir}${file}`, 'utf8').trim();
    if (text.length === 0) throw new QueryFileError(`${dir}${file} is empty`);
    raw.set(name, text);
  }
  const read = { raw, fragments: loadFragments(dir) };
  if (dir === QUERY_DIR) sources = read;
  return read;
}

/** A query's own line `@current-generation`: where it reads the generation readers see. */
const READS_CURRENT = /^@current-generation$/m;

/**
 * The read queries that start from the generation readers see, each with that read replaced by
 * `@snapshot-generation` (`WITH $gen AS gen`): the API's cached runner pins every query of one
 * request to the generation it read once (cypher/db/cached-runner.ts). Same columns, same params
 * plus $gen. get-current-generation, which exists to read the pointer, is not among them. Sent
 * compact, like loadQueries'.
 */
export function loadPinnedQueries(): ReadonlyMap<QueryName, string> {
  if (pinned) return pinned;
  const { raw, fragments } = readSources(QUERY_DIR);
  const queries = new Map<QueryName, string>();
  for (const [name, text] of raw) {
    if (name === 'get-current-generation' || !READS_CURRENT.test(text)) continue;
    const file = `${QUERY_DIR}${name}.cypher`;
    const expanded = expandFragments(text.replace(READS_CURRENT, '@snapshot-generation'), file, fragments);
    queries.set(name, compactCypher(expanded));
  }
  pinned = queries;
  return queries;
}
