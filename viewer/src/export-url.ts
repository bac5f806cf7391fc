// The data-export link for the current view: /export/<format> with the same scope as the page
// (types, categories, minimum confidence, date, focus and depth). Pure, unit-tested.
import { RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import { ALL_CATEGORIES, type ViewState } from './url-state.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (nodes, relationships, sources)',
  csv: 'CSV (zip of tables)',
  graphml: 'GraphML (yEd, igraph, NetworkX)',
  gexf: 'GEXF (Gephi)',
  cypher: 'Cypher (re-load into Neo4j)',
};

export function exportUrl(format: ExportFormat, state: ViewState): string {
  const q = new URLSearchParams();
  if (state.types.length !== RELATIONSHIP_TYPE_NAMES.length) q.set('types', state.types.join(','));
  if (state.categories.length !== ALL_CATEGORIES.length) q.set('categories', state.categories.join(','));
  if (state.minConfidence !== 'disputed') q.set('minConfidence', state.minConfidence);
  if (state.asOf) q.set('asOf', state.asOf);
  if (state.focus) {
    q.set('focus', state.focus);
    q.set('depth', String(state.depth));
  }
  const s = q.toString().replace(/%2C/g, ',');
  return `/export/${format}${s ? `?${s}` : ''}`;
}
