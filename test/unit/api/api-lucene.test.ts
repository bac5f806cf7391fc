// Unit tests of the search text → Lucene query translation: escaping, fuzziness, bad input.
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchTerms } from '../../../api/src/schema/lucene.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('luceneQuery', () => {
  it('splits words like the standard analyzer and lower-cases them', () => {
    expect(searchTerms('ISIS-K  Tehrik-i-Taliban')).toEqual(['isis', 'k', 'tehrik', 'i', 'taliban']);
  });
  it('searches the words as a phrase, then each exactly, as a prefix and fuzzily by its length', () => {
    expect(luceneQuery('Haqani')).toBe('(haqani^4 OR haqani*^2 OR haqani~2)');
    expect(luceneQuery('ISIS-K')).toBe('"isis k"^8 OR (isis^4 OR isis*^2 OR isis~1) OR k^4');
  });
  it('keeps query syntax in user text from reaching Lucene', () => {
    const q = luceneQuery('taliban) OR name:* AND "x~');
    expect(q.startsWith('"taliban or name and x"^8 OR (taliban^4')).toBe(true);
    expect(q).not.toContain(':');
    expect(q.replace(/\*\^2/g, '')).not.toContain('*');
    expect(q).not.toContain(' AND ');
  });
  it('rejects text with nothing to search for, naming the argument', () => {
    expect(() => luceneQuery('  -- !! ')).toThrow(/Argument 'text'/);
    expect(() => luceneQuery('x'.repeat(201))).toThrow(/at most 200 characters/);
    expect(() => luceneQuery('a b c d e f g h i j k l m')).toThrow(/at most 12 words/);
  });
});
