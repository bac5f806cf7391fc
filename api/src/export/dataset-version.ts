// The dataset version an export records: the package version plus a short digest of the seed
// files (cypher/schema + cypher/seed), so two exports of different data never carry the same tag.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const ROOT = new URL('../../../', import.meta.url);
let cached: string | null = null;

function seedDigest(): string {
  const hash = createHash('sha256');
  let files = 0;
  for (const dir of ['cypher/schema', 'cypher/seed']) {
    let names: string[] = [];
    try {
      names = readdirSync(new URL(dir, ROOT)).filter((n) => n.endsWith('.cypher'));
    } catch {
      continue; // a deployment without seed files still exports; the digest then says "none"
    }
    for (const name of names.sort()) {
      hash.update(`${dir}/${name}\0`);
      hash.update(readFileSync(new URL(`${dir}/${name}`, ROOT)));
      files++;
    }
  }
  return files === 0 ? 'none' : hash.digest('hex').slice(0, 12);
}

export function datasetVersion(): string {
  if (cached === null) {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version?: string };
    cached = `${pkg.version ?? '0.0.0'}+seed.${seedDigest()}`;
  }
  return cached;
}
