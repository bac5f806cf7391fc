// Unit tests of claims side by side: grouping by entity and property, and the flag the API serves
// when sources disagree (core/disagreement.ts's rule).
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../cypher/db/types.ts';
import { groupClaims } from '../../../api/src/schema/claim-groups.ts';

const subject = {
  id: 'kabul-airport-attack',
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
    paragraph: 1,
    stance: 'asserted',
    modality: 'actual',
    credibility: 'reported',
    reliability: 'C',
    tense: null,
    validFrom: null,
    validFromPrecision: null,
    validTo: null,
    validToPrecision: null,
    knownFrom: null,
    knownTo: null,
    possibleFrom: null,
    possibleTo: null,
    timeStatus: null,
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
  it('does not flag two sources that agree, nor one source giving two figures', () => {
    const [agree] = groupClaims([
      claim('a', 'doc-001', 60, 'people killed'),
      claim('b', 'doc-002', 60, 'people killed'),
    ]);
    expect(agree?.disagreement).toBe(false);
    const [one] = groupClaims([
      claim('a', 'doc-001', 60, 'people killed'),
      claim('b', 'doc-001', 12, 'US Marines killed'),
    ]);
    expect(one?.disagreement).toBe(false);
  });
});
