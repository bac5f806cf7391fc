// Generations (cypher/README.md "Loading"): every load writes a new generation beside the one
// readers see, then moves the single (:GraphState) pointer in one small transaction. Retired
// generations are kept for a grace period (reads begun before a switch finish on them) and
// deleted at the start of a later load, with anything a failed load left behind.
import neo4j, { type Session } from 'neo4j-driver';
import { loadQueries, type QueryName } from '../db/query-files.ts';
import { SeedError } from './seed-error.ts';

const query = (name: QueryName): string => loadQueries().get(name)!;

/** A Neo4j integer (or number) as a JS number. */
const num = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));
/** Generation numbers travel as Neo4j integers, so that stored values and comparisons are integers. */
const ints = (values: number[]) => values.map((value) => neo4j.int(value));

export interface Generation {
  /** The generation readers see now (null: nothing loaded yet). */
  current: number | null;
  /** The generation this load writes. */
  gen: number;
  /** Generations deleted by this preparation (retired past their grace, or a failed load's). */
  deleted: number;
}

/**
 * Deletes what readers can no longer be using: every generation that is neither current nor
 * retired less than `graceMs` ago (a failed load's partial generation and nodes from before
 * generations included), then picks the number of the generation to write.
 */
export async function prepareGeneration(session: Session, graceMs: number): Promise<Generation> {
  const state = (await session.run(query('generation-read-state'))).records[0]!;
  const current = state.get('current') === null ? null : num(state.get('current'));
  const now = num(state.get('now'));
  const retired = (state.get('retired') as unknown[]).map(num);
  const retiredAt = (state.get('retiredAt') as unknown[]).map(num);
  const kept = retired
    .map((gen, i) => ({ gen, at: retiredAt[i] ?? 0 }))
    .filter(({ at }) => now - at < graceMs);
  const keep = [...(current === null ? [] : [current]), ...kept.map(({ gen }) => gen)];
  const { summary } = await session.run(query('generation-delete'), { keep: ints(keep) });
  await session.run(query('generation-keep-retired'), {
    retired: ints(kept.map(({ gen }) => gen)),
    retiredAt: ints(kept.map(({ at }) => at)),
  });
  const gen = Math.max(current ?? 0, ...retired) + 1;
  return { current, gen, deleted: summary.counters.updates().nodesDeleted };
}

/** Points readers at `gen`; fails when another load moved the pointer since this one began. */
export async function switchGeneration(session: Session, generation: Generation): Promise<void> {
  const rows = await session.executeWrite(async (tx) => {
    const result = await tx.run(query('generation-switch'), {
      gen: neo4j.int(generation.gen),
      expected: generation.current === null ? null : neo4j.int(generation.current),
    });
    return result.records.length;
  });
  if (rows === 0) {
    throw new SeedError(
      `another load switched the graph while this one ran (it started from generation ${generation.current}); nothing was switched`,
    );
  }
}

/** Deletes a generation this load wrote but did not switch to (best effort: the next load would). */
export async function dropGeneration(session: Session): Promise<void> {
  const state = (await session.run(query('generation-read-state'))).records[0]!;
  const current = state.get('current') === null ? [] : [num(state.get('current'))];
  const keep = [...current, ...(state.get('retired') as unknown[]).map(num)];
  await session.run(query('generation-delete'), { keep: ints(keep) });
}
