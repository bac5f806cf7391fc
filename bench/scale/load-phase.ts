// Load time of one dataset through the seed loader: its bulk path and its per-statement path.
// The mode switch is the loader's `mode` option (issue 13); until the loader has it, both rows
// run the one path it has, and the report says so (LOADER_HAS_MODES).
import { readFileSync } from 'node:fs';
import { loadSeeds, type SeedOptions } from '../../cypher/seed-loader.ts';
import { SCHEMA_DIR } from '../../cypher/paths.ts';
import { prepareGeneration } from '../../cypher/bulk/generations.ts';
import type { BenchDataset } from './datasets.ts';
import { DATABASE, type ScratchNeo4j } from './scratch-neo4j.ts';
import { sampleTransactionMemory, transactionMemoryLimit } from './transaction-memory.ts';

export type LoadMode = 'bulk' | 'per-statement';

/** Whether cypher/seed-loader.ts has the per-statement/bulk switch yet (read from its source). */
export const LOADER_HAS_MODES = /['"]per-statement['"]/.test(
  readFileSync(new URL('../../cypher/seed-loader.ts', import.meta.url), 'utf8'),
);

export interface LoadResult {
  dataset: string;
  entities: number;
  mode: LoadMode;
  /** Milliseconds, or undefined when it failed or hit the cap. */
  ms?: number;
  nodes?: number;
  relationships?: number;
  failure?: string;
  /** The largest heap one running transaction was seen to use (sampled), and Neo4j's limit, in bytes. */
  peakTransactionBytes?: number;
  transactionLimitBytes?: number;
  /** Every timed load when there were several (ms is their median), in the order they ran. */
  runsMs?: number[];
}

/**
 * Deletes every generation but the current one, as a load does with those past their grace, so
 * that each timed load starts from the same database (one generation) whatever ran before it:
 * without this, the first load after a per-statement one also deleted that one's predecessors.
 * The requests are measured after it too: retired generations stay in the full-text index, and
 * a search would filter their matches out (three 1k generations after three loads, one 100k).
 */
export async function clearRetired(neo4j: ScratchNeo4j): Promise<void> {
  const session = neo4j.current!.driver.session({ database: DATABASE });
  try {
    await prepareGeneration(session, 0);
  } finally {
    await session.close();
  }
}

/**
 * Loads a dataset `runs` times in a row (each from one generation, see clearRetired) and gives
 * the median, with every run: the first load of a mode on a JVM is also compiling its code path
 * and planning its queries, which a researcher reloading a seed pays once.
 */
export async function measureLoads(
  neo4j: ScratchNeo4j,
  dataset: BenchDataset,
  mode: LoadMode,
  capS: number,
  runs: number,
  say: (line: string) => void,
): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    await clearRetired(neo4j).catch((error: unknown) =>
      say(
        `load: older generations not deleted first (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
    const result = await measureLoad(neo4j, dataset, mode, capS, say);
    results.push(result);
    if (result.ms === undefined) return result;
  }
  if (results.length === 1) return results[0]!;
  const times = results.map((r) => r.ms!);
  const middle = [...results].sort((a, b) => a.ms! - b.ms!)[Math.floor(results.length / 2)]!;
  const peaks = results.flatMap((r) =>
    r.peakTransactionBytes === undefined ? [] : [r.peakTransactionBytes],
  );
  return {
    ...middle,
    runsMs: times,
    ...(peaks.length > 0 ? { peakTransactionBytes: Math.max(...peaks) } : {}),
  };
}

export async function measureLoad(
  neo4j: ScratchNeo4j,
  dataset: BenchDataset,
  mode: LoadMode,
  capS: number,
  say: (line: string) => void,
): Promise<LoadResult> {
  const driver = neo4j.current!.driver;
  const base = { dataset: dataset.label, entities: dataset.entities, mode };
  say(
    `load: ${dataset.label}, ${mode}${LOADER_HAS_MODES ? '' : ' (the loader has one path: no mode switch yet)'}`,
  );
  const options: SeedOptions & { mode: LoadMode } = {
    schemaDir: SCHEMA_DIR,
    seedDir: dataset.seedDir,
    corpusDir: dataset.corpusDir,
    mode,
    onProgress: (line) => say(`  ${line}`),
  };
  const limit = await transactionMemoryLimit(driver).catch(() => undefined);
  const sampling = sampleTransactionMemory(driver);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<'cap'>((done) => {
    timer = setTimeout(() => done('cap'), capS * 1000);
  });
  try {
    const outcome = await Promise.race([loadSeeds(driver, options), cap]);
    const peak = await sampling();
    if (outcome === 'cap') {
      say(`load: ${dataset.label} ${mode} passed the ${capS} s cap: abandoned`);
      await neo4j.restart();
      return { ...base, failure: `not finished within the ${capS} s cap` };
    }
    const msTaken = performance.now() - started;
    const memory = `peak transaction ${(peak / 2 ** 20).toFixed(0)} MiB of ${limit ? (limit / 2 ** 20).toFixed(0) : '?'} MiB`;
    say(`load: ${dataset.label} ${mode}: ${(msTaken / 1000).toFixed(1)} s, ${memory}`);
    return {
      ...base,
      ms: msTaken,
      nodes: outcome.nodes,
      relationships: outcome.relationships,
      peakTransactionBytes: peak,
      ...(limit === undefined ? {} : { transactionLimitBytes: limit }),
    };
  } catch (error) {
    await sampling();
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    say(`load: ${dataset.label} ${mode} failed: ${message}`);
    return { ...base, failure: message.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
