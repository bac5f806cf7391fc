// Links shared before the stance/credibility model keep opening the same view: the viewer then
// named a drawn edge `TYPE:start:end` (symmetric types with the smaller id first, as the API does)
// and filtered by `minConfidence`. Pure; url-state.ts applies it when it reads a link.
import { RELATIONSHIP_TYPES, type Credibility } from '../../core/model.ts';

const LEGACY_EDGE = /^([A-Z_]+):([^:]+):([^:]+)$/;

/** `RIVAL_OF:afghan-taliban:iskp` → the API's `afghan-taliban--RIVAL_OF--iskp`; else undefined. */
export function edgeIdFromLegacy(id: string): string | undefined {
  const m = LEGACY_EDGE.exec(id);
  if (!m || !Object.hasOwn(RELATIONSHIP_TYPES, m[1]!)) return undefined;
  return `${m[2]}--${m[1]}--${m[3]}`;
}

/**
 * The old confidence words were a scale of hedging with `disputed` at the weak end, which showed
 * everything; the same view now is every credibility level (denials are a stance, not a grade).
 */
const FROM_CONFIDENCE: Record<string, Credibility> = {
  reported: 'reported',
  alleged: 'alleged',
  suspected: 'suspected',
  disputed: 'suspected',
};

export function minCredibilityFromLegacy(word: string): Credibility | undefined {
  return FROM_CONFIDENCE[word];
}
