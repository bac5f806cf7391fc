// Puts claims side by side: grouped by entity and property, in the order the query gave them,
// flagged by core/disagreement.ts when sources disagree. Pure, so it is unit tested alone.
import { claimsDisagree } from '../../../core/disagreement.ts';
import type { ClaimRow } from '../../../cypher/db/types.ts';

export interface ClaimGroup {
  subject: ClaimRow['subject'];
  property: string;
  claims: ClaimRow[];
  sources: string[];
  disagreement: boolean;
}

export function groupClaims(claims: readonly ClaimRow[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    const key = `${claim.subject.id}\u0000${claim.property}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        subject: claim.subject,
        property: claim.property,
        claims: [],
        sources: [],
        disagreement: false,
      };
      groups.set(key, group);
    }
    group.claims.push(claim);
    const sourceId = claim.source?.id;
    if (sourceId && !group.sources.includes(sourceId)) group.sources.push(sourceId);
  }
  for (const group of groups.values()) group.disagreement = claimsDisagree(group.claims);
  return [...groups.values()];
}
