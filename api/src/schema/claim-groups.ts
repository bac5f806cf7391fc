// Puts claims side by side: grouped by entity and property, in the order the query gave them,
// flagged when two or more documents give different figures. Pure, so it is unit tested alone.
import type { ClaimRow } from '../../../cypher/db/types.ts';

export interface ClaimGroup {
  subject: ClaimRow['subject'];
  property: string;
  claims: ClaimRow[];
  sources: string[];
  disagreement: boolean;
}

function figure(claim: ClaimRow): string {
  return JSON.stringify([
    claim.value,
    claim.valueText,
    claim.valueDate,
    claim.qualifier,
    claim.unit,
    claim.refersTo,
  ]);
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
  for (const group of groups.values()) {
    const figures = new Set(group.claims.map(figure));
    group.disagreement = group.sources.length >= 2 && figures.size >= 2;
  }
  return [...groups.values()];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as the document: `2015`, `January 2015`, `26 August 2021`. */
export function displayDate(isoDay: string, precision: string | null): string {
  const [y, m, d] = isoDay.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'year') return `${y}`;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** The figure as a phrase: `at least 60 people (people killed)`, `about 300,000,000 USD per year`. */
export function displayClaim(claim: ClaimRow): string {
  const amount =
    claim.value !== null
      ? claim.value.toLocaleString('en-US')
      : (claim.valueText ?? (claim.valueDate ? displayDate(claim.valueDate, claim.valuePrecision) : '?'));
  const parts = [claim.qualifier, amount, claim.unit].filter((p): p is string => Boolean(p));
  return claim.refersTo ? `${parts.join(' ')} (${claim.refersTo})` : parts.join(' ');
}
