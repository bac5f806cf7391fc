// Loads the read queries from cypher/queries/<verb-noun>.cypher once, at start-up, splices in
// the shared fragments of cypher/queries/fragments (query-fragments.ts), and checks that every
// query the GraphQL API, the export and the seed loader need is there, so a missing file or
// fragment fails fast.
// The one loader: the runners in run-query.ts and `npm run query` are its only readers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactCypher } from './compact-cypher.ts';
import { OPEN_WHEN, openFilters } from './open-filters.ts';
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
/** The open forms of QUERY_DIR (loadOpenForms), read once. */
let openForms: ReadonlyMap<string, Fragment> | undefined;
/** The query files as written and the fragments of QUERY_DIR, read once for every loader. */
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
 * The open forms of `<dir>fragments/open/*.cypher` (open-filters.ts), by the name of the fragment
 * each stands for. Each must have that fragment's arguments and a rule in OPEN_WHEN, and every
 * rule an open form, so a query never goes out with a filter half specialised.
 */
export function loadOpenForms(dir: string = QUERY_DIR): ReadonlyMap<string, Fragment> {
  if (openForms && dir === QUERY_DIR) return openForms;
  const { fragments } = readSources(dir);
  const openDir = `${dir}fragments/open/`;
  const forms = new Map<string, Fragment>();
  const files = existsSync(openDir) ? readdirSync(openDir).filter((f) => f.endsWith('.cypher')) : [];
  for (const file of files) {
    const name = file.slice(0, -'.cypher'.length);
    const path = `${openDir}${file}`;
    const form = parseFragment(name, path, readFileSync(path, 'utf8'));
    const general = fragments.get(name);
    if (!general) throw new QueryFileError(`${path}: an open form of '${name}', which is no fragment`);
    if (form.args.join() !== general.args.join()) {
      throw new QueryFileError(
        `${path}: takes (${form.args.join(', ')}); the fragment '${name}' takes (${general.args.join(', ')})`,
      );
    }
    if (!(name in OPEN_WHEN)) {
      throw new QueryFileError(`${path}: no rule says when '${name}' is open (cypher/db/open-filters.ts)`);
    }
    forms.set(name, form);
  }
  for (const name of Object.keys(OPEN_WHEN)) {
    if (!forms.has(name))
      throw new QueryFileError(`${openDir}${name}.cypher is missing: OPEN_WHEN has a rule for it`);
  }
  if (dir === QUERY_DIR) openForms = forms;
  return forms;
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
    queries.set(name, sentText(name, text, fragments, true));
  }
  pinned = queries;
  return queries;
}

/** A query file of QUERY_DIR as sent: pinned to `$gen` when `pin`, these fragments spliced in, compact. */
function sentText(
  name: QueryName,
  text: string,
  fragments: ReadonlyMap<string, Fragment>,
  pin: boolean,
): string {
  const written = pin ? text.replace(READS_CURRENT, '@snapshot-generation') : text;
  return compactCypher(expandFragments(written, `${QUERY_DIR}${name}.cypher`, fragments));
}

/** Texts with open forms spliced in, by pinned or not, name and open fragments. */
const specialised = new Map<string, string>();

/**
 * The text sent for query `name` with these parameters: loadQueries' (loadPinnedQueries' when
 * `pin`) with every fragment the parameters leave open spliced in its open form
 * (open-filters.ts), the same answer read with fewer tests. Undefined for a name that has no such
 * query. At most one text per query for each set of open fragments (16 sets), kept once made.
 */
export function queryTextFor(
  name: QueryName,
  params: Record<string, unknown>,
  pin = false,
): string | undefined {
  const general = (pin ? loadPinnedQueries() : loadQueries()).get(name);
  if (general === undefined) return undefined;
  const open = openFilters(params);
  if (open.length === 0) return general;
  const key = `${pin ? 'pinned' : 'plain'}\0${name}\0${open.join()}`;
  let text = specialised.get(key);
  if (text === undefined) {
    const { raw, fragments } = readSources(QUERY_DIR);
    const forms = loadOpenForms();
    const chosen = new Map(fragments);
    for (const fragment of open) chosen.set(fragment, forms.get(fragment)!);
    text = sentText(name, raw.get(name)!, chosen, pin);
    specialised.set(key, text);
  }
  return text;
}
