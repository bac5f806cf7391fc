// Runs the real validator (cypher/validate) on the seed files with the candidate file among them,
// in a temp copy of the seed folder, and reports each problem the candidate brings against the
// sheet row it came from, with the column the message is about.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../validate/problem.ts';
import { validateSeedsReport } from '../validate/validate-seeds.ts';
import type { ImportProblem } from './problem.ts';
import type { RenderedSeed } from './render-seed.ts';

/** Which column a validator message is about (canonical names; the first match wins). */
const MESSAGE_COLUMNS: [RegExp, string][] = [
  [/^intent-words:/, 'modality'],
  [/^denial-words:/, 'stance'],
  [/^parts-of:/, 'type'],
  [/^former:/, 'tense'],
  [/override/, 'override'],
  [/^reliability /, 'reliability'],
  [/alias/, 'aliases'],
  [/category/, 'category'],
  [/\brole\b/, 'role'],
  [/validFrom/, 'validFrom'],
  [/validTo/, 'validTo'],
  [/attributedTo/, 'speaker'],
  [/\bnote\b/, 'note'],
  [/not in paragraph|paragraph must/, 'paragraph'],
  [/quote/, 'quote'],
  [/relationship id|duplicate id/, 'id'],
];

export interface CandidateCheck {
  /** The temp seed folder: the other seed files, without the one the import replaces. */
  seedDir: string;
  corpusDir: string;
  /** How problems name the seed folder (`seed`). */
  seedLabel: string;
  /** The candidate's file name inside the seed folder. */
  fileName: string;
  rendered: RenderedSeed;
  /** The header a sheet gives a canonical column, for messages. */
  headerOf: (file: string, column: string) => string;
}

export async function checkCandidate(check: CandidateCheck): Promise<ImportProblem[]> {
  const options = { seedDir: check.seedDir, corpusDir: check.corpusDir, seedLabel: check.seedLabel };
  const before = new Set((await validateSeedsReport(options)).problems.map(formatProblem));
  await writeFile(path.join(check.seedDir, check.fileName), check.rendered.text);
  const after = (await validateSeedsReport(options)).problems.filter((p) => !before.has(formatProblem(p)));
  const candidate = `${check.seedLabel}/${check.fileName}`;
  const starts = [...check.rendered.origins.keys()].sort((a, b) => a - b);
  return after.map((p): ImportProblem => {
    if (p.file !== candidate) {
      // A problem the candidate causes in another file (rare: the validator reports the later one).
      return { file: p.file, message: `${formatProblem(p)} (with the imported facts)` };
    }
    const start = starts.filter((s) => s <= p.line).pop();
    const origin = start === undefined ? undefined : check.rendered.origins.get(start);
    if (origin === undefined) return { file: candidate, message: formatProblem(p) };
    const column = MESSAGE_COLUMNS.find(([pattern]) => pattern.test(p.message))?.[1];
    return {
      file: origin.file,
      row: origin.row,
      ...(column === undefined ? {} : { column: check.headerOf(origin.file, column) }),
      message: p.message,
    };
  });
}
