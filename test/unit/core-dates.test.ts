// core/dates.ts: the one home of date periods (a year, a month or a day as first and last day),
// real calendar days, overlap of open spans, and dates shown as precisely as the source gives them.
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatBounds,
  formatDate,
  isPeriodEnd,
  isPeriodStart,
  parseIsoDay,
  parsePeriod,
  periodOf,
  spanOverlaps,
} from '../../core/dates.ts';

describe('calendar days', () => {
  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it('parses only real days written YYYY-MM-DD', () => {
    expect(parseIsoDay('2021-08-26')).toEqual({ y: 2021, m: 8, d: 26 });
    expect(parseIsoDay('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    for (const bad of ['2021-02-30', '2021-13-01', '2021-00-10', '2021-8-1', '2021-08', '26/08/2021', '']) {
      expect(parseIsoDay(bad), bad).toBeUndefined();
    }
  });
});

describe('periods', () => {
  it('reads a year, a month or a day as its first and last day', () => {
    expect(parsePeriod('2014')).toEqual({ from: '2014-01-01', to: '2014-12-31' });
    expect(parsePeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod(' 2021-08-26 ')).toEqual({ from: '2021-08-26', to: '2021-08-26' });
    for (const bad of ['2021-13', '2021-02-30', '21', '2021-8', 'August 2021']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('gives the period a stored date names at its precision', () => {
    expect(periodOf('2015-01-01', 'year')).toEqual({ from: '2015-01-01', to: '2015-12-31' });
    expect(periodOf('2015-01-01', 'month')).toEqual({ from: '2015-01-01', to: '2015-01-31' });
    expect(periodOf('2021-02-28', 'month')).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(periodOf('2021-08-26', 'day')).toEqual({ from: '2021-08-26', to: '2021-08-26' });
  });

  it('says whether a day opens or closes its period (the validFrom and validTo rules)', () => {
    expect(isPeriodStart('2015-01-01', 'year')).toBe(true);
    expect(isPeriodStart('2015-02-01', 'year')).toBe(false);
    expect(isPeriodStart('2015-02-01', 'month')).toBe(true);
    expect(isPeriodStart('2015-02-02', 'month')).toBe(false);
    expect(isPeriodEnd('2020-12-31', 'year')).toBe(true);
    expect(isPeriodEnd('2020-12-01', 'year')).toBe(false);
    expect(isPeriodEnd('2024-02-29', 'month')).toBe(true);
    expect(isPeriodEnd('2024-02-28', 'month')).toBe(false);
    expect(isPeriodStart('2021-08-26', 'day') && isPeriodEnd('2021-08-26', 'day')).toBe(true);
  });

  it('overlaps spans with open ends', () => {
    const august = { from: '2021-08-01', to: '2021-08-31' };
    expect(spanOverlaps({ from: '2021-08-31', to: '2022-01-01' }, august)).toBe(true);
    expect(spanOverlaps({ from: '2021-09-01', to: null }, august)).toBe(false);
    expect(spanOverlaps({ from: null, to: '2021-07-31' }, august)).toBe(false);
    expect(spanOverlaps({ from: null, to: '2021-08-01' }, august)).toBe(true);
    expect(spanOverlaps({ from: null, to: null }, august)).toBe(true);
  });
});

describe('showing dates', () => {
  it('shows a date as precisely as the source gives it', () => {
    expect(formatDate('2015-01-01', 'year')).toBe('2015');
    expect(formatDate('2015-01-01', 'month')).toBe('Jan 2015');
    expect(formatDate('2021-08-26', 'day')).toBe('26 Aug 2021');
    expect(formatDate('2021-08-26')).toBe('26 Aug 2021');
    expect(formatDate(null)).toBe('');
  });

  it('shows bounds as a range, an open end or nothing', () => {
    expect(
      formatBounds({
        validFrom: '2015-01-01',
        validFromPrecision: 'month',
        validTo: '2020-12-31',
        validToPrecision: 'year',
      }),
    ).toBe('Jan 2015 – 2020');
    expect(formatBounds({ validFrom: '2015-01-01', validFromPrecision: 'year' })).toBe('from 2015');
    expect(formatBounds({ validTo: '2019-12-31', validToPrecision: 'month' })).toBe('until Dec 2019');
    expect(
      formatBounds({
        validFrom: '2019-01-01',
        validFromPrecision: 'year',
        validTo: '2019-12-31',
        validToPrecision: 'year',
      }),
    ).toBe('2019');
    expect(formatBounds({})).toBe('');
  });
});
