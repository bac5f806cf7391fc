// core/time.ts, honest time: where a document places a fact (known) and where it may hold
// (possible), from its bounds, its tense and the document's date; entities alike; and whether a
// fact is known, possible or outside a period.
import { describe, expect, it } from 'vitest';
import { entityTime, factTime, timeStatus, type FactTime } from '../../core/time.ts';

const DOC = { date: '2021-08-27', datePrecision: 'day' } as const;
const DOC_YEAR = { date: '2021-01-01', datePrecision: 'year' } as const;

describe('factTime, present tense', () => {
  it('without bounds: known only at the document date, possible at any date', () => {
    expect(factTime({}, DOC)).toEqual({
      knownFrom: '2021-08-27',
      knownTo: '2021-08-27',
      possibleFrom: null,
      possibleTo: null,
    });
    // Absent tense is present.
    expect(factTime({ tense: 'present' }, DOC)).toEqual(factTime({}, DOC));
  });

  it('with an imprecise document date: known over the whole period the date names', () => {
    expect(factTime({}, DOC_YEAR)).toMatchObject({ knownFrom: '2021-01-01', knownTo: '2021-12-31' });
  });

  it('with validFrom only ("since 2015"): known from then to the document date, possible from then', () => {
    expect(factTime({ validFrom: '2015-01-01', validFromPrecision: 'year' }, DOC)).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2021-08-27',
      possibleFrom: '2015-01-01',
      possibleTo: null,
    });
  });

  it('with both bounds: known and possible within them', () => {
    const fact = {
      validFrom: '2015-01-01',
      validFromPrecision: 'year',
      validTo: '2021-12-31',
      validToPrecision: 'year',
    } as const;
    expect(factTime(fact, DOC)).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2021-12-31',
      possibleFrom: '2015-01-01',
      possibleTo: '2021-12-31',
    });
  });

  it('with a validTo before the document date: ended, whatever the tense says', () => {
    const fact = { validTo: '2020-06-30', validToPrecision: 'month' } as const;
    expect(factTime(fact, DOC)).toEqual(factTime({ ...fact, tense: 'past' }, DOC));
    expect(factTime(fact, DOC)).toEqual({
      knownFrom: '2020-06-01',
      knownTo: '2020-06-30',
      possibleFrom: null,
      possibleTo: '2020-06-30',
    });
  });
});

describe('factTime, past tense', () => {
  it('without bounds: placed at no date, possible up to the document date and never after', () => {
    expect(factTime({ tense: 'past' }, DOC)).toEqual({
      knownFrom: null,
      knownTo: null,
      possibleFrom: null,
      possibleTo: '2021-08-27',
    });
    // An imprecise document date: possible up to the end of its period.
    expect(factTime({ tense: 'past' }, DOC_YEAR).possibleTo).toBe('2021-12-31');
  });

  it('with validFrom only: known in the period it names, possible from then to the document date', () => {
    expect(factTime({ tense: 'past', validFrom: '2015-01-01', validFromPrecision: 'year' }, DOC)).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2015-12-31',
      possibleFrom: '2015-01-01',
      possibleTo: '2021-08-27',
    });
  });

  it('with both bounds: known and possible within them', () => {
    const fact = {
      tense: 'past',
      validFrom: '2015-01-01',
      validFromPrecision: 'year',
      validTo: '2017-12-31',
      validToPrecision: 'year',
    } as const;
    expect(factTime(fact, DOC)).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2017-12-31',
      possibleFrom: '2015-01-01',
      possibleTo: '2017-12-31',
    });
  });
});

describe('entityTime', () => {
  const at = (from: string | null, to: string | null): FactTime => ({
    knownFrom: from,
    knownTo: to,
    possibleFrom: null,
    possibleTo: null,
  });

  it('without bounds: known over the hull of what its facts place, possible at any date', () => {
    const facts = [at('2021-08-27', '2021-08-27'), at('2015-01-01', '2017-12-31'), at(null, null)];
    expect(entityTime({}, facts)).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2021-08-27',
      possibleFrom: null,
      possibleTo: null,
    });
  });

  it('with its own bounds: they win, and they bound the possible span too', () => {
    const entity = {
      validFrom: '2019-01-01',
      validFromPrecision: 'year',
      validTo: '2020-12-31',
      validToPrecision: 'year',
    } as const;
    expect(entityTime(entity, [at('2021-08-27', '2021-08-27')])).toEqual({
      knownFrom: '2019-01-01',
      knownTo: '2020-12-31',
      possibleFrom: '2019-01-01',
      possibleTo: '2020-12-31',
    });
    // A start date only: known from it to the latest date its facts place.
    expect(
      entityTime({ validFrom: '2015-01-01', validFromPrecision: 'month' }, [at('2021-08-27', '2021-08-27')]),
    ).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2021-08-27',
      possibleFrom: '2015-01-01',
      possibleTo: null,
    });
  });

  it('ended (past) without an end date: possible up to the last date its facts place', () => {
    expect(entityTime({ tense: 'past' }, [at('2020-01-01', '2020-12-31')]).possibleTo).toBe('2020-12-31');
  });

  it('placed at no date when no fact places it', () => {
    expect(entityTime({}, [at(null, null)])).toEqual({
      knownFrom: null,
      knownTo: null,
      possibleFrom: null,
      possibleTo: null,
    });
  });
});

describe('timeStatus', () => {
  const august2021 = { from: '2021-08-01', to: '2021-08-31' };
  const year2019 = { from: '2019-01-01', to: '2019-12-31' };

  it('is known where the document places the fact, possible where it only may hold, else outside', () => {
    const present = factTime({}, DOC);
    expect(timeStatus(present, august2021)).toBe('known');
    expect(timeStatus(present, year2019)).toBe('possible');

    const past = factTime({ tense: 'past' }, DOC);
    expect(timeStatus(past, year2019)).toBe('possible');
    expect(timeStatus(past, { from: '2022-01-01', to: '2022-12-31' })).toBe('outside');

    const bounded = factTime(
      {
        validFrom: '2015-01-01',
        validFromPrecision: 'year',
        validTo: '2017-12-31',
        validToPrecision: 'year',
      },
      DOC,
    );
    expect(timeStatus(bounded, { from: '2016-06-01', to: '2016-06-30' })).toBe('known');
    expect(timeStatus(bounded, year2019)).toBe('outside');
  });
});

describe('honest time edge cases', () => {
  const doc = { date: '2021-08-27', datePrecision: 'day' as const };
  it('a present fact that begins after its document is placed at no date', () => {
    expect(factTime({ validFrom: '2022-01-01', validFromPrecision: 'year' }, doc)).toEqual({
      knownFrom: null,
      knownTo: null,
      possibleFrom: '2022-01-01',
      possibleTo: null,
    });
  });
  it('an event with only a start is known in the period it names, not up to later documents', () => {
    const later: FactTime = {
      knownFrom: '2021-08-27',
      knownTo: '2021-08-27',
      possibleFrom: null,
      possibleTo: null,
    };
    expect(entityTime({ event: true, validFrom: '2021-08-26', validFromPrecision: 'day' }, [later])).toEqual({
      knownFrom: '2021-08-26',
      knownTo: '2021-08-26',
      possibleFrom: '2021-08-26',
      possibleTo: '2021-08-26',
    });
  });
  it('an entity with only a start and no placed fact existed at least in the period it names', () => {
    expect(entityTime({ validFrom: '2015-01-01', validFromPrecision: 'month' }, [])).toEqual({
      knownFrom: '2015-01-01',
      knownTo: '2015-01-31',
      possibleFrom: '2015-01-01',
      possibleTo: null,
    });
  });
});
