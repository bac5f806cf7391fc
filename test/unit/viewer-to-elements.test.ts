// Unit tests for viewer/src/to-elements.ts: the API's drawn edges kept as they come, in reading order.
import { describe, expect, it } from 'vitest';
import { cite, edge, ent } from './viewer-fixtures.ts';
import { displayName, toElements } from '../../viewer/src/to-elements.ts';

describe('toElements', () => {
  it("keeps the API's edges, ids and grouping as they come", () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      edges: [
        {
          ...edge('a', 'OFFSHOOT_OF', 'b', [cite('1'), cite('2', { stance: 'denied' })]),
          disagreement: true,
        },
        edge('a', 'RIVAL_OF', 'b', [cite('3')]),
      ],
    });
    expect(out.nodes).toHaveLength(2);
    expect(out.edges.map((e) => e.data.id)).toEqual(['a--OFFSHOOT_OF--b', 'a--RIVAL_OF--b']);
    const offshoot = out.edges[0]!.data;
    expect(offshoot).toMatchObject({
      source: 'a',
      target: 'b',
      symmetric: false,
      disagreement: true,
      shown: 2,
    });
    expect(out.edges[1]!.data.symmetric).toBe(true);
  });

  it('orders citations for reading: asserted before unclear before denied, facts before aims, strongest first', () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      edges: [
        edge('a', 'TARGETED', 'b', [
          cite('denied', { stance: 'denied' }),
          cite('aim', { modality: 'intended' }),
          cite('unclear', { stance: 'unclear' }),
          cite('alleged', { credibility: 'alleged' }),
          cite('fact'),
        ]),
      ],
    });
    expect(out.edges[0]!.data.citations.map((c) => c.id)).toEqual([
      'fact',
      'alleged',
      'aim',
      'unclear',
      'denied',
    ]);
  });

  it('leaves out and counts edges whose ends are missing', () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      edges: [edge('a', 'LINKED_TO', 'zzz', [cite('1')]), edge('a', 'LINKED_TO', 'b', [cite('2')])],
    });
    expect(out.dangling).toBe(1);
    expect(out.edges).toHaveLength(1);
  });

  it('labels long names with a shorter alias', () => {
    expect(
      displayName({
        name: 'Islamic State Khorasan Province',
        aliases: ['Islamic State Khorasan Province', 'ISIS-K', 'ISKP'],
      }),
    ).toBe('ISIS-K');
    expect(displayName({ name: 'Haqqani network', aliases: [] })).toBe('Haqqani network');
    expect(displayName({ name: 'A very long name without any alias at all', aliases: [] })).toMatch(/…$/);
  });
});
