// Turns what a researcher types into Lucene queries for the `entityNames` full-text index: each
// word searched exactly (boosted), as a prefix and fuzzily, every word required or any word
// enough, with Lucene's special characters escaped so user text never changes the structure.
import { badInput } from './errors.ts';
import { LIMITS } from './limits.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Words as the index's standard analyzer sees them: split at anything not a letter or digit. */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The two searches a text gives: every word required first, then any word (null for one word). */
export interface LuceneQueries {
  everyWord: string;
  anyWord: string | null;
}

export function luceneQueries(text: string): LuceneQueries {
  if (text.length > LIMITS.searchTextLength) {
    throw badInput('text', `at most ${LIMITS.searchTextLength} characters (got ${text.length})`);
  }
  const terms = searchTerms(text);
  if (terms.length === 0) throw badInput('text', 'give at least one letter or digit to search for');
  if (terms.length > LIMITS.searchTerms) {
    throw badInput('text', `at most ${LIMITS.searchTerms} words (got ${terms.length})`);
  }
  const perTerm = terms.map((term) => {
    const t = escapeLucene(term);
    // Edit distance grows with the word: one slip in a short word, two in a long one; a single
    // letter is matched only exactly, since as a prefix or fuzzily it would match almost anything.
    if (term.length === 1) return `${t}^4`;
    const fuzzy = term.length <= 2 ? '' : term.length <= 5 ? ` OR ${t}~1` : ` OR ${t}~2`;
    return `(${t}^4 OR ${t}*^2${fuzzy})`;
  });
  if (terms.length === 1) return { everyWord: perTerm[0]!, anyWord: null };
  // The words together, in order, count most (`isis k` is the name ISIS-K).
  const phrase = `"${terms.map(escapeLucene).join(' ')}"^8`;
  return {
    // Every word must match (each still exactly, as a prefix or fuzzily); the phrase only
    // ranks. Besides being what a name search means, this keeps the matches few: with any
    // word enough, "… Jamaat" matched thousands of groups at 100,000 entities, all of which
    // the query had to read and sort to find the ten best.
    everyWord: `${perTerm.map((q) => `+${q}`).join(' ')} ${phrase}`,
    anyWord: [phrase, ...perTerm].join(' OR '),
  };
}
