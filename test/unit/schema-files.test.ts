// The schema files: every statement splits cleanly, ids are unique per label and generation, the full-text index
// covers name and aliases, and every relationship type of model.ts has its provenance indexes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import { splitStatements } from '../../cypher/statement-splitter.ts';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher/schema');
const read = async (name: string): Promise<string[]> =>
  splitStatements(await readFile(path.join(schemaDir, name), 'utf8'), name).map((s) => s.text);

describe('cypher/schema', () => {
  it('has an idempotent uniqueness constraint on Entity, Source and Claim ids within a generation', async () => {
    const statements = await read('constraints.cypher');
    for (const label of ['Entity', 'Source', 'Claim']) {
      // Ids are unique per generation (cypher/README.md "Loading": a load writes beside the current one).
      expect(statements).toContain(
        `CREATE CONSTRAINT ${label.toLowerCase()}_id_gen IF NOT EXISTS FOR (n:${label}) REQUIRE (n.id, n.gen) IS UNIQUE`,
      );
    }
    expect(statements.every((s) => s.includes('IF NOT EXISTS') || s.includes('IF EXISTS'))).toBe(true);
  });

  it('indexes id and source of every relationship type', async () => {
    const statements = (await read('constraints.cypher')).join('\n');
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(statements).toContain(`FOR ()-[r:${type}]-() ON (r.id)`);
      expect(statements).toContain(`FOR ()-[r:${type}]-() ON (r.source)`);
    }
  });

  it('declares the entityNames full-text index over name and aliases', async () => {
    expect(await read('fulltext.cypher')).toEqual([
      'CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
    ]);
  });
});
