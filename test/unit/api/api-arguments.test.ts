// Unit tests of argument checking: graph filters to query parameters (the asserted, actual
// default, credibility, periods), cursors, ranges, Date and Period arguments.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../../core/model.ts';
import {
  SYMMETRIC_TYPES,
  dateWindow,
  decodeCursor,
  encodeCursor,
  factPredicate,
  graphFilterParams,
  intInRange,
} from '../../../api/src/schema/arguments.ts';
import { parseDate, parsePeriodArgument } from '../../../api/src/schema/scalars.ts';

const period = parsePeriodArgument;

describe('graphFilterParams', () => {
  it('defaults to asserted, actual facts of every type, credibility and kind, with no window', () => {
    const p = graphFilterParams(undefined);
    expect(p.types).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(p.stances).toEqual(['asserted']);
    expect(p.modalities).toEqual(['actual']);
    expect(p.credibilities).toEqual(['reported', 'estimated', 'alleged', 'suspected']);
    expect(p.kinds).toEqual(['Group', 'Event', 'Place']);
    expect(p.windowStart).toBeNull();
    expect(p.includePossible).toBe(false);
    expect(p.sources).toBeNull();
    expect(p.symmetricTypes).toEqual(SYMMETRIC_TYPES);
    expect(SYMMETRIC_TYPES).toContain('RIVAL_OF');
    expect(SYMMETRIC_TYPES).not.toContain('DEFECTED_FROM');
  });
  it('asks for other stances and modalities only when told, and keeps minCredibility and above', () => {
    const p = graphFilterParams({ stances: ['asserted', 'denied'], modalities: ['intended'] });
    expect(p.stances).toEqual(['asserted', 'denied']);
    expect(p.modalities).toEqual(['intended']);
    expect(graphFilterParams({ minCredibility: 'estimated' }).credibilities).toEqual([
      'reported',
      'estimated',
    ]);
  });
  it('turns asOf into the whole period it names, as Neo4j dates', () => {
    const year = graphFilterParams({ asOf: period('2014') });
    expect([year.windowStart?.toString(), year.windowEnd?.toString()]).toEqual(['2014-01-01', '2014-12-31']);
    const month = graphFilterParams({ asOf: period('2021-08'), includePossible: true });
    expect([month.windowStart?.toString(), month.windowEnd?.toString()]).toEqual([
      '2021-08-01',
      '2021-08-31',
    ]);
    expect(month.includePossible).toBe(true);
    const day = graphFilterParams({ asOf: period('2014-12-31') });
    expect([day.windowStart?.toString(), day.windowEnd?.toString()]).toEqual(['2014-12-31', '2014-12-31']);
  });
  it('reads from as the first day of its period and to as the last', () => {
    expect(dateWindow({ from: period('2015'), to: period('2021-02') }, 'filter')).toEqual({
      windowStart: '2015-01-01',
      windowEnd: '2021-02-28',
    });
  });
  it('rejects asOf with from/to, from after to, includePossible without a time, and empty lists', () => {
    expect(() => graphFilterParams({ asOf: period('2015'), from: period('2014') })).toThrow(/filter.asOf/);
    expect(() => dateWindow({ from: period('2021'), to: period('2020') }, 'filter')).toThrow(
      /from \(2021\) is after to \(2020\)/,
    );
    expect(() => graphFilterParams({ includePossible: true })).toThrow(
      /filter.includePossible.*needs a time/,
    );
    expect(() => graphFilterParams({ types: [] })).toThrow(/filter.types.*empty list/);
    expect(() => graphFilterParams({ stances: [] })).toThrow(/filter.stances.*empty list/);
  });
});

describe('factPredicate', () => {
  it('keeps asserted, actual facts by default and what the arguments ask for otherwise', () => {
    const denied = { stance: 'denied', modality: 'actual', credibility: 'reported' };
    const aim = { stance: 'asserted', modality: 'intended', credibility: 'reported' };
    const fact = { stance: 'asserted', modality: 'actual', credibility: 'suspected' };
    const byDefault = factPredicate(undefined, 'x');
    expect([denied, aim, fact].map(byDefault)).toEqual([false, false, true]);
    const asked = factPredicate({ stances: ['asserted', 'denied'], modalities: ['actual', 'intended'] }, 'x');
    expect([denied, aim, fact].map(asked)).toEqual([true, true, true]);
    expect(factPredicate({ minCredibility: 'alleged' }, 'x')(fact)).toBe(false);
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
});

describe('Date and Period arguments', () => {
  it('accepts only real calendar days as a Date', () => {
    expect(parseDate('2021-08-26')).toBe('2021-08-26');
    expect(() => parseDate('2021-02-30')).toThrow(/real calendar day/);
    expect(() => parseDate('2021')).toThrow(/YYYY-MM-DD/);
  });
  it('accepts a year, a month or a real day as a Period', () => {
    expect(period('2021')).toEqual({ text: '2021', from: '2021-01-01', to: '2021-12-31' });
    expect(period('2020-02')).toEqual({ text: '2020-02', from: '2020-02-01', to: '2020-02-29' });
    expect(period('2021-08-26')).toEqual({ text: '2021-08-26', from: '2021-08-26', to: '2021-08-26' });
    expect(() => period('2021-02-30')).toThrow(/real year, month or day/);
    expect(() => period('2021-13')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => period(2021)).toThrow(/must be a string/);
  });
});
