// The import as a function: reads a facts sheet (and an entities sheet) for one corpus document,
// checks every row, then the candidate seed file with the real validator, and returns the file's
// text, or throws ImportError with every problem by file, row and column. Writes only to a temp
// folder; `writeImport` puts the file in place.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORPUS_DIR, SEED_DIR } from '../paths.ts';
import { readCorpus } from '../corpus/read-corpus.ts';
import { checkCandidate } from './check-candidate.ts';
import { readEntityRows, type EntityDraft } from './entity-rows.ts';
import { idBase, readFactRows, type FactDraft } from './fact-rows.ts';
import { readKnownGraph } from './known-graph.ts';
import { ImportError, type ImportProblem } from './problem.ts';
import { renderSeed } from './render-seed.ts';
import { readSheet } from './sheet.ts';

export interface ImportOptions {
  factsFile: string;
  entitiesFile?: string | undefined;
  /** The corpus document every row quotes (doc-004). */
  source: string;
  /** Where to write (default <seedDir>/40-<source>-import.cypher). */
  out?: string | undefined;
  seedDir?: string | undefined;
  corpusDir?: string | undefined;
}

export interface ImportResult {
  outFile: string;
  text: string;
  facts: number;
  entities: number;
  /** HAS_CLAIM rows of an export sheet, left out: claims are not imported from sheets. */
  skipped: number[];
}

export function defaultOutFile(seedDir: string, source: string): string {
  return path.join(seedDir, `40-${source}-import.cypher`);
}

export async function importSheets(options: ImportOptions): Promise<ImportResult> {
  const seedDir = path.resolve(options.seedDir ?? SEED_DIR);
  const corpusDir = path.resolve(options.corpusDir ?? CORPUS_DIR);
  const outFile = path.resolve(options.out ?? defaultOutFile(seedDir, options.source));
  const factsName = path.basename(options.factsFile);
  const entitiesName = options.entitiesFile === undefined ? undefined : path.basename(options.entitiesFile);

  const corpus = readCorpus(corpusDir);
  const document = corpus.byId.get(options.source);
  if (document === undefined) {
    const ids = corpus.documents.map((d) => d.meta.id).join(', ') || 'none';
    throw new ImportError([
      {
        file: factsName,
        message: `--source ${options.source} is not a document of the corpus (${ids}); add it with npm run add-source`,
      },
    ]);
  }

  const work = await mkdtemp(path.join(tmpdir(), 'kg-import-'));
  try {
    // The other seed files, without the one this import replaces.
    const seedLabel = path.basename(seedDir);
    const tempSeeds = path.join(work, seedLabel);
    await mkdir(tempSeeds);
    const names = (await readdir(seedDir)).filter((n) => n.endsWith('.cypher'));
    for (const name of names) {
      if (path.join(seedDir, name) !== outFile)
        await cp(path.join(seedDir, name), path.join(tempSeeds, name));
    }
    const known = await readKnownGraph(tempSeeds, seedLabel);
    const problems: ImportProblem[] = [];

    let entities: EntityDraft[] = [];
    let entityHeader: ((c: string) => string) | undefined;
    if (options.entitiesFile !== undefined) {
      const read = readSheet(await readFile(options.entitiesFile, 'utf8'), entitiesName!);
      problems.push(...read.problems);
      if (read.sheet) {
        const rows = readEntityRows(read.sheet, known);
        problems.push(...rows.problems);
        entities = rows.entities;
        const columns = rows.columns;
        if (columns) entityHeader = (c) => columns.header(c as never);
      }
    }

    const read = readSheet(await readFile(options.factsFile, 'utf8'), factsName);
    problems.push(...read.problems);
    let facts: FactDraft[] = [];
    let skipped: number[] = [];
    let factHeader: ((c: string) => string) | undefined;
    if (read.sheet) {
      const all = new Map(known.entities);
      for (const e of entities) all.set(e.id, e);
      const rows = readFactRows(read.sheet, {
        source: options.source,
        paragraphs: document.paragraphs,
        known,
        entities: all,
      });
      problems.push(...rows.problems);
      facts = rows.facts;
      skipped = rows.skipped;
      const columns = rows.columns;
      if (columns) factHeader = (c) => columns.header(c as never);
    }
    if (problems.length > 0) throw new ImportError(problems);

    const rendered = renderSeed({
      source: options.source,
      sourceTitle: document.meta.title,
      factsFile: factsName,
      ...(entitiesName === undefined ? {} : { entitiesFile: entitiesName }),
      entities,
      facts: assignIds(facts, options.source, new Set(known.ids.keys())),
    });
    const found = await checkCandidate({
      seedDir: tempSeeds,
      corpusDir,
      seedLabel,
      fileName: path.basename(outFile),
      rendered,
      headerOf: (file, column) =>
        (file === factsName ? factHeader : file === entitiesName ? entityHeader : undefined)?.(column) ??
        column,
    });
    if (found.length > 0) throw new ImportError(found);
    return { outFile, text: rendered.text, facts: facts.length, entities: entities.length, skipped };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Rows without an id get `<from>--<type-kebab>--<to>--<source>`, or the next free `-n`, in sheet order. */
function assignIds(facts: FactDraft[], source: string, taken: Set<string>): (FactDraft & { id: string })[] {
  for (const f of facts) if (f.id !== undefined) taken.add(f.id);
  return facts.map((f) => {
    if (f.id !== undefined) return { ...f, id: f.id };
    const base = idBase(f.from, f.type, f.to, source);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...f, id };
  });
}

/** Writes the file unless it already holds exactly this text. */
export async function writeImport(result: ImportResult): Promise<'written' | 'unchanged'> {
  const current = await readFile(result.outFile, 'utf8').catch(() => undefined);
  if (current === result.text) return 'unchanged';
  await writeFile(result.outFile, result.text);
  return 'written';
}
