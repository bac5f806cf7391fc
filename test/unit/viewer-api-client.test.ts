// Unit tests for the mapping in viewer/src/api-client.ts: GraphQL enums to the model's words, the
// API's drawn edges and claim groups kept as they come.
import { describe, expect, it } from 'vitest';
import { EVERY_STATEMENT, mapClaim, mapEdge, mapNode, matchedAlias } from '../../viewer/src/api-client.ts';

describe('api-client mapping', () => {
  it('maps a node, lower-casing enums', () => {
    expect(
      mapNode({
        id: 'iskp',
        name: 'Islamic State Khorasan Province',
        kind: 'GROUP',
        category: 'militant-group',
        aliases: ['ISKP'],
        validFrom: '2015-01-01',
        validFromPrecision: 'MONTH',
      }),
    ).toEqual({
      id: 'iskp',
      name: 'Islamic State Khorasan Province',
      aliases: ['ISKP'],
      label: 'Group',
      category: 'militant-group',
      validFrom: '2015-01-01',
      validFromPrecision: 'month',
      validTo: null,
      validToPrecision: null,
    });
  });

  it("keeps a drawn edge's id, grouping and summary, and maps each citation's axes", () => {
    const e = mapEdge({
      id: 'iskp--OFFSHOOT_OF--islamic-state',
      type: 'OFFSHOOT_OF',
      symmetric: false,
      source: 'iskp',
      target: 'islamic-state',
      stance: 'ASSERTED',
      modality: 'ACTUAL',
      credibility: 'REPORTED',
      disagreement: true,
      citations: [
        {
          id: 'iskp--offshoot-of--islamic-state--doc-000',
          source: { id: 'doc-000' },
          quote: 'So they’re not, in that sense, an offshoot of ISIS.',
          stance: 'DENIED',
          modality: 'ACTUAL',
          credibility: 'REPORTED',
          reliability: 'B',
          attributedTo: 'Anatol Lieven',
          tense: 'PRESENT',
          knownFrom: '2021-09-01',
          knownTo: '2021-09-30',
        },
      ],
    });
    expect(e).toMatchObject({
      id: 'iskp--OFFSHOOT_OF--islamic-state',
      stance: 'asserted',
      modality: 'actual',
      credibility: 'reported',
      disagreement: true,
    });
    expect(e.citations[0]).toMatchObject({
      stance: 'denied',
      reliability: 'B',
      attributedTo: 'Anatol Lieven',
      tense: 'present',
      knownFrom: '2021-09-01',
      possibleTo: null,
    });
  });

  it('maps a claim with its grades', () => {
    const c = mapClaim({
      id: 'c1',
      property: 'fighters',
      value: 2000,
      source: { id: 'doc-003' },
      quote: 'q',
      stance: 'ASSERTED',
      modality: 'EXPECTED',
      credibility: 'ESTIMATED',
      reliability: 'F',
    });
    expect(c).toMatchObject({
      stance: 'asserted',
      modality: 'expected',
      credibility: 'estimated',
      reliability: 'F',
    });
  });

  it('asks for every stance and modality, so the viewer can show denials without a new request', () => {
    expect(EVERY_STATEMENT).toEqual({
      stances: ['ASSERTED', 'DENIED', 'UNCLEAR'],
      modalities: ['ACTUAL', 'INTENDED', 'EXPECTED'],
    });
  });

  it('names the alias a search matched when the name does not contain the words', () => {
    expect(matchedAlias('Islamic State Khorasan Province', ['ISIS-K', 'ISKP'], 'iskp')).toBe('ISKP');
    expect(matchedAlias('Haqqani network', ['Haqqanis'], 'haqqani')).toBeNull();
  });
});
