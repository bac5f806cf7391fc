// What one drawn edge says as a whole, from the citations that passed the filter: its stance,
// modality and credibility (the strongest the citations give). Whether its sources disagree is
// core/disagreement.ts's rule.
import {
  CREDIBILITY_LEVELS,
  MODALITIES,
  type Credibility,
  type Modality,
  type Stance,
} from '../../../core/model.ts';

interface CitationWords {
  stance: string;
  modality: string;
  credibility: string;
}

/** The first of `order` that some citation has: the strongest word they give. */
function strongest<T extends string>(order: readonly T[], words: readonly string[]): T | undefined {
  return order.find((w) => words.includes(w));
}

/** ASSERTED if any citation asserts it, else UNCLEAR if one calls it unclear, else DENIED. */
export function edgeStance(citations: readonly CitationWords[]): Stance {
  const order: readonly Stance[] = ['asserted', 'unclear', 'denied'];
  return (
    strongest(
      order,
      citations.map((c) => c.stance),
    ) ?? 'asserted'
  );
}

/** ACTUAL if any citation states it as fact, else INTENDED if one gives it as an aim, else EXPECTED. */
export function edgeModality(citations: readonly CitationWords[]): Modality {
  return (
    strongest(
      MODALITIES,
      citations.map((c) => c.modality),
    ) ?? 'actual'
  );
}

/** The strongest credibility among the asserting citations, or among all when none asserts. */
export function edgeCredibility(citations: readonly CitationWords[]): Credibility {
  const asserting = citations.filter((c) => c.stance === 'asserted');
  const pool = asserting.length > 0 ? asserting : citations;
  const found = strongest(
    CREDIBILITY_LEVELS,
    pool.map((c) => c.credibility),
  );
  if (!found) throw new Error('a drawn edge came back without a citation with a credibility');
  return found;
}
