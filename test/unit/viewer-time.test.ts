// Unit tests for viewer/src/time.ts: periods with precision and the time slider's overlap rule.
import { describe, expect, it } from 'vitest';
import { formatBounds, formatDate, overlaps, parsePeriod } from '../../viewer/src/time.ts';

describe('time', () => {
  it('reads a year, a month or a day as a period', () => {
    expect(parsePeriod('2014')).toEqual({ from: '2014-01-01', to: '2014-12-31' });
    expect(parsePeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2021-08-26')).toEqual({ from: '2021-08-26', to: '2021-08-26' });
    expect(parsePeriod('2021-02-30')).toBeNull();
    expect(parsePeriod('2021-13')).toBeNull();
    expect(parsePeriod('soon')).toBeNull();
  });

  it('keeps what overlaps the period; open bounds are always in', () => {
    const iskp = { validFrom: '2015-01-01' };
    expect(overlaps(iskp, parsePeriod('2014')!)).toBe(false);
    expect(overlaps(iskp, parsePeriod('2015')!)).toBe(true);
    const attack = { validFrom: '2021-08-26', validTo: '2021-08-26' };
    expect(overlaps(attack, parsePeriod('2021')!)).toBe(true);
    expect(overlaps(attack, parsePeriod('2021-09')!)).toBe(false);
    expect(overlaps({}, parsePeriod('1990')!)).toBe(true);
    expect(overlaps({ validTo: '2019-12-31' }, parsePeriod('2020')!)).toBe(false);
  });

  it('writes dates as precisely as the source gives them', () => {
    expect(formatDate('2015-01-01', 'month')).toBe('Jan 2015');
    expect(formatDate('2020-12-31', 'year')).toBe('2020');
    expect(formatDate('2021-08-26', 'day')).toBe('26 Aug 2021');
    expect(formatBounds({ validFrom: '2015-01-01', validFromPrecision: 'month' })).toBe('from Jan 2015');
    expect(
      formatBounds({
        validFrom: '2021-08-26',
        validFromPrecision: 'day',
        validTo: '2021-08-26',
        validToPrecision: 'day',
      }),
    ).toBe('26 Aug 2021');
    expect(formatBounds({})).toBe('');
  });
});
