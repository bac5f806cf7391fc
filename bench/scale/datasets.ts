// The datasets the benchmark measures: the real seed (cypher/seed + corpus/) and synthetic ones
// made by bench/generate, kept in .data/synthetic and made again only when missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutDir, generateDataset, type DatasetInfo } from '../generate/generate-dataset.ts';
import { CORPUS_DIR, SEED_DIR } from '../../cypher/paths.ts';

export interface BenchDataset {
  label: string;
  entities: number;
  seedDir: string;
  corpusDir: string;
  /** What the six requests ask about. */
  targets: RequestTargets;
  generateMs?: number;
}

export interface RequestTargets {
  search: string;
  /** A small group (its answers stay small whatever the size) and a hub. */
  leaf: string;
  hub: string;
}

export const REAL_SEED: BenchDataset = {
  label: 'real seed',
  entities: 84,
  seedDir: SEED_DIR,
  corpusDir: CORPUS_DIR,
  targets: { search: 'isis k', leaf: 'haqqani-network', hub: 'iskp' },
};

export function syntheticDataset(entities: number, seed: number, say: (line: string) => void): BenchDataset {
  const out = defaultOutDir(entities, seed);
  const infoFile = join(out, 'dataset.json');
  let info: DatasetInfo;
  let generateMs: number | undefined;
  if (existsSync(infoFile)) {
    info = JSON.parse(readFileSync(infoFile, 'utf8')) as DatasetInfo;
    say(`generate: using ${out} (made earlier with the same size and seed)`);
  } else {
    const started = performance.now();
    info = generateDataset({ entities, seed, out, onProgress: say });
    generateMs = performance.now() - started;
  }
  return {
    label: `${entities.toLocaleString('en')} entities`,
    entities,
    seedDir: info.seedDir,
    corpusDir: info.corpusDir,
    targets: { search: info.leaf.name, leaf: info.leaf.id, hub: info.hubs[0]!.id },
    ...(generateMs === undefined ? {} : { generateMs }),
  };
}
