// What one drawn edge says as a whole: the citation that leads it, in reading order (asserted, then
// unclear, then denied; facts, then aims, then forecasts; strongest credibility first). The edge
// takes that one citation's stance, modality and credibility, never a mix of words from different
// citations (an asserted aim beside an unclear attack is not an asserted attack). The API serves
// it on GraphEdge; the viewer draws an edge like the leading citation that passes its filters.
import { CREDIBILITY_LEVELS, MODALITIES, type Credibility, type Modality, type Stance } from './model.ts';

export const STANCE_ORDER: readonly Stance[] = ['asserted', 'unclear', 'denied'];

export interface CitationWords {
  stance: Stance;
  modality: Modality;
  credibility: Credibility;
  source?: { id: string } | null;
}

/** Sorts citations into reading order; ties go by source id, so the order is stable. */
export function byReadingOrder(a: CitationWords, b: CitationWords): number {
  return (
    STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
    MODALITIES.indexOf(a.modality) - MODALITIES.indexOf(b.modality) ||
    CREDIBILITY_LEVELS.indexOf(a.credibility) - CREDIBILITY_LEVELS.indexOf(b.credibility) ||
    (a.source?.id ?? '').localeCompare(b.source?.id ?? '')
  );
}

/** The citation that leads the edge; undefined for none. */
export function leadingCitation<T extends CitationWords>(citations: readonly T[]): T | undefined {
  return [...citations].sort(byReadingOrder)[0];
}

/** The edge's stance, modality and credibility: its leading citation's. */
export function edgeSummary(
  citations: readonly CitationWords[],
): Pick<CitationWords, 'stance' | 'modality' | 'credibility'> {
  const lead = leadingCitation(citations);
  if (!lead) throw new Error('a drawn edge came back without a citation');
  return { stance: lead.stance, modality: lead.modality, credibility: lead.credibility };
}
