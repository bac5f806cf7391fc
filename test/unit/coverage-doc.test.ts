// cypher/COVERAGE.md stays in step with the seeds: every relationship and claim id appears in it,
// and every id it names exists, so a fact added or renamed without its audit line is caught.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../cypher/validate/graph-index.ts';
import { loadSeeds } from '../../cypher/validate/load-seeds.ts';

const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

describe('cypher/COVERAGE.md', () => {
  it('names every fact of the seed files, and only those', async () => {
    const index = buildIndex(await loadSeeds(path.join(cypherDir, 'seed')));
    const factIds = [...index.relationships, ...index.claims].map((s) => String(s.props.id));
    const nodeIds = new Set(index.nodes.map((n) => String(n.props.id)));
    const coverage = await readFile(path.join(cypherDir, 'COVERAGE.md'), 'utf8');
    const named = new Set([...coverage.matchAll(/`([a-z0-9][a-z0-9-]*[a-z0-9])`/g)].map((m) => m[1]!));

    expect(factIds.filter((id) => !named.has(id))).toEqual([]);
    const unknown = [...named].filter((id) => id.includes('--') && !factIds.includes(id) && !nodeIds.has(id));
    expect(unknown).toEqual([]);
  });
});
