// The bulk path of the seed loader (cypher/README.md "Loading"), in two readings of the seed
// files so that memory stays flat whatever their size: the first checks every statement (and
// derives what honest time needs) before the database is touched; the second writes the rows
// in bounded transactions while the next file is read. Small seeds are read once and kept.
import neo4j, { type Session } from 'neo4j-driver';
import {
  CLAIM_RELATIONSHIP,
  DERIVED_TIME_PROPERTIES,
  NAME_KEY,
  nameKey,
  RELATIONSHIP_TYPE_NAMES,
} from '../../core/model.ts';
import type { Corpus } from '../corpus/read-corpus.ts';
import type { DerivedCounts } from '../derive/derive-time.ts';
import { handSetError, problemsError } from '../derive/fact-checks.ts';
import { readBack, timeProps, TimeDeriver } from '../derive/time-deriver.ts';
import { SeedError, type FileStatement } from './seed-error.ts';
import { NodeRegistry, seedRow, type SeedRow } from './seed-rows.ts';
import { RowWriter, type WriteRow } from './write-rows.ts';

/** Seeds up to this many statements are read once and their rows kept for the writing. */
const KEEP_ROWS = 20_000;
/** Statements read between two turns of the event loop (so the transaction in flight is answered). */
const YIELD_EVERY = 500;

const FACT_TYPES = new Set<string>(RELATIONSHIP_TYPE_NAMES);

export interface CheckedSeed {
  statements: number;
  rows: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  registry: NodeRegistry;
  deriver: TimeDeriver;
  /** The rows, when the seed is small enough to keep them. */
  kept?: SeedRow[];
}

const tick = (): Promise<void> => new Promise((done) => setImmediate(done));

/** Whether a relationship row is a fact honest time is derived for (between entities, a model type). */
function isFact(row: SeedRow): boolean {
  if (row.kind === 'relationship')
    return (
      FACT_TYPES.has(row.type) && row.start.labels.includes('Entity') && row.end.labels.includes('Entity')
    );
  if (row.kind === 'claim')
    return (
      row.type === CLAIM_RELATIONSHIP && row.labels.includes('Claim') && row.entity.labels.includes('Entity')
    );
  return false;
}

/** The corpus documents as :Source properties, as seed-create-sources stores them. */
function sourceProps(corpus: Corpus): Record<string, unknown>[] {
  return corpus.documents.map(({ meta }) => {
    const [y, m, d] = meta.date.split('-').map(Number);
    return { ...meta, date: new neo4j.types.Date(y!, m!, d!) };
  });
}

/**
 * The first reading: every statement checked (syntax, names, values, ids, matched nodes, no
 * derived property set by hand, every fact's words and source), counts per label and type, and
 * the entities' time hulls. Throws a SeedError at the first problem; touches no database.
 */
export async function checkSeed(
  files: string[],
  read: (file: string) => FileStatement[],
  corpus: Corpus,
  onProgress: (line: string) => void,
): Promise<CheckedSeed> {
  const registry = new NodeRegistry();
  const deriver = new TimeDeriver();
  for (const source of sourceProps(corpus))
    deriver.addSource(source.id, String(source.date), source.datePrecision);
  const labels: Record<string, number> = { Source: corpus.documents.length };
  const relationshipTypes: Record<string, number> = {};
  const count = (table: Record<string, number>, key: string): void =>
    void (table[key] = (table[key] ?? 0) + 1);
  const handSet: string[] = [];
  let kept: SeedRow[] | undefined = [];
  let statements = 0;
  let lastProgress = Date.now();
  for (const file of files) {
    for (const statement of read(file)) {
      const row = seedRow(statement, registry, 'check');
      statements++;
      if (kept) {
        kept.push(row);
        if (kept.length > KEEP_ROWS) kept = undefined;
      }
      for (const key of Object.keys(row.values)) {
        if ((DERIVED_TIME_PROPERTIES as readonly string[]).includes(key))
          handSet.push(`${(readBack(row.values.id) as string | null) ?? row.at}.${key}`);
      }
      if (row.kind === 'node') {
        for (const label of row.labels) count(labels, label);
        if (row.labels.includes('Source'))
          deriver.addSource(row.values.id, readBack(row.values.date), readBack(row.values.datePrecision));
      } else if (row.kind === 'relationship') {
        count(relationshipTypes, row.type);
        if (isFact(row)) deriver.checkFact('relationship', row.at, row.values, [row.startId, row.endId]);
      } else {
        count(relationshipTypes, row.type);
        for (const label of row.labels) count(labels, label);
        if (isFact(row)) deriver.checkFact('claim', row.at, row.values, [row.entityId]);
      }
      if (statements % YIELD_EVERY === 0) {
        await tick();
        if (Date.now() - lastProgress > 2000) {
          lastProgress = Date.now();
          onProgress(`seed: checked ${statements} seed statements`);
        }
      }
    }
  }
  deriver.finishChecks();
  if (handSet.length > 0)
    throw new SeedError(`deriving honest time: ${handSetError(handSet.sort()).message}`);
  if (deriver.problems.length > 0)
    throw new SeedError(`deriving honest time: ${problemsError(deriver.problems).message}`);
  const rows = Object.values(relationshipTypes).reduce((a, b) => a + b, 0) + registry.size;
  return { statements, rows, labels, relationshipTypes, registry, deriver, ...(kept ? { kept } : {}) };
}

/** The row to write, with its generation and derived spans. */
function writeRow(row: SeedRow, gen: neo4j.Integer, deriver: TimeDeriver): WriteRow {
  if (row.kind === 'node') {
    const time = row.labels.includes('Entity')
      ? timeProps(deriver.entityTime(row.values, row.labels.includes('Event')))
      : {};
    // The entity lists' sort key (core/model.ts nameKey), as the per-statement path stores it.
    const key = typeof row.values.name === 'string' ? { [NAME_KEY]: nameKey(row.values.name) } : {};
    return {
      shape: { kind: 'node', labels: row.labels, type: '' },
      props: { ...row.props, gen, ...time, ...(row.labels.includes('Entity') ? key : {}) },
      node: row.node,
    };
  }
  const time = isFact(row) ? timeProps(deriver.factTime(row.kind, row.at, row.values)) : {};
  const props = { ...row.props, gen, ...time };
  if (row.kind === 'relationship') {
    return {
      shape: { kind: 'relationship', labels: [], type: row.type },
      props,
      start: row.start,
      end: row.end,
    };
  }
  return { shape: { kind: 'claim', labels: row.labels, type: row.type }, props, entity: row.entity };
}

/**
 * The second reading: the corpus's :Source nodes and every seed row written into generation
 * `gen`, in transactions of at most `batchSize` rows. Returns the derived-time counts.
 */
export async function writeSeed(
  session: Session,
  gen: number,
  checked: CheckedSeed,
  files: string[],
  read: (file: string) => FileStatement[],
  corpus: Corpus,
  options: { batchSize: number; onProgress: (line: string) => void },
): Promise<DerivedCounts> {
  const genInt = neo4j.int(gen);
  const sources = sourceProps(corpus);
  const writer = new RowWriter(session, genInt, {
    batchSize: options.batchSize,
    total: checked.rows + sources.length,
    onProgress: options.onProgress,
  });
  for (const source of sources) {
    // As seed-create-sources: SET s = source, s.gen = $gen (absent fields are null: not stored).
    const props = Object.fromEntries(
      Object.entries(source).filter(([, value]) => value !== undefined && value !== null),
    );
    await writer.add({
      shape: { kind: 'node', labels: ['Source'], type: '' },
      props: { ...props, gen: genInt },
    });
  }
  const { registry, deriver } = checked;
  registry.replay();
  let n = 0;
  const rows = checked.kept ?? files.flatMap((file) => [{ file }]);
  for (const item of rows) {
    if ('kind' in item) {
      if (item.kind === 'node') registry.next();
      await writer.add(writeRow(item, genInt, deriver));
      if (++n % YIELD_EVERY === 0) await tick();
      continue;
    }
    for (const statement of read(item.file)) {
      await writer.add(writeRow(seedRow(statement, registry, 'write'), genInt, deriver));
      if (++n % YIELD_EVERY === 0) await tick();
    }
  }
  await writer.finish();
  return deriver.counts;
}
