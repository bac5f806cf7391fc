// Unit tests of the claim as text (core/claim-text.ts) and of "sources disagree"
// (core/disagreement.ts), the one home of each rule for the API, the exports and the viewer.
import { describe, expect, it } from 'vitest';
import { claimFigure, claimLabel, claimText } from '../../../core/claim-text.ts';
import { citationsDisagree, claimsDisagree, type StatedClaim } from '../../../core/disagreement.ts';

describe('claim as text', () => {
  it('gives qualifier, number and unit, and what the figure counts', () => {
    const c = {
      property: 'killed',
      value: 60,
      qualifier: 'at least',
      unit: 'people',
      refersTo: 'people killed',
    };
    expect(claimFigure(c)).toBe('at least 60 people');
    expect(claimText(c)).toBe('at least 60 people (people killed)');
    expect(claimLabel(c)).toBe('killed: at least 60 people');
  });
  it("puts the document's words first, writes USD as dollars and dates as precisely as given", () => {
    expect(
      claimFigure({ value: 12, valueText: 'at least a dozen', qualifier: 'at least', unit: 'people' }),
    ).toBe('at least a dozen (12) people');
    expect(claimFigure({ value: 300000000, qualifier: 'about', unit: 'USD per year' })).toBe(
      'about $300,000,000 per year',
    );
    expect(claimFigure({ valueDate: '2015-01-01', valuePrecision: 'month' })).toBe('Jan 2015');
    expect(
      claimText({ valueText: 'suicide attack', refersTo: 'how the airport attack was carried out' }),
    ).toBe('suicide attack (how the airport attack was carried out)');
  });
});

function stated(source: string, over: Partial<StatedClaim> = {}): StatedClaim {
  return {
    property: 'killed',
    stance: 'asserted',
    source: { id: source },
    value: 60,
    valueText: null,
    valueDate: null,
    qualifier: 'at least',
    unit: 'people',
    refersTo: 'people killed',
    ...over,
  };
}

describe('sources disagree', () => {
  it('on claims: two documents assert different figures, or one denies what another asserts', () => {
    expect(claimsDisagree([stated('doc-001'), stated('doc-003', { value: 79 })])).toBe(true);
    expect(claimsDisagree([stated('doc-001'), stated('doc-002')])).toBe(false);
    expect(claimsDisagree([stated('doc-001'), stated('doc-001', { value: 12 })])).toBe(false);
    expect(claimsDisagree([stated('doc-001'), stated('doc-002', { stance: 'denied' })])).toBe(true);
  });
  it('not on two descriptions of how something was done', () => {
    const how = (source: string, valueText: string) =>
      stated(source, { property: 'attack-method', value: null, qualifier: null, unit: null, valueText });
    expect(
      claimsDisagree([how('doc-000', 'suicide attack'), how('doc-003', 'gunmen and suicide bomber')]),
    ).toBe(false);
  });
  it('on edges: one citation asserts and another denies', () => {
    expect(citationsDisagree([{ stance: 'asserted' }, { stance: 'denied' }])).toBe(true);
    expect(citationsDisagree([{ stance: 'asserted' }, { stance: 'unclear' }])).toBe(false);
    expect(citationsDisagree([{ stance: 'denied' }])).toBe(false);
  });
});
