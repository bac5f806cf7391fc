// Unit tests for viewer/src/to-elements.ts: parallel citations grouped into one drawn edge.
import { describe, expect, it } from 'vitest';
import { cite, ent } from './viewer-fixtures.ts';
import { displayName, mergeSubgraphs, toElements } from '../../viewer/src/to-elements.ts';

describe('toElements', () => {
  it('groups citations of one (start, type, end) into one edge, strongest confidence first', () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      citations: [
        cite('1', 'DEFECTED_FROM', 'a', 'b', { confidence: 'alleged', source: { id: 'doc-002' } }),
        cite('2', 'DEFECTED_FROM', 'a', 'b'),
        cite('3', 'OFFSHOOT_OF', 'a', 'b'),
      ],
    });
    expect(out.nodes).toHaveLength(2);
    expect(out.edges).toHaveLength(2);
    const defected = out.edges.find((e) => e.data.type === 'DEFECTED_FROM')!.data;
    expect(defected.citations.map((c) => c.id)).toEqual(['2', '1']);
    expect(defected.shown).toBe(2);
    expect(defected.symmetric).toBe(false);
    expect(defected.source).toBe('a');
  });

  it('merges both directions of a symmetric type into one edge', () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      citations: [cite('1', 'RIVAL_OF', 'b', 'a'), cite('2', 'RIVAL_OF', 'a', 'b')],
    });
    expect(out.edges).toHaveLength(1);
    expect(out.edges[0]!.data).toMatchObject({ source: 'a', target: 'b', symmetric: true, shown: 2 });
  });

  it('leaves out and counts citations whose ends are missing, and ignores duplicate ids', () => {
    const out = toElements({
      entities: [ent('a'), ent('b')],
      citations: [
        cite('1', 'LINKED_TO', 'a', 'zzz'),
        cite('2', 'LINKED_TO', 'a', 'b'),
        cite('2', 'LINKED_TO', 'a', 'b'),
      ],
    });
    expect(out.dangling).toBe(1);
    expect(out.edges).toHaveLength(1);
    expect(out.edges[0]!.data.citations).toHaveLength(1);
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

  it('merges subgraphs without duplicates', () => {
    const merged = mergeSubgraphs(
      { entities: [ent('a')], citations: [cite('1', 'LINKED_TO', 'a', 'b')] },
      {
        entities: [ent('a'), ent('b')],
        citations: [cite('1', 'LINKED_TO', 'a', 'b'), cite('2', 'RIVAL_OF', 'a', 'b')],
      },
    );
    expect(merged.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged.citations.map((c) => c.id)).toEqual(['1', '2']);
  });
});
