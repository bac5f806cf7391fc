// "Sources disagree": the one rule, for the figures of a claim group and for the citations of a
// drawn edge. The API serves the flag (ClaimGroup.disagreement, GraphEdge.disagreement); the viewer
// shows the API's flag and never works it out again.
import { ATTRIBUTE_CLAIM_PROPERTIES, type ClaimProperty } from './model.ts';

/** What the rule reads of one claim: who states it, whether they assert it, and its figure. */
export interface StatedClaim {
  property: string;
  stance: string;
  source: { id: string } | null;
  value: number | null;
  valueText: string | null;
  valueDate: string | null;
  qualifier: string | null;
  unit: string | null;
  refersTo: string | null;
}

const figureKey = (c: StatedClaim) =>
  JSON.stringify([c.value, c.valueText, c.valueDate, c.qualifier, c.unit, c.refersTo]);

const isAttribute = (c: StatedClaim) => ATTRIBUTE_CLAIM_PROPERTIES.includes(c.property as ClaimProperty);

/**
 * Claims about one property of one entity disagree when two documents give different figures
 * (among what they assert), or one asserts what another denies. Attribute claims in words
 * (attack-method, funding-method, recruitment-method) differ only by a denial: two descriptions
 * of how something was done complete each other, they do not contradict.
 */
export function claimsDisagree(claims: readonly StatedClaim[]): boolean {
  if (citationsDisagree(claims)) return true;
  const asserted = claims.filter((c) => c.stance === 'asserted' && !isAttribute(c) && c.source);
  return asserted.some((a, i) =>
    asserted.slice(i + 1).some((b) => a.source?.id !== b.source?.id && figureKey(a) !== figureKey(b)),
  );
}

/** The citations of one drawn edge disagree when one asserts it and another denies it. */
export function citationsDisagree(citations: readonly { stance: string }[]): boolean {
  return citations.some((c) => c.stance === 'asserted') && citations.some((c) => c.stance === 'denied');
}
