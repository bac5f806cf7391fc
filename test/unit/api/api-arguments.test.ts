// Unit tests of argument checking: graph filters to query parameters, cursors, ranges, dates.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../../core/model.ts';
import {
  SYMMETRIC_TYPES,
  dateWindow,
  decodeCursor,
  encodeCursor,
  graphFilterParams,
  intInRange,
} from '../../../api/src/schema/arguments.ts';
import { parseIsoDay } from '../../../api/src/schema/scalars.ts';

describe('graphFilterParams', () => {
  it('defaults to every type, confidence and kind, with no window', () => {
    const p = graphFilterParams(undefined);
    expect(p.types).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(p.confidences).toEqual(['reported', 'alleged', 'suspected', 'disputed']);
    expect(p.kinds).toEqual(['Group', 'Event', 'Place']);
    expect(p.windowStart).toBeNull();
    expect(p.sources).toBeNull();
    expect(p.symmetricTypes).toEqual(SYMMETRIC_TYPES);
    expect(SYMMETRIC_TYPES).toContain('RIVAL_OF');
    expect(SYMMETRIC_TYPES).not.toContain('DEFECTED_FROM');
  });
  it('keeps minConfidence and the levels above it', () => {
    expect(graphFilterParams({ minConfidence: 'alleged' }).confidences).toEqual(['reported', 'alleged']);
  });
  it('turns asOf into a one-day window of Neo4j dates', () => {
    const p = graphFilterParams({ asOf: '2014-12-31' });
    expect(p.windowStart?.toString()).toBe('2014-12-31');
    expect(p.windowEnd?.toString()).toBe('2014-12-31');
  });
  it('rejects asOf with from/to, from after to, and empty lists', () => {
    expect(() => graphFilterParams({ asOf: '2015-01-01', from: '2014-01-01' })).toThrow(/filter.asOf/);
    expect(() => dateWindow({ from: '2021-01-01', to: '2020-01-01' }, 'filter')).toThrow(/is after/);
    expect(() => graphFilterParams({ types: [] })).toThrow(/filter.types.*empty list/);
  });
});

describe('cursors and ranges', () => {
  it('round-trips a cursor and rejects a forged one', () => {
    expect(decodeCursor(encodeCursor('islamic state', 'islamic-state'))).toEqual({
      afterKey: 'islamic state',
      afterId: 'islamic-state',
    });
    expect(decodeCursor(null)).toEqual({ afterKey: null, afterId: null });
    expect(() => decodeCursor('not-a-cursor')).toThrow(/Argument 'after'/);
  });
  it('checks whole numbers against their range', () => {
    expect(intInRange(undefined, 1, 1, 3, 'depth')).toBe(1);
    expect(() => intInRange(4, 1, 1, 3, 'depth')).toThrow(
      /Argument 'depth': must be a whole number from 1 to 3 \(got 4\)/,
    );
  });
  it('accepts only real calendar days', () => {
    expect(parseIsoDay('2021-08-26')).toBe('2021-08-26');
    expect(() => parseIsoDay('2021-02-30')).toThrow(/real calendar day/);
    expect(() => parseIsoDay('2021')).toThrow(/YYYY-MM-DD/);
  });
});
