// Honest time at load: reads every fact and entity back (derive-read-dated-facts), computes the
// known and possible spans with core/time.ts (the one home of the rule) and writes them back as
// Neo4j dates in batches of bounded transactions, on the generation being loaded, before readers
// are switched to it (cypher/README.md "Loading"). Also checks that the seeds set no derived
// property by hand and that every fact's stance, modality, credibility, reliability and tense
// are the model's words (core/model.ts). The entities' rows also store their sort key (nameKey,
// core/model.ts), as the bulk path writes it with the entity.
import neo4j, { type Session } from 'neo4j-driver';
import {
  DERIVED_TIME_PROPERTIES,
  nameKey,
  RELATIONSHIP_TYPE_NAMES,
  type DatePrecision,
} from '../../core/model.ts';
import { entityTime, factTime, type FactTime } from '../../core/time.ts';
import { loadQueries, type QueryName } from '../db/query-files.ts';
import { factProblems, handSetError, problemsError, type DatedRow } from './fact-checks.ts';

const query = (name: QueryName): string => loadQueries().get(name)!;

const BATCH = 5000;

export interface DerivedCounts {
  facts: number;
  entities: number;
  /** Facts the documents place at some date (a known span). */
  placedFacts: number;
  placedEntities: number;
}

/** The record's value, with Neo4j dates as 'YYYY-MM-DD' strings. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return String(value);
  return value;
}

/** A node or relationship's derived spans; an entity's also carries its sort key (core/model.ts). */
type TimeRow = FactTime & { key: string; nameKey?: string };

/** Each batch in its own transaction, so memory stays flat whatever the size of the graph. */
async function writeBatches(session: Session, text: string, rows: TimeRow[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await session.executeWrite((tx) => tx.run(text, { rows: batch }));
  }
}

/**
 * Derives knownFrom/knownTo/possibleFrom/possibleTo on every relationship between entities, every
 * claim and every entity of generation `gen`. Throws an Error listing the offending facts when the
 * seeds set a derived property or use a word outside the model; the caller drops the generation.
 */
export async function deriveTime(session: Session, gen: number): Promise<DerivedCounts> {
  const handSet = await session.run(query('derive-find-derived-in-seeds'), {
    gen: neo4j.int(gen),
    derived: [...DERIVED_TIME_PROPERTIES],
  });
  if (handSet.records.length > 0) {
    throw handSetError(handSet.records.map((r) => `${r.get('id')}.${r.get('property')}`));
  }

  const result = await session.run(query('derive-read-dated-facts'), {
    gen: neo4j.int(gen),
    types: [...RELATIONSHIP_TYPE_NAMES],
  });
  const rows = result.records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const key of record.keys) row[key as string] = plain(record.get(key));
    return row as unknown as DatedRow;
  });

  const problems = rows.filter((row) => row.kind !== 'entity').flatMap(factProblems);
  if (problems.length > 0) {
    throw problemsError(problems);
  }

  const relationshipTimes: TimeRow[] = [];
  const nodeTimes: TimeRow[] = [];
  // An entity's span comes from the facts that hold (asserted, actual) about it.
  const holdingByEntity = new Map<string, FactTime[]>();
  let placedFacts = 0;
  for (const row of rows) {
    if (row.kind === 'entity') continue;
    const time = factTime(row, {
      date: row.sourceDate!,
      datePrecision: (row.sourceDatePrecision ?? 'day') as DatePrecision,
    });
    if (time.knownFrom !== null) placedFacts++;
    (row.kind === 'relationship' ? relationshipTimes : nodeTimes).push({ key: row.key, ...time });
    if (row.stance === 'asserted' && row.modality === 'actual') {
      for (const id of row.entities) {
        const list = holdingByEntity.get(id) ?? [];
        list.push(time);
        holdingByEntity.set(id, list);
      }
    }
  }
  let entities = 0;
  let placedEntities = 0;
  for (const row of rows) {
    if (row.kind !== 'entity') continue;
    const time = entityTime({ ...row, event: row.event === true }, holdingByEntity.get(row.id ?? '') ?? []);
    entities++;
    if (time.knownFrom !== null) placedEntities++;
    nodeTimes.push({
      key: row.key,
      ...time,
      ...(typeof row.name === 'string' ? { nameKey: nameKey(row.name) } : {}),
    });
  }

  await writeBatches(session, query('derive-write-relationship-times'), relationshipTimes);
  await writeBatches(session, query('derive-write-node-times'), nodeTimes);
  return {
    facts: rows.length - entities,
    entities,
    placedFacts,
    placedEntities,
  };
}
