// The export's read queries, loaded once from cypher/queries/export-*.cypher (one query a file,
// readable in Neo4j Browser; the header of each file lists its parameters and columns).
import { readFileSync } from 'node:fs';

export const EXPORT_QUERY_NAMES = [
  'export-entities',
  'export-focus-check',
  'export-focus-step',
  'export-relationships',
  'export-claims',
  'export-sources',
  'export-constraints',
  'export-indexes',
] as const;
export type ExportQueryName = (typeof EXPORT_QUERY_NAMES)[number];

const cache = new Map<ExportQueryName, string>();

export function exportQuery(name: ExportQueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../../../cypher/queries/${name}.cypher`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}
