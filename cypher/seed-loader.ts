// Loads cypher/schema + cypher/seed into Neo4j as a new generation beside the one readers see,
// then switches readers to it at once, as cypher/README.md ("Loading") describes. The default
// bulk path parses the seed files with the validator's parser and writes UNWIND batches in
// bounded transactions (cypher/bulk); the per-statement path runs each statement's own text, the
// benchmark's baseline. Both make the :Source nodes from the corpus and derive honest time
// (cypher/derive/derive-time.ts) on the new generation before the switch.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { CLAIM_RELATIONSHIP, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../core/model.ts';
import { dropGeneration, prepareGeneration, switchGeneration, type Generation } from './bulk/generations.ts';
import { firstLine, SeedError, statementError, type FileStatement } from './bulk/seed-error.ts';
import { seedRows } from './bulk/seed-rows.ts';
import { withGeneration } from './bulk/with-generation.ts';
import { writeRows } from './bulk/write-rows.ts';
import { readCorpus, type Corpus } from './corpus/read-corpus.ts';
import { loadQueries, type QueryName } from './db/query-files.ts';
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
  /** Rows per transaction on the bulk path (default 5,000). */
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

const DEFAULT_BATCH = 5000;
const DEFAULT_RETIRE_AFTER_MS = 120_000;

const query = (name: QueryName): string => loadQueries().get(name)!;

/** Every `.cypher` file of a folder in file-name order, split into statements. */
function readFolder(dir: string): { files: string[]; statements: FileStatement[] } {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.cypher'))
      .sort();
  } catch (error) {
    throw new SeedError(`cannot read the folder ${dir}: ${firstLine(error)}`);
  }
  const statements: FileStatement[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let parts: { text: string; line: number }[];
    try {
      parts = splitStatements(readFileSync(path, 'utf8'), path);
    } catch (error) {
      throw new SeedError(firstLine(error), path);
    }
    for (const part of parts) statements.push({ file: path, line: part.line, text: part.text });
  }
  return { files: names.map((name) => join(dir, name)), statements };
}

/** Plans schema statements one by one: Neo4j counts even an EXPLAINed schema command as a schema change. */
async function explainEach(session: Session, statements: FileStatement[], params = {}): Promise<void> {
  for (const statement of statements) {
    try {
      await session.run(`EXPLAIN ${statement.text}`, params);
    } catch (error) {
      throw statementError(statement, firstLine(error));
    }
  }
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
  const seed = readFolder(options.seedDir);
  if (seed.statements.length === 0) {
    throw new SeedError(`no seed statements in ${options.seedDir} (expected *.cypher files)`);
  }
  const corpus = readCorpusOrFail(options.corpusDir ?? CORPUS_DIR);
  const files = schema.files.length + seed.files.length;
  // The bulk path parses and checks every statement before touching the database; the rows get
  // their generation once it is known.
  const checked = mode === 'bulk' ? seedRows(seed.statements) : undefined;
  if (checked) onProgress(`seed: ${seed.statements.length} statements parsed into ${checked.length} shapes`);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let generation: Generation | undefined;
  try {
    onProgress(`seed: checking ${schema.statements.length} schema statements with EXPLAIN`);
    await explainEach(session, schema.statements);
    onProgress(`seed: applying ${schema.statements.length} schema statements`);
    for (const statement of schema.statements) {
      // Schema changes cannot share a transaction with data writes: each runs on its own.
      try {
        await session.run(statement.text);
      } catch (error) {
        throw statementError(statement, firstLine(error));
      }
    }

    generation = await prepareGeneration(session, options.retireAfterMs ?? DEFAULT_RETIRE_AFTER_MS);
    const { gen } = generation;
    onProgress(
      `seed: writing generation ${gen} beside ${generation.current ?? 'none'}` +
        (generation.deleted > 0 ? ` (deleted ${generation.deleted} nodes of older generations)` : ''),
    );
    if (checked) {
      for (const group of checked) for (const row of group.rows) stamp(row, gen);
      await writeRows(session, checked, gen, {
        batchSize: options.batchSize ?? DEFAULT_BATCH,
        onProgress,
      });
    } else {
      await runStatements(session, seed.statements, gen, onProgress);
    }
    await createSources(session, corpus, gen);
    onProgress(`seed: ${corpus.documents.length} sources from ${corpus.dir}`);
    const labels = await countRows(session, 'seed-count-labels', gen);
    const relationshipTypes = await countRows(session, 'seed-count-types', gen);
    checkAllowLists(labels, relationshipTypes);
    let time: DerivedCounts;
    try {
      time = await deriveTime(session, gen);
    } catch (error) {
      throw new SeedError(`deriving honest time: ${error instanceof Error ? error.message : String(error)}`);
    }
    onProgress(
      `seed: known and possible spans on ${time.facts} facts (${time.placedFacts} placed at a date) ` +
        `and ${time.entities} entities (${time.placedEntities} placed)`,
    );
    await switchGeneration(session, generation);
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
      seedStatements: seed.statements.length,
      nodes,
      relationships,
      labels,
      relationshipTypes,
      time,
      generation: gen,
      durationMs,
    };
  } catch (error) {
    if (generation) await dropGeneration(session).catch(() => {});
    throw error instanceof SeedError ? error : new SeedError(`seed failed: ${firstLine(error)}`);
  } finally {
    await session.close();
  }
}

/** Sets the generation on a row of the bulk path (its props for a relationship or claim). */
function stamp(row: Record<string, unknown>, gen: number): void {
  const props = (row.props ?? row) as Record<string, unknown>;
  props.gen = neo4j.int(gen);
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
