// Loads cypher/schema + cypher/seed into Neo4j all-or-nothing, as cypher/README.md ("Loading")
// describes: EXPLAIN everything first, apply the schema, then replace the graph in one transaction,
// in which the :Source nodes are made from the corpus (corpus/<id>.json) and the honest-time spans
// are derived (cypher/derive/derive-time.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import neo4j, { type Driver, type ManagedTransaction, type Session, type Transaction } from 'neo4j-driver';
import { CLAIM_RELATIONSHIP, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../core/model.ts';
import { readCorpus, type Corpus } from './corpus/read-corpus.ts';
import { loadQueries } from './db/query-files.ts';
import { deriveTime, type DerivedCounts } from './derive/derive-time.ts';
import { CORPUS_DIR } from './paths.ts';
import { splitStatements } from './statement-splitter.ts';

export interface SeedOptions {
  /** Target database (default: the server's default database). */
  database?: string;
  schemaDir: string;
  seedDir: string;
  /** The documents, whose metadata become the :Source nodes (default: corpus/ of the project). */
  corpusDir?: string;
  onProgress?: (line: string) => void;
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
  durationMs: number;
}

/** A seed problem: which file and line, what was wrong, and the statement. Nothing was written. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

interface FileStatement {
  file: string;
  line: number;
  text: string;
}

const MAX_SHOWN = 300;

function shown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

function statementError(statement: FileStatement, what: string): SeedError {
  return new SeedError(
    `${statement.file}:${statement.line}: ${what}\n  statement: ${shown(statement.text)}`,
    statement.file,
    statement.line,
  );
}

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

/** Plans statements without running them: syntax and semantic errors surface here. */
async function explainAll(session: Session, schema: FileStatement[], seed: FileStatement[]): Promise<void> {
  const explain = async (
    run: (text: string) => Promise<unknown>,
    statement: FileStatement,
  ): Promise<void> => {
    try {
      await run(`EXPLAIN ${statement.text}`);
    } catch (error) {
      throw statementError(statement, firstLine(error));
    }
  };
  // Neo4j counts even an EXPLAINed schema command as a schema change, which may not share a
  // transaction with data statements: schema statements are planned one by one.
  for (const statement of schema) await explain((text) => session.run(text), statement);
  const tx = session.beginTransaction();
  try {
    for (const statement of seed) await explain((text) => tx.run(text), statement);
  } finally {
    await tx.rollback().catch(() => {});
  }
}

/** `MATCH … CREATE` statements must create something: nothing created means a dangling id. */
function expectsMatch(text: string): boolean {
  return /^MATCH\b/i.test(text.trimStart());
}

async function runSeed(tx: Transaction, statements: FileStatement[], onProgress: (line: string) => void) {
  await tx.run('MATCH (n) DETACH DELETE n');
  let currentFile = '';
  let inFile = 0;
  const flushFile = (): void => {
    if (currentFile) onProgress(`seed: ${basename(currentFile)}: ${inFile} statements`);
  };
  for (const statement of statements) {
    if (statement.file !== currentFile) {
      flushFile();
      currentFile = statement.file;
      inFile = 0;
    }
    inFile++;
    let created: number;
    try {
      const { summary } = await tx.run(statement.text);
      const counters = summary.counters.updates();
      created = counters.relationshipsCreated;
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
  flushFile();
}

/** The :Source nodes, one per corpus document, with the metadata its JSON file gives. */
async function createSources(tx: Transaction, corpus: Corpus): Promise<void> {
  const sources = corpus.documents.map(({ meta }) => {
    const [y, m, d] = meta.date.split('-').map(Number);
    return { ...meta, date: new neo4j.types.Date(y!, m!, d!) };
  });
  await tx.run(loadQueries().get('seed-create-sources')!, { sources });
}

async function countRows(
  tx: ManagedTransaction | Transaction,
  query: string,
): Promise<Record<string, number>> {
  const result = await tx.run(query);
  const counts: Record<string, number> = {};
  for (const record of result.records) {
    counts[record.get('key') as string] = Number(record.get('n'));
  }
  return counts;
}

const LABEL_COUNTS = 'MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n ORDER BY key';
const TYPE_COUNTS = 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n ORDER BY key';
const NODE_COUNT = 'MATCH (n) RETURN "nodes" AS key, count(n) AS n';

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

/**
 * Replaces the graph with the seed files. Throws SeedError (file:line and the statement) on the
 * first problem; the database is then as it was before the call.
 */
export async function loadSeeds(driver: Driver, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const onProgress = options.onProgress ?? (() => {});
  const schema = readFolder(options.schemaDir);
  const seed = readFolder(options.seedDir);
  if (seed.statements.length === 0) {
    throw new SeedError(`no seed statements in ${options.seedDir} (expected *.cypher files)`);
  }
  const corpus = readCorpus(options.corpusDir ?? CORPUS_DIR);
  if (corpus.problems.length > 0 || corpus.documents.length === 0) {
    const first = corpus.problems[0];
    throw new SeedError(
      first ? `corpus: ${first.message}` : `no documents in the corpus folder ${corpus.dir}`,
      first?.file,
    );
  }
  const all = [...schema.statements, ...seed.statements];
  const files = schema.files.length + seed.files.length;
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    onProgress(`seed: checking ${all.length} statements in ${files} files with EXPLAIN`);
    await explainAll(session, schema.statements, seed.statements);

    onProgress(`seed: applying ${schema.statements.length} schema statements`);
    for (const statement of schema.statements) {
      // Schema changes cannot share a transaction with data writes: each runs on its own.
      try {
        await session.run(statement.text);
      } catch (error) {
        throw statementError(statement, firstLine(error));
      }
    }

    onProgress(`seed: replacing the graph with ${seed.statements.length} statements in one transaction`);
    const tx = session.beginTransaction();
    let labels: Record<string, number>;
    let relationshipTypes: Record<string, number>;
    let nodes: number;
    let time: DerivedCounts;
    try {
      await runSeed(tx, seed.statements, onProgress);
      await createSources(tx, corpus);
      onProgress(`seed: ${corpus.documents.length} sources from ${corpus.dir}`);
      labels = await countRows(tx, LABEL_COUNTS);
      relationshipTypes = await countRows(tx, TYPE_COUNTS);
      nodes = (await countRows(tx, NODE_COUNT)).nodes ?? 0;
      checkAllowLists(labels, relationshipTypes);
      try {
        time = await deriveTime(tx);
      } catch (error) {
        throw new SeedError(
          `deriving honest time: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      onProgress(
        `seed: known and possible spans on ${time.facts} facts (${time.placedFacts} placed at a date) ` +
          `and ${time.entities} entities (${time.placedEntities} placed)`,
      );
      await tx.commit();
    } catch (error) {
      await tx.rollback().catch(() => {});
      throw error instanceof SeedError
        ? error
        : new SeedError(`seed transaction failed: ${firstLine(error)}`);
    }
    const relationships = Object.values(relationshipTypes).reduce((sum, n) => sum + n, 0);
    const durationMs = Date.now() - started;
    onProgress(
      `seed: loaded ${nodes} nodes and ${relationships} relationships in ${(durationMs / 1000).toFixed(1)} s`,
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
      durationMs,
    };
  } finally {
    await session.close();
  }
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
