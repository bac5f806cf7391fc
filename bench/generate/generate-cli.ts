// `npm run generate -- --entities 100000 [--seed 42] [--out <dir>]`: a seeded synthetic dataset in
// the project's own forms (bench/generate), checkable with `npm run validate -- --seed <out>/seed
// --corpus <out>/corpus` and loadable with `npm run seed`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOutDir, generateDataset } from './generate-dataset.ts';

const USAGE = 'usage: npm run generate -- --entities <n> [--seed <n>] [--out <dir>]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        entities: { type: 'string' },
        seed: { type: 'string', default: '42' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`generate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(`${USAGE}\n  default --out: .data/synthetic/<entities>-s<seed>`);
    return 0;
  }
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (!Number.isInteger(entities) || entities < 10) {
    console.error(
      `generate: --entities must be a whole number of at least 10 (got ${values.entities})\n${USAGE}`,
    );
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`generate: --seed must be a whole number (got ${values.seed})\n${USAGE}`);
    return 2;
  }
  const out = values.out === undefined ? defaultOutDir(entities, seed) : resolve(values.out);
  const info = generateDataset({ entities, seed, out, onProgress: (line) => console.log(line) });
  console.log(
    `generate: ${info.relationships} relationships, ${info.claims} claims; hub ${info.hubs[0]?.id} ` +
      `(degree ${info.hubs[0]?.degree}), median degree ${info.medianDegree}\n` +
      `check it: npm run validate -- --seed ${info.seedDir} --corpus ${info.corpusDir}`,
  );
  return 0;
}

process.exitCode = main();
