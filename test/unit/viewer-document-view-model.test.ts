// The document view's pure parts: the quote cut out of its paragraph by the API's offsets (as
// core/paragraphs.ts locateQuote gives them), and its place in the page URL.
import { describe, expect, it } from 'vitest';
import { locateQuote, paragraphsOf } from '../../core/paragraphs.ts';
import { mapFact } from '../../viewer/src/document-api.ts';
import {
  parseDocumentPlace,
  quoteSegments,
  withDocumentPlace,
} from '../../viewer/src/document-view-model.ts';

const TEXT =
  'Title line\n\nAnatol Lieven: So they’re not, in that sense,\u00a0an offshoot of ISIS. Instead <b>local</b>.\n';

describe('quoteSegments', () => {
  it('marks exactly the quote where locateQuote places it, whitespace runs as the text has them', () => {
    const paragraphs = paragraphsOf(TEXT);
    const [at] = locateQuote(paragraphs, 'So they’re not, in that sense, an offshoot of ISIS.');
    expect(at?.paragraph).toBe(3);
    const p = paragraphs.find((x) => x.number === 3)!;
    const segments = quoteSegments(p.text, at!.start, at!.end);
    expect(segments.map((s) => s.mark)).toEqual([false, true, false]);
    expect(segments[1]!.text).toBe('So they’re not, in that sense,\u00a0an offshoot of ISIS.');
    expect(segments.map((s) => s.text).join('')).toBe(p.text);
    // Markup in a document stays text: the panel makes text nodes of segments.
    expect(segments[2]!.text).toContain('<b>local</b>');
  });

  it('leaves the paragraph plain when the offsets are missing or do not fit', () => {
    for (const [start, end] of [
      [null, null],
      [5, 3],
      [-1, 4],
      [0, 999],
    ] as const) {
      expect(quoteSegments('abc def', start, end)).toEqual([{ text: 'abc def', mark: false }]);
    }
    expect(quoteSegments('abc', 0, 3)).toEqual([{ text: 'abc', mark: true }]);
  });
});

describe('the document place in the URL', () => {
  it('adds doc, p and fact to the view state and reads them back', () => {
    const place = { source: 'doc-000', paragraph: 5, fact: 'iskp--offshoot-of--islamic-state--doc-000' };
    const url = withDocumentPlace('?selected=iskp&stances=asserted,denied', place);
    expect(url).toBe(
      '?selected=iskp&stances=asserted,denied&doc=doc-000&p=5&fact=iskp--offshoot-of--islamic-state--doc-000',
    );
    expect(parseDocumentPlace(url)).toEqual(place);
    expect(withDocumentPlace('', { ...place, fact: null })).toBe('?doc=doc-000&p=5');
    expect(withDocumentPlace('?selected=iskp', null)).toBe('?selected=iskp');
  });

  it('ignores a link without a document or with a bad paragraph', () => {
    expect(parseDocumentPlace('?selected=iskp')).toBeNull();
    expect(parseDocumentPlace('?doc=doc-000')).toBeNull();
    expect(parseDocumentPlace('?doc=doc-000&p=zero')).toBeNull();
    expect(parseDocumentPlace('?doc=doc-000&p=0')).toBeNull();
  });
});

describe('mapFact', () => {
  it("reads a relationship and a claim of the API's paragraph facts in the model's words", () => {
    const statement = {
      quote: 'q',
      stance: 'DENIED',
      modality: 'INTENDED',
      credibility: 'REPORTED',
      reliability: 'B',
      attributedTo: 'Anatol Lieven',
      tense: 'PAST',
    };
    const ends = { from: { id: 'a', name: 'A' }, to: { id: 'b', name: 'B' } };
    expect(
      mapFact({
        id: 'r',
        quoteStart: 1,
        quoteEnd: 2,
        relationship: { type: 'OFFSHOOT_OF', ...ends, ...statement },
        claim: null,
      }),
    ).toMatchObject({
      kind: 'relationship',
      type: 'OFFSHOOT_OF',
      stance: 'denied',
      modality: 'intended',
      tense: 'past',
      to: ends.to,
    });
    expect(
      mapFact({
        id: 'c',
        quoteStart: null,
        quoteEnd: null,
        relationship: null,
        claim: { display: 'at least 60 people', subject: ends.from, ...statement, stance: 'ASSERTED' },
      }),
    ).toMatchObject({
      kind: 'claim',
      from: ends.from,
      to: null,
      display: 'at least 60 people',
      stance: 'asserted',
    });
  });
});
