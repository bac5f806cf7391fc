// The validator as a function: loads the seed folder and the corpus (corpus/: each document's
// metadata and text; the sources) and runs every family of checks, without a database. `npm run validate` (cypher/validate-cli.ts) prints what it returns.
import { checkAliases } from './check-aliases.ts';
import { checkDates } from './check-dates.ts';
import { checkIds } from './check-ids.ts';
import { checkModel } from './check-model.ts';
import { checkProvenance } from './check-provenance.ts';
import { checkQuotes } from './check-quotes.ts';
import { checkReliability } from './check-reliability.ts';
import { checkWording } from './check-wording.ts';
import { buildIndex } from './graph-index.ts';
import { readCorpus } from '../corpus/read-corpus.ts';
import { loadSeeds } from './load-seeds.ts';
import { sortProblems, type Problem } from './problem.ts';

export type { Problem } from './problem.ts';

export interface ValidateOptions {
  seedDir: string;
  corpusDir: string;
  /** How problems name the seed folder (default: its base name, e.g. `seed/10-groups.cypher:5`). */
  seedLabel?: string;
}

export interface ValidationReport {
  problems: Problem[];
  statements: number;
  nodes: number;
  relationships: number;
  claims: number;
}

export async function validateSeedsReport({
  seedDir,
  corpusDir,
  seedLabel,
}: ValidateOptions): Promise<ValidationReport> {
  const seeds = await loadSeeds(seedDir, seedLabel);
  const corpus = readCorpus(corpusDir);
  const index = buildIndex(seeds, corpus);
  const problems = [
    ...seeds.problems,
    ...checkModel(index),
    ...checkIds(index),
    ...checkProvenance(index),
    ...checkReliability(index),
    ...checkWording(index),
    ...checkQuotes(index),
    ...checkAliases(index),
    ...checkDates(index),
  ];
  if (corpus.documents.length === 0)
    problems.push({
      file: corpusDir,
      line: 0,
      message: 'the corpus folder holds no documents (<id>.json with its .txt)',
    });
  return {
    problems: sortProblems(problems),
    statements: seeds.statementCount,
    nodes: index.nodes.length,
    relationships: index.relationships.length,
    claims: index.claims.length,
  };
}

/** Every problem in the seed folder, sorted by file and line; empty when the seeds are valid. */
export async function validateSeeds(options: ValidateOptions): Promise<Problem[]> {
  return (await validateSeedsReport(options)).problems;
}
