// `npm run bench`: every benchmark of the project in turn (today the viewer's), with its table.
import { formatTable, MEASURE_NOTES, runViewerBench, targetNotes } from './viewer-bench.ts';

const started = Date.now();
console.log('== viewer: renderer setup vs plain Cytoscape ==');
const rows = await runViewerBench();
console.log(`\n${formatTable(rows)}\n`);
for (const note of MEASURE_NOTES) console.log(note);
console.log('');
for (const note of targetNotes(rows)) console.log(`  ${note}`);
console.log(`\nall benchmarks finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
