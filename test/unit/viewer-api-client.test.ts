// Unit tests for the mapping in viewer/src/api-client.ts: GraphQL enums and grouped edges → viewer types.
import { describe, expect, it } from 'vitest';
import { mapEdges, mapNode, matchedAlias } from '../../viewer/src/api-client.ts';

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

  it('flattens grouped edges into one citation each', () => {
    const cites = mapEdges([
      {
        type: 'RIVAL_OF',
        source: 'afghan-taliban',
        target: 'iskp',
        citations: [
          { id: 'r1', source: { id: 'doc-001' }, quote: 'q1', confidence: 'REPORTED' },
          { id: 'r2', source: { id: 'doc-002' }, quote: 'q2', confidence: 'ALLEGED', attributedTo: 'X' },
        ],
      },
    ]);
    expect(cites).toHaveLength(2);
    expect(cites[1]).toMatchObject({
      id: 'r2',
      type: 'RIVAL_OF',
      start: 'afghan-taliban',
      end: 'iskp',
      confidence: 'alleged',
      attributedTo: 'X',
    });
  });

  it('names the alias a search matched when the name does not contain the words', () => {
    expect(matchedAlias('Islamic State Khorasan Province', ['ISIS-K', 'ISKP'], 'iskp')).toBe('ISKP');
    expect(matchedAlias('Haqqani network', ['Haqqanis'], 'haqqani')).toBeNull();
  });
});
