// Unit tests of the search text → Lucene query translation: escaping, fuzziness, bad input.
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQueries, searchTerms } from '../../../api/src/schema/lucene.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('luceneQueries', () => {
  it('splits words like the standard analyzer and lower-cases them', () => {
    expect(searchTerms('ISIS-K  Tehrik-i-Taliban')).toEqual(['isis', 'k', 'tehrik', 'i', 'taliban']);
  });
  it('searches each word exactly, as a prefix and fuzzily by its length; one word has one search', () => {
    expect(luceneQueries('Haqani')).toEqual({
      everyWord: '(haqani^4 OR haqani*^2 OR haqani~2)',
      anyWord: null,
    });
  });
  it('requires every word first, the phrase only ranking; then any word, the phrase first', () => {
    expect(luceneQueries('ISIS-K')).toEqual({
      everyWord: '+(isis^4 OR isis*^2 OR isis~1) +k^4 "isis k"^8',
      anyWord: '"isis k"^8 OR (isis^4 OR isis*^2 OR isis~1) OR k^4',
    });
  });
  it('keeps query syntax in user text from reaching Lucene', () => {
    const { everyWord, anyWord } = luceneQueries('taliban) OR name:* AND "x~');
    expect(everyWord.startsWith('+(taliban^4')).toBe(true);
    expect(everyWord.endsWith(' "taliban or name and x"^8')).toBe(true);
    for (const q of [everyWord, anyWord!]) {
      expect(q).not.toContain(':');
      expect(q.replace(/\*\^2/g, '')).not.toContain('*');
      expect(q).not.toContain(' AND ');
      expect(q.replace(/(^|\s)\+[(a-z]/g, '')).not.toContain('+');
    }
    const q = anyWord!;
    expect(q.startsWith('"taliban or name and x"^8 OR (taliban^4')).toBe(true);
  });
  it('rejects text with nothing to search for, naming the argument', () => {
    expect(() => luceneQueries('  -- !! ')).toThrow(/Argument 'text'/);
    expect(() => luceneQueries('x'.repeat(201))).toThrow(/at most 200 characters/);
    expect(() => luceneQueries('a b c d e f g h i j k l m')).toThrow(/at most 12 words/);
  });
});
