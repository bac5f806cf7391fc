// The imported file against a private Neo4j: the doc-001 fixture, imported into a copy of the seed
// folder, loads with the seed loader beside the other seeds; the CSV export's edges.csv of its
// facts is a sheet the import takes back (round trip: the same statements, and the same bytes twice).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExportGraph } from '../../api/src/export/read-graph.ts';
import { parseScope } from '../../api/src/export/scope.ts';
import { csvFile } from '../../api/src/export/serialize-csv.ts';
import { importSheets, writeImport, type ImportResult } from '../../cypher/import/import-sheets.ts';
import { SCHEMA_DIR, SEED_DIR } from '../../cypher/paths.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/neo4j.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const FACTS = join(FIXTURES, 'doc-001-facts.csv');
const ENTITIES = join(FIXTURES, 'doc-001-entities.csv');

let scratch: ScratchNeo4j;
let driver: Driver;
let work: string;
let seedDir: string;
let imported: ImportResult;

/** The statements of a seed file without its comments (which name the sheet and its rows). */
const statements = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('//'))
    .sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kg-import-it-'));
  seedDir = join(work, 'seed');
  cpSync(SEED_DIR, seedDir, { recursive: true });
  imported = await importSheets({ factsFile: FACTS, entitiesFile: ENTITIES, source: 'doc-001', seedDir });
  await writeImport(imported);
  scratch = await startScratchNeo4j();
  driver = scratch.driver;
  await loadSeeds(driver, { schemaDir: SCHEMA_DIR, seedDir });
}, 240_000);

afterAll(async () => {
  await scratch?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('an imported seed file in Neo4j', () => {
  it('loads with the seed loader: the new entity and the new facts are in the graph', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r {source: 'doc-001'}]->(b:Entity)
       WHERE r.id IN ['afghan-taliban--counters--iskp--doc-001', 'iskp--operates-in--afghanistan-pakistan-border--doc-001',
                      'iskp--targeted--afghan-taliban--doc-001-2']
       RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.quote AS quote, r.attributedTo AS speaker, r.note AS note
       ORDER BY id`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: 'afghan-taliban--counters--iskp--doc-001',
        type: 'COUNTERS',
        from: 'afghan-taliban',
        to: 'iskp',
        quote: 'the Taliban have managed to stem the group’s challenges',
        speaker: 'Amira Jadoon and Andrew Mines',
        note: '“stem the group’s challenges”: restrain it, without the document saying how;\nthe means are lost in a gap.',
      },
      expect.objectContaining({
        id: 'iskp--operates-in--afghanistan-pakistan-border--doc-001',
        type: 'OPERATES_IN',
      }),
      expect.objectContaining({ id: 'iskp--targeted--afghan-taliban--doc-001-2', type: 'TARGETED' }),
    ]);
    const place = await driver.executeQuery(
      "MATCH (p:Entity:Place {id: 'afghanistan-pakistan-border'}) RETURN p.aliases AS aliases, p.category AS category",
    );
    expect(place.records[0]?.toObject()).toEqual({
      aliases: ['Afghanistan–Pakistan border', 'Afghanistan-Pakistan landscape'],
      category: 'region',
    });
  });

  it("takes the CSV export's edges.csv of those facts back: the same statements, then unchanged", async () => {
    const scope = parseScope(new URLSearchParams({ claims: 'exclude' }), 'csv');
    if (!scope.ok) throw new Error(JSON.stringify(scope.problems));
    const graph = await readExportGraph(driver, scope.scope);
    const edges = [...csvFile(graph, 'edges')].join('');
    const [header, ...rows] = parse(edges) as string[][];
    const idColumn = header!.indexOf('Id');
    const ours = new Set(
      statements(imported.text).flatMap((s) => /id: '([^']+--doc-001(?:-\d+)?)'/.exec(s)?.[1] ?? []),
    );
    const kept = rows.filter((r) => ours.has(r[idColumn]!));
    expect(kept).toHaveLength(3);
    // The researcher's sheet: the export's rows of this document's imported facts, as a spreadsheet saves it.
    const sheet = join(work, 'edges.csv');
    writeFileSync(sheet, `\uFEFF${stringify([header!, ...kept], { record_delimiter: 'windows' })}`);

    const again = await importSheets({
      factsFile: sheet,
      entitiesFile: ENTITIES,
      source: 'doc-001',
      seedDir,
    });
    expect(again.outFile).toBe(imported.outFile);
    expect(statements(again.text)).toEqual(statements(imported.text));
    expect(await writeImport(again)).toBe('written'); // the header and row comments now name edges.csv
    const twice = await importSheets({
      factsFile: sheet,
      entitiesFile: ENTITIES,
      source: 'doc-001',
      seedDir,
    });
    expect(twice.text).toBe(again.text);
    expect(await writeImport(twice)).toBe('unchanged');
  });
});
