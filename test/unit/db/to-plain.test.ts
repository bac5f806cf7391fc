// toPlain: the driver's values become JSON-ready ones, the common kinds by their fast path and the
// driver's own types (Integer, temporal values, graph objects) as before.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../cypher/db/to-plain.ts';

describe('toPlain', () => {
  it('keeps strings, numbers and booleans, and makes null of undefined', () => {
    expect(toPlain('iskp')).toBe('iskp');
    expect(toPlain(3.5)).toBe(3.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(12n)).toBe(12);
  });

  it('turns Integers into numbers, and into strings past 2^53 so the digits stay exact', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('writes temporal values as Neo4j prints them', () => {
    expect(toPlain(new neo4j.types.Date(2015, 1, 26))).toBe('2015-01-26');
    expect(toPlain(new neo4j.types.Duration(0, 3, 0, 0))).toBe('P0M3DT0S');
  });

  it('walks lists and maps, nested, converting what is inside', () => {
    const row = {
      id: 'r1',
      count: neo4j.int(7),
      spans: [{ from: new neo4j.types.Date(2021, 8, 1), to: null }],
      source: { speakers: ['a', 'b'], missing: undefined },
    };
    const spans = row.spans;
    const plain = toPlain(row);
    expect(plain).toEqual({
      id: 'r1',
      count: 7,
      spans: [{ from: '2021-08-01', to: null }],
      source: { speakers: ['a', 'b'], missing: null },
    });
    // In place: the driver's own lists and maps, converted, not copies of them.
    expect(plain).toBe(row);
    expect((plain as { spans: unknown }).spans).toBe(spans);
  });

  it('gives a graph object its own fields, converted', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Entity'],
      { id: 'iskp', founded: neo4j.int(2015) },
      'e1',
    );
    expect(toPlain(node)).toEqual({
      identity: 1,
      labels: ['Entity'],
      properties: { id: 'iskp', founded: 2015 },
      elementId: 'e1',
    });
  });
});
