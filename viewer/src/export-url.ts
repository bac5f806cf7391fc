// The data-export link for the current view: /export/<format> with the same scope as the page
// (types, categories, stances, modalities, minimum credibility, date, focus and depth). The formats
// are core/export-formats.ts's. Pure, unit-tested.
import type { ExportFormat } from '../../core/export-formats.ts';
import { MODALITIES, RELATIONSHIP_TYPE_NAMES, STANCES } from '../../core/model.ts';
import { ALL_CATEGORIES, DEFAULT_STATE, type ViewState } from './url-state.ts';

/**
 * The export's own default is asserted, actual facts; the page draws more by default (unclear
 * facts, aims, forecasts), so its stances and modalities always travel with the link.
 */
export function exportUrl(format: ExportFormat, state: ViewState): string {
  const q = new URLSearchParams();
  if (state.types.length !== RELATIONSHIP_TYPE_NAMES.length) q.set('types', state.types.join(','));
  if (state.categories.length !== ALL_CATEGORIES.length) q.set('categories', state.categories.join(','));
  q.set('stances', STANCES.filter((s) => state.stances.includes(s)).join(','));
  q.set('modalities', MODALITIES.filter((m) => state.modalities.includes(m)).join(','));
  if (state.minCredibility !== DEFAULT_STATE.minCredibility) q.set('minCredibility', state.minCredibility);
  if (state.asOf) q.set('asOf', state.asOf);
  if (state.focus) {
    q.set('focus', state.focus);
    q.set('depth', String(state.depth));
  }
  const s = q.toString().replace(/%2C/g, ',');
  return `/export/${format}${s ? `?${s}` : ''}`;
}
