// Reads the corpus folder: each document's metadata (<id>.json) with its text (<file>.txt), checked
// together. The validator, the seed loader (which makes the :Source nodes from it), the import
// and add-source all read documents through here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsOf, type Paragraph } from '../../core/paragraphs.ts';
import { parseSourceMeta, type SourceMeta } from './source-meta.ts';

export interface CorpusDocument {
  meta: SourceMeta;
  text: string;
  paragraphs: Paragraph[];
}

export interface CorpusProblem {
  /** The corpus file the problem is in. */
  file: string;
  message: string;
}

export interface Corpus {
  dir: string;
  documents: CorpusDocument[];
  byId: Map<string, CorpusDocument>;
  problems: CorpusProblem[];
}

/** Every document of `dir`, sorted by id; problems list what does not fit (nothing throws but a missing folder). */
export function readCorpus(dir: string): Corpus {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`cannot read the corpus folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const problems: CorpusProblem[] = [];
  const documents: CorpusDocument[] = [];
  const texts = new Set(names.filter((n) => n.endsWith('.txt')));
  const used = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const path = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file: path, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseSourceMeta(json);
    if (!parsed.ok) {
      for (const message of parsed.problems) problems.push({ file: path, message });
      continue;
    }
    const { meta } = parsed;
    if (`${meta.id}.json` !== name) {
      problems.push({ file: path, message: `the file of ${meta.id} must be named ${meta.id}.json` });
    }
    if (!texts.has(meta.file)) {
      problems.push({ file: path, message: `its text ${meta.file} is not in the corpus folder` });
      continue;
    }
    if (used.has(meta.file))
      problems.push({ file: path, message: `${meta.file} is claimed by two documents` });
    used.add(meta.file);
    const text = readFileSync(join(dir, meta.file), 'utf8');
    documents.push({ meta, text, paragraphs: paragraphsOf(text) });
  }
  for (const name of texts) {
    if (!used.has(name)) {
      problems.push({
        file: join(dir, name),
        message: 'a text without metadata: add its <id>.json (npm run add-source)',
      });
    }
  }
  documents.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return { dir, documents, byId: new Map(documents.map((d) => [d.meta.id, d])), problems };
}
