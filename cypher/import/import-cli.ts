// `npm run import -- <facts.csv> [--entities <entities.csv>] --source <doc-id> [--out <file>]`:
// writes the sheet's facts as a seed file (default cypher/seed/40-<doc-id>-import.cypher), or
// prints every problem by file, row and column and writes nothing (exit 1).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importSheets, writeImport } from './import-sheets.ts';
import { formatImportProblem, ImportError } from './problem.ts';

const USAGE = `usage: npm run import -- <facts.csv> --source <doc-id> [--entities <entities.csv>] [--out <file>]
    [--seed <dir>] [--corpus <dir>]
  facts.csv     one row per fact: from, type, to, quote, stance, modality, credibility, reliability
                (required), speaker, validFrom, validTo, tense, note, role, override, paragraph, id;
                the CSV export's edges.csv is accepted as it is
  --entities    one row per new entity: id, name, aliases (separated by ";"), kind, category
  --source      the corpus document every quote is from (npm run add-source gives its id)
  --out         the seed file to write (default cypher/seed/40-<doc-id>-import.cypher)
  --seed, --corpus  the seed and corpus folders (default cypher/seed and corpus)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        entities: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        corpus: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`import: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || values.source === undefined) {
    console.error(`import: give one facts sheet and --source\n${USAGE}`);
    return 2;
  }
  try {
    const result = await importSheets({
      factsFile: positionals[0]!,
      entitiesFile: values.entities,
      source: values.source,
      out: values.out,
      seedDir: values.seed,
      corpusDir: values.corpus,
    });
    const status = await writeImport(result);
    const where = path.relative(process.cwd(), result.outFile) || result.outFile;
    const counts = `${result.facts} fact(s), ${result.entities} entit${result.entities === 1 ? 'y' : 'ies'}`;
    if (result.skipped.length > 0) {
      console.log(
        `left out ${result.skipped.length} HAS_CLAIM row(s) (rows ${result.skipped.join(', ')}): claims are not imported from sheets`,
      );
    }
    if (status === 'unchanged') console.log(`${where}: unchanged (${counts})`);
    else {
      console.log(`${where}: written (${counts})`);
      console.log('next: npm run validate, then npm run seed');
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    for (const p of error.problems) console.error(formatImportProblem(p));
    console.error(`import: ${error.problems.length} problem(s); nothing written`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`import: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
