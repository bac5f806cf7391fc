// Command-line options of `npm run bench` (bench/scale/scale-bench.ts), checked with clear errors.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  /** Sizes up to this also load with the per-statement path (it takes ~100 s per 1,000 entities). */
  perStatementMax: number;
  /** Give up a load after this many seconds (the JVM is restarted and the size reported as capped). */
  loadCapS: number;
  /** Timed runs per request and path (after warm-up). */
  runs: number;
  /** Untimed runs per request and path first: both JITs warm, as in an explorer that has served a while. */
  warm: number;
  /** Seconds per throughput level (10 and 50 clients), and the request count cap per level. */
  throughputS: number;
  throughputMax: number;
  heapMb: number;
  /** Where the markdown report and its SVG go. */
  out: string;
}

export const USAGE =
  'usage: npm run bench -- [--sizes 1000,10000,100000] [--seed 42] [--per-statement-max 1000] ' +
  '[--load-cap 900] [--runs 200] [--warm 100] [--throughput-seconds 10] [--heap-mb 2048] [--out bench/results.md]';

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      seed: { type: 'string', default: '42' },
      'per-statement-max': { type: 'string', default: '1000' },
      'load-cap': { type: 'string', default: '900' },
      runs: { type: 'string', default: '200' },
      warm: { type: 'string', default: '100' },
      'throughput-seconds': { type: 'string', default: '10' },
      'throughput-max': { type: 'string', default: '3000' },
      'heap-mb': { type: 'string' },
      out: { type: 'string', default: 'bench/results.md' },
    },
    strict: true,
  });
  const whole = (name: string, raw: string, min: number): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be a whole number ≥ ${min} (got "${raw}")`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => whole('sizes', s.trim(), 10));
  const largest = Math.max(...sizes);
  return {
    sizes,
    seed: whole('seed', values.seed, 0),
    perStatementMax: whole('per-statement-max', values['per-statement-max'], 0),
    loadCapS: whole('load-cap', values['load-cap'], 1),
    runs: whole('runs', values.runs, 1),
    warm: whole('warm', values.warm, 0),
    throughputS: whole('throughput-seconds', values['throughput-seconds'], 1),
    throughputMax: whole('throughput-max', values['throughput-max'], 1),
    // Neo4j's transaction memory limit is 70 % of the heap by default; 100k entities want room.
    heapMb: whole('heap-mb', values['heap-mb'] ?? (largest >= 50_000 ? '2048' : '1024'), 256),
    out: values.out,
  };
}
