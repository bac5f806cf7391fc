// `npm run validate`: checks the seed files against the graph model and the document corpus
// without a database; prints `file:line: message` for each problem and exits 1, or a summary.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, SEED_DIR } from './paths.ts';
import { formatProblem } from './validate/problem.ts';
import { validateSeedsReport } from './validate/validate-seeds.ts';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(
      `validate: ${(err as Error).message}\nusage: npm run validate -- [--corpus <dir>] [--seed <dir>]`,
    );
    return 2;
  }
  if (values.help) {
    console.log(
      'usage: npm run validate -- [--corpus <dir>] [--seed <dir>]\n' +
        `  --corpus  the source documents (default ${CORPUS_DIR})\n` +
        `  --seed    the seed files (default ${SEED_DIR})`,
    );
    return 0;
  }
  const corpusDir = values.corpus === undefined ? CORPUS_DIR : path.resolve(values.corpus);
  const seedDir = values.seed === undefined ? SEED_DIR : path.resolve(values.seed);
  const started = performance.now();
  // Name files as an editor can open them: relative to the working folder when inside it.
  const relative = path.relative(process.cwd(), seedDir);
  const seedLabel =
    relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : seedDir;
  const report = await validateSeedsReport({ seedDir, corpusDir, seedLabel });
  const ms = Math.round(performance.now() - started);
  const summary = `${report.statements} statements, ${report.nodes} nodes, ${report.relationships} relationships, ${report.claims} claims`;
  if (report.problems.length > 0) {
    for (const p of report.problems) console.error(formatProblem(p));
    console.error(`${summary}: ${report.problems.length} problem(s) in ${seedDir} (${ms} ms)`);
    return 1;
  }
  console.log(`${summary}: OK (${ms} ms)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`validate: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
