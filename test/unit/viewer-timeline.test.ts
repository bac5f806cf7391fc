// Unit tests for the pure parts of viewer/src/timeline-strip.ts: the years a strip spans and the
// words that say each citation's known and possible spans.
import { describe, expect, it } from 'vitest';
import { cite } from './viewer-fixtures.ts';
import { spanWords, stripYears } from '../../viewer/src/timeline-strip.ts';

describe('timeline strip', () => {
  it('spans the citations, at least the slider years', () => {
    expect(stripYears([cite('a', { knownFrom: '2021-01-01', knownTo: '2021-12-31' })])).toEqual([2013, 2022]);
    expect(stripYears([cite('a', { possibleFrom: '2009-01-01', possibleTo: '2024-06-30' })])).toEqual([
      2009, 2024,
    ]);
  });

  it('says where a document places a fact, where it may hold, and which ends are open', () => {
    const c = cite('a', {
      source: { id: 'doc-000', title: 'Lieven interview' },
      knownFrom: '2021-09-01',
      knownTo: '2021-09-30',
      possibleFrom: null,
      possibleTo: null,
    });
    expect(spanWords(c)).toBe(
      'Lieven interview: placed 1 Sep 2021 – 30 Sep 2021; may hold open start – open end',
    );
    expect(spanWords(cite('b', { possibleTo: '2020-12-31' }))).toBe(
      'doc-b: placed at no date; may hold open start – 31 Dec 2020',
    );
  });
});
