// Unit tests of claims side by side: grouping, the disagreement flag, the display phrase.
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../cypher/db/types.ts';
import { displayClaim, displayDate, groupClaims } from '../../../api/src/schema/claim-groups.ts';

const subject = {
  id: 'airport-attack',
  name: 'Airport attack',
  category: 'attack',
  labels: ['Entity', 'Event'],
};
function claim(id: string, source: string, value: number, refersTo: string, property = 'killed'): ClaimRow {
  return {
    id,
    property,
    value,
    valueDate: null,
    valuePrecision: null,
    valueText: null,
    qualifier: 'at least',
    unit: 'people',
    refersTo,
    asOf: null,
    asOfPrecision: null,
    quote: 'q',
    confidence: 'reported',
    attributedTo: null,
    note: null,
    subject,
    source: {
      id: source,
      title: source,
      publisher: null,
      date: null,
      datePrecision: null,
      dateNote: null,
      speakers: null,
      file: null,
      kind: null,
    },
  };
}

describe('groupClaims', () => {
  it('groups by entity and property and flags different figures from different sources', () => {
    const groups = groupClaims([
      claim('a', 'doc-001', 60, 'people killed'),
      claim('b', 'doc-003', 79, 'Afghans killed'),
      claim('c', 'doc-003', 2200, 'fighters', 'fighters'),
    ]);
    expect(groups.map((g) => [g.property, g.sources, g.disagreement])).toEqual([
      ['killed', ['doc-001', 'doc-003'], true],
      ['fighters', ['doc-003'], false],
    ]);
  });
  it('does not flag two sources that agree', () => {
    const [group] = groupClaims([
      claim('a', 'doc-001', 60, 'people killed'),
      claim('b', 'doc-002', 60, 'people killed'),
    ]);
    expect(group?.disagreement).toBe(false);
  });
});

describe('displayClaim', () => {
  it('reads as a phrase', () => {
    expect(displayClaim(claim('a', 'doc-001', 100000000, 'outside funding'))).toBe(
      'at least 100,000,000 people (outside funding)',
    );
  });
  it('writes dates as precisely as the document gives them', () => {
    expect(displayDate('2015-01-01', 'year')).toBe('2015');
    expect(displayDate('2015-01-01', 'month')).toBe('January 2015');
    expect(displayDate('2021-08-26', 'day')).toBe('26 August 2021');
  });
});
