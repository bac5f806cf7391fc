// Runs the import on inline sheets against the real seed files and corpus, into a temp folder,
// and returns what it wrote or the problems it refused the sheets with.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importSheets, writeImport, type ImportResult } from '../../cypher/import/import-sheets.ts';
import { ImportError, type ImportProblem } from '../../cypher/import/problem.ts';

export const HEADER = 'from,type,to,quote,stance,modality,credibility,reliability,speaker';
export const JM = 'Amira Jadoon and Andrew Mines';
/** A valid fact of doc-001, not in the seed files. */
export const GOOD_ROW = `afghan-taliban,COUNTERS,iskp,the Taliban have managed to stem the group’s challenges,asserted,actual,reported,B,${JM}`;

export interface Run {
  dir: string;
  out: string;
}

export function sheets(files: Record<string, string>): Run {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-import-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, out: path.join(dir, 'out.cypher') };
}

export async function runImport(
  files: Record<string, string>,
  options: { source?: string; entities?: boolean } = {},
): Promise<{ run: Run; result: ImportResult }> {
  const run = sheets(files);
  const result = await importSheets({
    factsFile: path.join(run.dir, 'facts.csv'),
    entitiesFile:
      options.entities || 'entities.csv' in files ? path.join(run.dir, 'entities.csv') : undefined,
    source: options.source ?? 'doc-001',
    out: run.out,
  });
  await writeImport(result);
  return { run, result };
}

/** The problems the import refuses the sheets with; fails when it accepts them or writes anything. */
export async function refused(
  files: Record<string, string>,
  options: { source?: string } = {},
): Promise<ImportProblem[]> {
  let run: Run | undefined;
  try {
    ({ run } = await runImport(files, options));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return error.problems;
  }
  throw new Error(`the import accepted the sheet and wrote ${run.out}: ${existsSync(run.out)}`);
}
