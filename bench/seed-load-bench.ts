// The seed loader alone, for profiling its bulk path (issue 13): loads the real seed and synthetic
// sizes into one scratch Neo4j, bulk (and per-statement up to --per-statement-max), prints every
// progress line with the time since the load began, the load times with their ratio, the peak
// transaction memory Neo4j reported while loading (SHOW TRANSACTIONS, sampled), the CPU time the
// JVM and this Node process spent per row written (steadier than wall time on a shared machine)
// and the load average.
//   npx tsx bench/seed-load-bench.ts --sizes real,1000,10000,100000 [--per-statement-max 1000]
//     [--repeat 2] [--heap-mb 1024] [--batch 10000] [--tx-max 64m]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { SCHEMA_DIR } from '../cypher/paths.ts';
import { loadSeeds, type SeedResult } from '../cypher/seed-loader.ts';
import { REAL_SEED, syntheticDataset, type BenchDataset } from './scale/datasets.ts';
import { processTicks, TICK_MS } from './scale/proc-stat.ts';
import { ScratchNeo4j } from './scale/scratch-neo4j.ts';
import { sampleTransactionMemory } from './scale/transaction-memory.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000' },
    'per-statement-max': { type: 'string', default: '0' },
    repeat: { type: 'string', default: '1' },
    'heap-mb': { type: 'string', default: '1024' },
    batch: { type: 'string' },
    'tx-max': { type: 'string' },
  },
  strict: true,
});

const t0 = performance.now();
const say = (line: string): void =>
  console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const datasets: BenchDataset[] = values.sizes
  .split(',')
  .map((size) => (size.trim() === 'real' ? REAL_SEED : syntheticDataset(Number(size), 42, say)));
const perStatementMax = Number(values['per-statement-max']);
const neo4j = new ScratchNeo4j(Number(values['heap-mb']), say);
await neo4j.start();
const { driver, pid } = neo4j.current!;

/** CPU time (user + system, ms) of the Neo4j JVM from /proc (NaN where there is none) and of Node. */
function cpuMs(): { jvm: number; node: number } {
  // Not Linux: wall time only.
  const jvm = (processTicks(pid) ?? NaN) * TICK_MS;
  const { user, system } = process.cpuUsage();
  return { jvm, node: (user + system) / 1000 };
}

const rows: string[] = [];
try {
  if (values['tx-max']) {
    await driver.executeQuery(`CALL dbms.setConfigValue('db.memory.transaction.max', $max)`, {
      max: values['tx-max'],
    });
    say(`db.memory.transaction.max set to ${values['tx-max']}`);
  }
  for (const dataset of datasets) {
    const modes =
      dataset.entities <= perStatementMax ? (['per-statement', 'bulk'] as const) : (['bulk'] as const);
    const times: Record<string, number> = {};
    for (const mode of modes) {
      for (let run = 1; run <= Number(values.repeat); run++) {
        say(`== ${dataset.label}, ${mode}, run ${run} (load average ${load()})`);
        const started = performance.now();
        const cpu0 = cpuMs();
        const stop = sampleTransactionMemory(driver);
        let result: SeedResult;
        try {
          result = await loadSeeds(driver, {
            schemaDir: SCHEMA_DIR,
            seedDir: dataset.seedDir,
            corpusDir: dataset.corpusDir,
            mode,
            ...(values.batch ? { batchSize: Number(values.batch) } : {}),
            onProgress: (line) => say(`  ${line}`),
          });
        } finally {
          const peak = await stop();
          say(`  peak transaction memory seen: ${(peak / 2 ** 20).toFixed(1)} MiB`);
        }
        const ms = performance.now() - started;
        const cpu1 = cpuMs();
        const jvm = cpu1.jvm - cpu0.jvm;
        const node = cpu1.node - cpu0.node;
        const rowsWritten = result.nodes + result.relationships;
        times[mode] = ms;
        const line =
          `${dataset.label.padEnd(18)} ${mode.padEnd(13)} run ${run}: ${(ms / 1000).toFixed(2).padStart(8)} s, ` +
          `${result.nodes} nodes, ${result.relationships} rels, ${Math.round(dataset.entities / (ms / 1000))} entities/s, ` +
          `cpu jvm ${(jvm / 1000).toFixed(1)} s + node ${(node / 1000).toFixed(1)} s = ` +
          `${Math.round(((jvm + node) * 1000) / rowsWritten)} us/row (load ${load()})`;
        rows.push(line);
        say(line);
      }
    }
    if (times['per-statement'] && times.bulk) {
      rows.push(
        `${dataset.label}: bulk is ${(times['per-statement'] / times.bulk).toFixed(1)}x the per-statement path`,
      );
    }
  }
} finally {
  await neo4j.stop();
}
console.log(`\n${rows.join('\n')}\nload average at the end: ${load()}`);
