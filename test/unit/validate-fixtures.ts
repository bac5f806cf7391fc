// Tiny seed folders for the validator tests: a one-document corpus and a valid base seed set that
// each test extends with one defect, written to a fresh temp folder.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DOC =
  'The Alpha Front fought the Beta Army near Gamma City in 2020. It’s “quoted” here. ' +
  'The Alpha Front will attack Gamma City. The Beta Army is NOT an ally of the Alpha Front. ' +
  'Parts of Gamma City lie in the Delta Region. The Alpha Front used to hold Gamma City.\n';

/** The provenance every valid fact of the fixtures carries, after its id. */
export const AXES =
  "paragraph: 1, stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'";

/** The corpus document's metadata (corpus/doc-1.json): the one :Source of the fixtures. */
export const SOURCE_META = {
  id: 'doc-1',
  title: 'T',
  date: '2021-08-27',
  datePrecision: 'day',
  speakers: [],
  file: 'doc1.txt',
  kind: 'article',
};

export const GROUPS = [
  `CREATE (:Entity:Group {id: 'alpha', name: 'Alpha Front', aliases: ['Alpha Front'], category: 'militant-group'});`,
  `CREATE (:Entity:Group {id: 'beta', name: 'Beta Army', aliases: ['Beta Army'], category: 'state-force'});`,
  `CREATE (:Entity:Place {id: 'gamma', name: 'Gamma City', aliases: ['Gamma City'], category: 'city'});`,
].join('\n');

export const CLASH =
  `MATCH (a:Entity {id: 'alpha'}), (b:Entity {id: 'beta'})\n` +
  `CREATE (a)-[:CLASHED_WITH {id: 'alpha--clashed-with--beta--doc-1', source: 'doc-1', quote: 'The Alpha Front fought the Beta Army', ${AXES}}]->(b);`;

export interface Fixture {
  seedDir: string;
  corpusDir: string;
}

/** Writes `files` (name → text) as the seed folder, beside a corpus holding DOC as doc-1 (doc1.txt). */
export async function writeFixture(files: Record<string, string>): Promise<Fixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'kg-validate-'));
  const seedDir = path.join(root, 'seed');
  const corpusDir = path.join(root, 'corpus');
  await mkdir(seedDir);
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, 'doc1.txt'), DOC);
  await writeFile(path.join(corpusDir, 'doc-1.json'), JSON.stringify(SOURCE_META));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(seedDir, name), text);
  return { seedDir, corpusDir };
}

/** The base seed set plus `extra` statements in a third file (`20-facts.cypher`). */
export async function withFacts(extra: string): Promise<Fixture> {
  return writeFixture({
    '10-entities.cypher': GROUPS + '\n',
    '20-facts.cypher': extra + '\n',
  });
}
