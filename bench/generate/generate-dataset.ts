// Generates a synthetic dataset and writes it to `<out>/seed` and `<out>/corpus` (replacing what
// was there), with `<out>/dataset.json` naming the entities a benchmark can ask about.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planDataset } from './plan.ts';
import { renderDataset } from './render.ts';

export interface DatasetInfo {
  entities: number;
  seed: number;
  seedDir: string;
  corpusDir: string;
  documents: number;
  relationships: number;
  claims: number;
  /** Relationships by stance / modality / tense word, for the report. */
  mix: Record<string, number>;
  /** Entity ids by degree, most connected first (ten of them). */
  hubs: { id: string; name: string; degree: number }[];
  /** A low-degree group, for requests that should stay small whatever the size. */
  leaf: { id: string; name: string };
  /** Most entities have this degree or less (the median). */
  medianDegree: number;
}

export function defaultOutDir(entities: number, seed: number): string {
  return resolve('.data', 'synthetic', `${entities}-s${seed}`);
}

export function generateDataset(options: {
  entities: number;
  seed: number;
  out: string;
  onProgress?: (line: string) => void;
}): DatasetInfo {
  const say = options.onProgress ?? (() => {});
  const started = performance.now();
  const plan = planDataset(options.entities, options.seed, (n) => say(`generate: planned ${n} entities`));
  say(
    `generate: ${plan.entities.length} entities, ${plan.facts.length} facts in ${plan.documents} documents`,
  );
  const files = renderDataset(plan, options.seed, (n) =>
    say(`generate: worded ${n}/${plan.documents} documents`),
  );
  const seedDir = join(options.out, 'seed');
  const corpusDir = join(options.out, 'corpus');
  for (const dir of [seedDir, corpusDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (const [name, text] of files.seed) writeFileSync(join(seedDir, name), text);
  let written = 0;
  for (const [name, text] of files.corpus) {
    writeFileSync(join(corpusDir, name), text);
    if (++written % 5000 === 0) say(`generate: wrote ${written}/${files.corpus.size} corpus files`);
  }

  const degree = new Map<number, number>();
  const mix: Record<string, number> = {};
  let relationships = 0;
  let claims = 0;
  for (const f of plan.facts) {
    if (f.kind === 'claim') {
      claims++;
      continue;
    }
    relationships++;
    for (const e of [f.start, f.end]) degree.set(e, (degree.get(e) ?? 0) + 1);
    mix[f.mode] = (mix[f.mode] ?? 0) + 1;
  }
  const byDegree = [...degree.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const sortedDegrees = byDegree.map(([, d]) => d).sort((a, b) => a - b);
  const leafIndex = byDegree.findLast(([i]) => plan.entities[i]!.label === 'Group')![0];
  const info: DatasetInfo = {
    entities: plan.entities.length,
    seed: options.seed,
    seedDir,
    corpusDir,
    documents: plan.documents,
    relationships,
    claims,
    mix,
    hubs: byDegree
      .slice(0, 10)
      .map(([i, d]) => ({ id: plan.entities[i]!.id, name: plan.entities[i]!.name, degree: d })),
    leaf: { id: plan.entities[leafIndex]!.id, name: plan.entities[leafIndex]!.name },
    medianDegree: sortedDegrees[Math.floor(sortedDegrees.length / 2)] ?? 0,
  };
  writeFileSync(join(options.out, 'dataset.json'), `${JSON.stringify(info, null, 2)}\n`);
  say(
    `generate: wrote ${files.seed.size} seed files and ${plan.documents} documents to ${options.out} ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return info;
}
