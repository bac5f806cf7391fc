// Loads cypher/schema + cypher/seed into Neo4j as a new generation beside the one readers see,
// then switches readers to it at once, as cypher/README.md ("Loading") describes. The default
// bulk path (cypher/bulk/bulk-load.ts) checks every statement with the validator's parser before
// touching the database, then writes UNWIND batches in bounded transactions with honest time
// computed on the way (cypher/derive/time-deriver.ts); the per-statement path runs each
// statement's own text, the benchmark's baseline, and derives time from what it wrote
// (cypher/derive/derive-time.ts). Both make the :Source nodes from the corpus and skip schema
// statements already in place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { CLAIM_RELATIONSHIP, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../core/model.ts';
import { applySchema } from './bulk/apply-schema.ts';
import { checkSeed, writeSeed, type CheckedSeed } from './bulk/bulk-load.ts';
import { dropGeneration, prepareGeneration, switchGeneration, type Generation } from './bulk/generations.ts';
import { firstLine, SeedError, statementError, type FileStatement } from './bulk/seed-error.ts';
import { withGeneration } from './bulk/with-generation.ts';
import { generationSwitched } from './db/generation-clock.ts';
import { readCorpus, type Corpus } from './corpus/read-corpus.ts';
import { loadQueries, type QueryName } from './db/query-files.ts';
import { deriveOverview } from './derive/derive-overview.ts';
import { deriveTime, type DerivedCounts } from './derive/derive-time.ts';
import { CORPUS_DIR } from './paths.ts';
import { splitStatements } from './statement-splitter.ts';

export { SeedError } from './bulk/seed-error.ts';

export interface SeedOptions {
  /** Target database (default: the server's default database). */
  database?: string;
  schemaDir: string;
  seedDir: string;
  /** The documents, whose metadata become the :Source nodes (default: corpus/ of the project). */
  corpusDir?: string;
  onProgress?: (line: string) => void;
  /** 'bulk' (default): UNWIND batches by statement shape; 'per-statement': each statement's text. */
  mode?: 'bulk' | 'per-statement';
  /** Rows per transaction on the bulk path (default 10,000). */
  batchSize?: number;
  /**
   * How long a generation readers saw stays after a switch, for reads begun before it (default
   * 120 s, beyond the API's query timeout); later loads delete it once this has passed.
   */
  retireAfterMs?: number;
}

export interface SeedResult {
  files: number;
  schemaStatements: number;
  seedStatements: number;
  nodes: number;
  relationships: number;
  /** Nodes per label (a node with two labels counts under both). */
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  /** Facts and entities given known/possible spans, and how many the documents place at a date. */
  time: DerivedCounts;
  /** The generation readers now see. */
  generation: number;
  durationMs: number;
}

const DEFAULT_BATCH = 10_000;
const DEFAULT_RETIRE_AFTER_MS = 120_000;

const query = (name: QueryName): string => loadQueries().get(name)!;

/** Every `.cypher` file of a folder, in file-name order. */
function listFolder(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    return readdirSync(dir)
      .filter((name) => name.endsWith('.cypher'))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    throw new SeedError(`cannot read the folder ${dir}: ${firstLine(error)}`);
  }
}

/** One file's statements, where each stands. */
function readStatements(path: string): FileStatement[] {
  try {
    return splitStatements(readFileSync(path, 'utf8'), path).map((part) => ({
      file: path,
      line: part.line,
      text: part.text,
    }));
  } catch (error) {
    throw new SeedError(firstLine(error), path);
  }
}

/** Every `.cypher` file of a folder in file-name order, split into statements. */
function readFolder(dir: string): { files: string[]; statements: FileStatement[] } {
  const files = listFolder(dir);
  return { files, statements: files.flatMap(readStatements) };
}

/** `MATCH … CREATE` statements must create something: nothing created means a dangling id. */
function expectsMatch(text: string): boolean {
  return /^MATCH\b/i.test(text.trimStart());
}

/** The per-statement path: every statement's own text (with `gen: $gen`), one at a time, one transaction. */
async function runStatements(
  session: Session,
  statements: FileStatement[],
  gen: number,
  onProgress: (line: string) => void,
): Promise<void> {
  const params = { gen: neo4j.int(gen) };
  const rewritten = statements.map((s) => ({ ...s, text: withGeneration(s.text) }));
  onProgress(`seed: checking ${statements.length} statements with EXPLAIN`);
  const plan = session.beginTransaction();
  try {
    for (const statement of rewritten) {
      try {
        await plan.run(`EXPLAIN ${statement.text}`, params);
      } catch (error) {
        throw statementError(statement, firstLine(error));
      }
    }
  } finally {
    await plan.rollback().catch(() => {});
  }
  onProgress(`seed: writing ${statements.length} statements in one transaction`);
  const tx = session.beginTransaction();
  try {
    for (const statement of rewritten) {
      let created: number;
      try {
        const { summary } = await tx.run(statement.text, params);
        created = summary.counters.updates().relationshipsCreated;
      } catch (error) {
        throw statementError(statement, firstLine(error));
      }
      if (expectsMatch(statement.text) && created < 1) {
        throw statementError(
          statement,
          'matched nothing: dangling id? (the MATCH found no node, so nothing was created)',
        );
      }
    }
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => {});
    throw error;
  }
}

/** The :Source nodes of generation `gen`, one per corpus document, with the metadata its JSON file gives. */
async function createSources(session: Session, corpus: Corpus, gen: number): Promise<void> {
  const sources = corpus.documents.map(({ meta }) => {
    const [y, m, d] = meta.date.split('-').map(Number);
    return { ...meta, date: new neo4j.types.Date(y!, m!, d!) };
  });
  await session.executeWrite((tx) => tx.run(query('seed-create-sources'), { sources, gen: neo4j.int(gen) }));
}

async function countRows(session: Session, name: QueryName, gen: number): Promise<Record<string, number>> {
  const result = await session.run(query(name), { gen: neo4j.int(gen) });
  const counts: Record<string, number> = {};
  for (const record of result.records) counts[record.get('key') as string] = Number(record.get('n'));
  return counts;
}

/** Labels and relationship types outside the model's allow-lists fail the load. */
function checkAllowLists(labels: Record<string, number>, types: Record<string, number>): void {
  const badLabels = Object.keys(labels).filter(
    (label) => !(NODE_LABELS as readonly string[]).includes(label),
  );
  const allowedTypes: string[] = [...RELATIONSHIP_TYPE_NAMES, CLAIM_RELATIONSHIP];
  const badTypes = Object.keys(types).filter((type) => !allowedTypes.includes(type));
  if (badLabels.length > 0 || badTypes.length > 0) {
    throw new SeedError(
      `the seed files use names outside core/model.ts: ` +
        [...badLabels.map((l) => `label :${l}`), ...badTypes.map((t) => `relationship type :${t}`)].join(
          ', ',
        ),
    );
  }
}

function readCorpusOrFail(dir: string): Corpus {
  const corpus = readCorpus(dir);
  if (corpus.problems.length > 0 || corpus.documents.length === 0) {
    const first = corpus.problems[0];
    throw new SeedError(
      first ? `corpus: ${first.message}` : `no documents in the corpus folder ${corpus.dir}`,
      first?.file,
    );
  }
  return corpus;
}

/**
 * Loads the seed files as a new generation and switches readers to it. Throws SeedError
 * (file:line and the statement) on the first problem; readers then still see the graph they saw,
 * and the partial generation is deleted.
 */
export async function loadSeeds(driver: Driver, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const onProgress = options.onProgress ?? (() => {});
  const mode = options.mode ?? 'bulk';
  const schema = readFolder(options.schemaDir);
  const seedFiles = listFolder(options.seedDir);
  // The per-statement path reads every statement up front; the bulk path reads file by file.
  const seedStatements = mode === 'per-statement' ? seedFiles.flatMap(readStatements) : undefined;
  if (seedFiles.length === 0 || seedStatements?.length === 0) {
    throw new SeedError(`no seed statements in ${options.seedDir} (expected *.cypher files)`);
  }
  const corpus = readCorpusOrFail(options.corpusDir ?? CORPUS_DIR);
  const files = schema.files.length + seedFiles.length;
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let generation: Generation | undefined;
  let written = false;
  // Deleting what older loads left runs in Neo4j while Node checks the bulk path's statements.
  const preparing = prepareGeneration(session, options.retireAfterMs ?? DEFAULT_RETIRE_AFTER_MS);
  preparing.catch(() => {});
  try {
    let checked: CheckedSeed | undefined;
    if (mode === 'bulk') {
      onProgress(`seed: checking the seed statements of ${seedFiles.length} files`);
      checked = await checkSeed(seedFiles, readStatements, corpus, onProgress);
      if (checked.statements === 0) {
        throw new SeedError(`no seed statements in ${options.seedDir} (expected *.cypher files)`);
      }
      checkAllowLists(checked.labels, checked.relationshipTypes);
      onProgress(`seed: ${checked.statements} statements checked: ${checked.rows} rows to write`);
    }
    generation = await preparing;
    await applySchema(session, schema.statements, onProgress);
    const { gen } = generation;
    onProgress(
      `seed: writing generation ${gen} beside ${generation.current ?? 'none'}` +
        (generation.deleted > 0 ? ` (deleted ${generation.deleted} nodes of older generations)` : ''),
    );
    written = true;
    let labels: Record<string, number>;
    let relationshipTypes: Record<string, number>;
    let time: DerivedCounts;
    if (checked) {
      time = await writeSeed(session, gen, checked, seedFiles, readStatements, corpus, {
        batchSize: options.batchSize ?? DEFAULT_BATCH,
        onProgress,
      });
      onProgress(`seed: ${corpus.documents.length} sources from ${corpus.dir}`);
      ({ labels, relationshipTypes } = checked);
    } else {
      await runStatements(session, seedStatements!, gen, onProgress);
      await createSources(session, corpus, gen);
      onProgress(`seed: ${corpus.documents.length} sources from ${corpus.dir}`);
      labels = await countRows(session, 'seed-count-labels', gen);
      relationshipTypes = await countRows(session, 'seed-count-types', gen);
      checkAllowLists(labels, relationshipTypes);
      try {
        time = await deriveTime(session, gen);
      } catch (error) {
        throw new SeedError(
          `deriving honest time: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    onProgress(
      `seed: known and possible spans on ${time.facts} facts (${time.placedFacts} placed at a date) ` +
        `and ${time.entities} entities (${time.placedEntities} placed)`,
    );
    await deriveOverview(session, gen); // the viewer's overview ranking (issue 13, derive-overview.ts)
    await switchGeneration(session, generation);
    generationSwitched(); // this process's API runners read the new pointer at their next request
    const nodes = Object.entries(labels)
      .filter(([label]) => label === 'Entity' || label === 'Source' || label === 'Claim')
      .reduce((sum, [, n]) => sum + n, 0);
    const relationships = Object.values(relationshipTypes).reduce((sum, n) => sum + n, 0);
    const durationMs = Date.now() - started;
    onProgress(
      `seed: switched readers to generation ${gen}: ${nodes} nodes and ${relationships} relationships ` +
        `in ${(durationMs / 1000).toFixed(1)} s`,
    );
    return {
      files,
      schemaStatements: schema.statements.length,
      seedStatements: checked?.statements ?? seedStatements!.length,
      nodes,
      relationships,
      labels: sorted(labels),
      relationshipTypes: sorted(relationshipTypes),
      time,
      generation: gen,
      durationMs,
    };
  } catch (error) {
    await preparing.catch(() => {});
    if (written) {
      onProgress('seed: the load failed: deleting the generation it wrote');
      await dropGeneration(session).catch(() => {});
    }
    throw error instanceof SeedError ? error : new SeedError(`seed failed: ${firstLine(error)}`);
  } finally {
    await session.close();
  }
}

/** A count table in key order, as the count queries give it. */
function sorted(table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The count table `npm run seed` prints: one line per label and relationship type. */
export function formatCounts(result: SeedResult): string {
  const rows: [string, number][] = [
    ...Object.entries(result.labels).map(([label, n]): [string, number] => [`:${label}`, n]),
    ...Object.entries(result.relationshipTypes).map(([type, n]): [string, number] => [`[:${type}]`, n]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length), 'relationships'.length);
  return [
    ...rows.map(([name, n]) => `${name.padEnd(width)} ${String(n).padStart(6)}`),
    `${'nodes'.padEnd(width)} ${String(result.nodes).padStart(6)}`,
    `${'relationships'.padEnd(width)} ${String(result.relationships).padStart(6)}`,
  ].join('\n');
}
