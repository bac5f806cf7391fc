// Reads the seed folder (every *.cypher file, in file-name order, as the loader runs them) and the
// document corpus, and parses each statement into a seed form, keeping file:line for reports.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitStatements } from '../statement-splitter.ts';
import type { Problem } from './problem.ts';
import { parseSeedStatement, SeedParseError, type SeedStatement } from './seed-parser.ts';

/** A parsed statement with where it stands; `seq` is its position in load order. */
export type Located<T> = T & { file: string; line: number; seq: number };

export interface SeedSet {
  /** Every statement that parsed into a seed form. */
  statements: Located<SeedStatement>[];
  /** Statements seen in all, parsed or not. */
  statementCount: number;
  /** Splitting and parsing problems. */
  problems: Problem[];
}

export async function loadSeeds(seedDir: string, label = path.basename(seedDir)): Promise<SeedSet> {
  let names: string[];
  try {
    names = (await readdir(seedDir)).filter((n) => n.endsWith('.cypher')).sort();
  } catch (err) {
    throw new Error(`cannot read the seed folder ${seedDir}: ${(err as Error).message}`, { cause: err });
  }
  const set: SeedSet = { statements: [], statementCount: 0, problems: [] };
  if (names.length === 0) {
    set.problems.push({ file: label, line: 0, message: `no .cypher files in ${seedDir}` });
  }
  for (const name of names) {
    const file = `${label}/${name}`;
    const text = await readFile(path.join(seedDir, name), 'utf8');
    parseSeedText(text, file, set);
  }
  return set;
}

/** Splits and parses one file's text into `set` (exported for tests with inline text). */
export function parseSeedText(text: string, file: string, set: SeedSet): void {
  let pieces;
  try {
    pieces = splitStatements(text, file);
  } catch (err) {
    const m = /^.*?:(\d+): (.*)$/s.exec((err as Error).message);
    set.problems.push({ file, line: m ? Number(m[1]) : 0, message: m ? m[2]! : (err as Error).message });
    return;
  }
  for (const piece of pieces) {
    set.statementCount++;
    try {
      set.statements.push({
        ...parseSeedStatement(piece.text),
        file,
        line: piece.line,
        seq: set.statementCount,
      });
    } catch (err) {
      if (!(err instanceof SeedParseError)) throw err;
      set.problems.push({ file, line: piece.line, message: err.message });
    }
  }
}
