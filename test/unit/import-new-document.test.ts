// A fifth document end to end without a database, as docs/add-your-own-documents.md tells it: a
// short text written for the tests goes into a copy of the corpus (add-source), its facts and new
// entities come from two sheets (import), and the seed folder with the new file validates.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../cypher/corpus/add-source-cli.ts';
import { importSheets, writeImport } from '../../cypher/import/import-sheets.ts';
import { ImportError } from '../../cypher/import/problem.ts';
import { CORPUS_DIR, SEED_DIR } from '../../cypher/paths.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import/doc-new');

let corpusDir: string;
let seedDir: string;
let id: string;

beforeAll(() => {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-import-new-'));
  corpusDir = path.join(work, 'corpus');
  seedDir = path.join(work, 'seed');
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  mkdirSync(seedDir);
  // The seed files of entities and facts (sources live in the corpus).
  for (const name of readdirSync(SEED_DIR).filter((n) => /^[1-9].*\.cypher$/.test(n))) {
    cpSync(path.join(SEED_DIR, name), path.join(seedDir, name));
  }
  ({ id } = addSource({
    file: path.join(FIXTURES, 'kunar-field-notes.txt'),
    title: 'Field notes, Kunar',
    date: '2022-05',
    kind: 'article',
    speakers: ['a district elder'],
    corpusDir,
  }));
});

const run = () =>
  importSheets({
    factsFile: path.join(FIXTURES, 'facts.csv'),
    entitiesFile: path.join(FIXTURES, 'entities.csv'),
    source: id,
    seedDir,
    corpusDir,
  });

describe('a new document from add-source to a valid seed folder', () => {
  it('imports its three facts and three entities; the seed folder then validates', async () => {
    expect(id).toBe('doc-004');
    const result = await run();
    expect(await writeImport(result)).toBe('written');
    expect(path.basename(result.outFile)).toBe('40-doc-004-import.cypher');
    const text = readFileSync(result.outFile, 'utf8');
    expect(text).toContain(
      "CREATE (a)-[:FUNDED_BY {id: 'river-brigade--funded-by--northern-front--doc-004', source: 'doc-004', quote: 'the River Brigade has never taken money from the Northern Front', paragraph: 3, stance: 'denied'",
    );
    expect(text).toContain(
      "validFrom: date('2022-04-01'), validFromPrecision: 'month', validTo: date('2022-04-30'), validToPrecision: 'month'",
    );
    expect(await validateSeeds({ seedDir, corpusDir })).toEqual([]);
    expect(await writeImport(await run())).toBe('unchanged');
  });

  it('refuses a quote of the new document that is not word for word', async () => {
    const error = await importSheets({
      factsFile: path.join(FIXTURES, 'facts.csv'),
      entitiesFile: path.join(FIXTURES, 'entities.csv'),
      source: 'doc-001',
      seedDir,
      corpusDir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    // The same sheet against another document: every quote is missing there.
    expect((error as ImportError).problems.filter((p) => p.column === 'quote').map((p) => p.row)).toEqual([
      2, 3, 4,
    ]);
  });
});
