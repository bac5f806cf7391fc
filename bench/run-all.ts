// `npm run bench [-- --sizes 1000,10000]`: the scale benchmark of issue 13 (bench/scale), which
// prints its tables and writes bench/results.md with bench/results.svg. The viewer's renderer
// benchmark runs on its own: `npm run bench:viewer`.
import { USAGE } from './scale/options.ts';
import { runScaleBench } from './scale/scale-bench.ts';

try {
  await runScaleBench(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 1;
}
