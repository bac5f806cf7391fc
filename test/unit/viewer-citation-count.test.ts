// The details panel's count of an edge's citations says what they say: a denial or an aim is not
// one more source for the fact.
import { describe, expect, it } from 'vitest';
import { citationCount } from '../../viewer/src/citation-count.ts';
import type { Modality, Stance } from '../../core/model.ts';

const c = (
  source: string,
  stance: Stance = 'asserted',
  modality: Modality = 'actual',
  tense: 'past' | null = null,
) => ({ source: { id: source }, stance, modality, tense });

describe('citationCount', () => {
  it('counts plain assertions by source, and statements when a source speaks twice', () => {
    expect(citationCount([c('doc-000')])).toBe('1 source');
    expect(citationCount([c('doc-000'), c('doc-001')])).toBe('2 sources');
    expect(citationCount([c('doc-000'), c('doc-000'), c('doc-001')])).toBe('3 statements from 2 sources');
  });
  it('says what each does when they are not all plain assertions', () => {
    expect(citationCount([c('doc-000'), c('doc-001', 'denied')])).toBe('2 sources: 1 asserts, 1 denies');
    expect(citationCount([c('doc-000', 'denied')])).toBe('1 source: 1 denies');
    expect(citationCount([c('doc-000', 'asserted', 'intended'), c('doc-001', 'asserted', 'intended')])).toBe(
      '2 sources: 2 state an aim',
    );
    expect(
      citationCount([
        c('doc-000', 'asserted', 'expected'),
        c('doc-001', 'unclear'),
        c('doc-001', 'denied', 'intended'),
      ]),
    ).toBe('3 statements from 2 sources: 1 expects it, 1 denies, 1 is unclear');
  });
  it('tells a past-tense assertion ("former") from one that holds now', () => {
    expect(citationCount([c('doc-000'), c('doc-001', 'asserted', 'actual', 'past')])).toBe(
      '2 sources: 1 asserts, 1 says it no longer holds',
    );
  });
});
