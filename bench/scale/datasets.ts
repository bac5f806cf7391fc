// The datasets the benchmark measures: the real seed (cypher/seed + corpus/) and synthetic ones
// made by bench/generate, kept in .data/synthetic and made again only when missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutDir, generateDataset, type DatasetInfo } from '../generate/generate-dataset.ts';
import { lit } from '../generate/render.ts';
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
  /** The hub's relationships (synthetic data): shortest paths to it read every one of them. */
  hubDegree?: number;
  /** Where the shortest paths to the hub start. */
  pathFrom: string;
}

export const REAL_SEED: BenchDataset = {
  label: 'real seed',
  entities: 84,
  seedDir: SEED_DIR,
  corpusDir: CORPUS_DIR,
  targets: { search: 'isis k', leaf: 'haqqani-network', hub: 'iskp', pathFrom: 'haqqani-network' },
};

/** The dataset's info, made by the generator when missing. */
function datasetInfo(entities: number, seed: number, say: (line: string) => void) {
  const out = defaultOutDir(entities, seed);
  const infoFile = join(out, 'dataset.json');
  if (existsSync(infoFile)) {
    say(`generate: using ${out} (made earlier with the same size and seed)`);
    return { info: JSON.parse(readFileSync(infoFile, 'utf8')) as DatasetInfo };
  }
  const started = performance.now();
  const info = generateDataset({ entities, seed, out, onProgress: say });
  return { info, generateMs: performance.now() - started };
}

/** Below this size a dataset asks about its own leaf; from it up, about this size's leaf. */
const PROBE_SIZE = 1000;

/**
 * The group that search and shortestPaths ask about at every size from PROBE_SIZE up: the leaf
 * of the PROBE_SIZE dataset of the same seed. The generator is deterministic by index, so every
 * larger dataset of the seed holds it, same id and name (checked here). One question at every
 * size is what the growth column compares: each size's own leaf has a longer name as the
 * generator runs out of short ones (100,000: "Telulmunbardosh Jamaat"), and one fuzzy 15-letter
 * word alone costs Lucene about 15 ms even on the 1,000-entity graph, where it matches nothing.
 */
function probeGroup(info: DatasetInfo, seed: number, say: (line: string) => void) {
  if (info.entities <= PROBE_SIZE) return info.leaf;
  // "using …" is said where that size is measured itself; making it, when it is not, is said.
  const quiet = (line: string): void => {
    if (!line.startsWith('generate: using')) say(line);
  };
  const probe = datasetInfo(PROBE_SIZE, seed, quiet).info.leaf;
  const groups = readFileSync(join(info.seedDir, '10-groups.cypher'), 'utf8');
  if (!groups.includes(`{id: ${lit(probe.id)}, name: ${lit(probe.name)}`)) {
    throw new Error(
      `bench: ${info.seedDir}/10-groups.cypher has no group ${probe.id} named "${probe.name}" ` +
        `(the ${PROBE_SIZE}-entity leaf every larger dataset of seed ${seed} should hold)`,
    );
  }
  return probe;
}

export function syntheticDataset(entities: number, seed: number, say: (line: string) => void): BenchDataset {
  const { info, generateMs } = datasetInfo(entities, seed, say);
  const probe = probeGroup(info, seed, say);
  return {
    label: `${entities.toLocaleString('en')} entities`,
    entities,
    seedDir: info.seedDir,
    corpusDir: info.corpusDir,
    targets: {
      search: probe.name,
      leaf: info.leaf.id,
      hub: info.hubs[0]!.id,
      hubDegree: info.hubs[0]!.degree,
      pathFrom: probe.id,
    },
    ...(generateMs === undefined ? {} : { generateMs }),
  };
}
