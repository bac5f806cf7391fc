// The one rule for what a drawn edge says (core/edge-summary.ts): its leading citation's words,
// never a mix taken from different citations.
import { describe, expect, it } from 'vitest';
import { byReadingOrder, edgeSummary, leadingCitation, type CitationWords } from '../../core/edge-summary.ts';

const c = (stance: string, modality: string, credibility: string, source = 'doc-001') =>
  ({ stance, modality, credibility, source: { id: source } }) as CitationWords;

describe('edge summary', () => {
  it('reads asserted before unclear before denied, facts before aims before forecasts', () => {
    const sorted = [
      c('denied', 'actual', 'reported'),
      c('asserted', 'intended', 'reported'),
      c('unclear', 'actual', 'reported'),
      c('asserted', 'actual', 'suspected'),
    ].sort(byReadingOrder);
    expect(sorted.map((x) => `${x.stance}/${x.modality}`)).toEqual([
      'asserted/actual',
      'asserted/intended',
      'unclear/actual',
      'denied/actual',
    ]);
  });

  it('never makes an asserted attack out of an asserted aim and an unclear attack', () => {
    expect(edgeSummary([c('unclear', 'actual', 'reported'), c('asserted', 'intended', 'alleged')])).toEqual({
      stance: 'asserted',
      modality: 'intended',
      credibility: 'alleged',
    });
  });

  it('a denial alone leads as a denial; ties go by source id', () => {
    expect(edgeSummary([c('denied', 'actual', 'reported')]).stance).toBe('denied');
    expect(
      leadingCitation([
        c('asserted', 'actual', 'reported', 'doc-003'),
        c('asserted', 'actual', 'reported', 'doc-000'),
      ])?.source?.id,
    ).toBe('doc-000');
  });

  it('refuses an edge without citations', () => {
    expect(() => edgeSummary([])).toThrow(/without a citation/);
  });
});
