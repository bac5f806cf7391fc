// The synthetic dataset generator (bench/generate): a small dataset passes the validator as is,
// and the same seed gives the same files byte for byte (a different seed does not).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate/generate-dataset.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesOf(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of ['seed', 'corpus']) {
    for (const name of readdirSync(join(out, sub)).sort()) {
      files[`${sub}/${name}`] = readFileSync(join(out, sub, name), 'utf8');
    }
  }
  return files;
}

describe('npm run generate', () => {
  it('writes seed files and documents that the validator accepts', async () => {
    const info = generateDataset({ entities: 300, seed: 7, out: join(root, 'a') });
    expect(info.entities).toBe(300);
    expect(info.relationships).toBeGreaterThan(500);
    expect(info.claims).toBeGreaterThan(0);
    // Denied, intended and past facts are all in the mix; a hub stands well above the median.
    expect(info.mix.denied).toBeGreaterThan(0);
    expect(info.mix.intended).toBeGreaterThan(0);
    expect(info.mix.past).toBeGreaterThan(0);
    expect(info.hubs[0]!.degree).toBeGreaterThan(5 * info.medianDegree);
    const problems = await validateSeeds({ seedDir: info.seedDir, corpusDir: info.corpusDir });
    expect(problems).toEqual([]);
  });

  it('gives the same files for the same seed and other files for another', () => {
    generateDataset({ entities: 300, seed: 7, out: join(root, 'b') });
    generateDataset({ entities: 300, seed: 8, out: join(root, 'c') });
    const a = filesOf(join(root, 'a'));
    expect(filesOf(join(root, 'b'))).toEqual(a);
    expect(filesOf(join(root, 'c'))).not.toEqual(a);
  });
});
