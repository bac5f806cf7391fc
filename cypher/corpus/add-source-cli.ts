// `npm run add-source -- <file> --title … --date … [--publisher …] [--speakers "A; B"] [--kind …]`:
// copies a document's text into the corpus with its metadata, under the next free id, and prints
// what to do next. Adding the same text twice changes nothing and names the id it already has.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePeriod } from '../../core/dates.ts';
import { SOURCE_KINDS } from '../../core/model.ts';
import { CORPUS_DIR } from '../paths.ts';
import { readCorpus } from './read-corpus.ts';
import { parseSourceMeta } from './source-meta.ts';

const USAGE = `usage: npm run add-source -- <file.txt> --title <title> --date <YYYY|YYYY-MM|YYYY-MM-DD>
    [--publisher <name>] [--speakers "<name>; <name>"] [--kind ${SOURCE_KINDS.join('|')}]
    [--date-note <how the date was worked out>] [--terms <licence or terms>] [--corpus <dir>]`;

export class AddSourceError extends Error {
  override name = 'AddSourceError';
}

export interface AddSourceOptions {
  file: string;
  title: string;
  date: string;
  publisher?: string | undefined;
  speakers?: string[] | undefined;
  kind?: string | undefined;
  dateNote?: string | undefined;
  terms?: string | undefined;
  corpusDir?: string | undefined;
}

/** Adds the document; returns its id and whether it was new. Throws AddSourceError, writing nothing. */
export function addSource(options: AddSourceOptions): { id: string; file: string; added: boolean } {
  const corpusDir = options.corpusDir ?? CORPUS_DIR;
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.file);
  } catch (error) {
    throw new AddSourceError(`cannot read ${options.file}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AddSourceError(`${options.file} is not UTF-8 text: save it as UTF-8 and try again`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new AddSourceError(`${options.file} is empty`);
  const period = parsePeriod(options.date);
  if (!period) {
    throw new AddSourceError(
      `--date "${options.date}" is not a real year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)`,
    );
  }
  const corpus = readCorpus(corpusDir);
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const same = corpus.documents.find((d) => d.text === text);
  if (same) return { id: same.meta.id, file: same.meta.file, added: false };
  const highest = Math.max(-1, ...corpus.documents.map((d) => Number(d.meta.id.slice(4))));
  const number = String(highest + 1).padStart(3, '0');
  const id = `doc-${number}`;
  const file = `${number}_${digest}.txt`;
  const parts = options.date.trim().split('-').length;
  const parsed = parseSourceMeta({
    id,
    title: options.title,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    date: period.from,
    datePrecision: parts === 1 ? 'year' : parts === 2 ? 'month' : 'day',
    ...(options.dateNote ? { dateNote: options.dateNote } : {}),
    speakers: options.speakers ?? [],
    kind: options.kind ?? 'article',
    file,
    ...(options.terms ? { terms: options.terms } : {}),
  });
  if (!parsed.ok) throw new AddSourceError(parsed.problems.join('; '));
  writeFileSync(join(corpusDir, file), text);
  writeFileSync(join(corpusDir, `${id}.json`), `${JSON.stringify(parsed.meta, null, 2)}\n`);
  return { id, file, added: true };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        publisher: { type: 'string' },
        speakers: { type: 'string' },
        kind: { type: 'string' },
        'date-note': { type: 'string' },
        terms: { type: 'string' },
        corpus: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`add-source: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.title || !values.date) {
    console.error(`add-source: give one text file, --title and --date\n${USAGE}`);
    return 2;
  }
  try {
    const result = addSource({
      file: positionals[0]!,
      title: values.title,
      date: values.date,
      publisher: values.publisher,
      speakers: values.speakers
        ?.split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      kind: values.kind,
      dateNote: values['date-note'],
      terms: values.terms,
      corpusDir: values.corpus,
    });
    if (!result.added) {
      console.log(
        `add-source: this text is already in the corpus as ${result.id} (${result.file}); nothing changed`,
      );
      return 0;
    }
    console.log(`add-source: added ${result.id} as corpus/${result.file} with corpus/${result.id}.json`);
    console.log(`Next:
  1. Check corpus/${result.id}.json (speakers, kind, terms, dateNote).
  2. Write its facts in a sheet, one row per fact (README, "Add your own documents").
  3. npm run import -- <facts.csv> [--entities <entities.csv>] --source ${result.id}
  4. npm run validate, then npm run seed (or restart npm start).`);
    return 0;
  } catch (error) {
    if (!(error instanceof AddSourceError)) throw error;
    console.error(`add-source: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
