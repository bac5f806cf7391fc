// A document's text as numbered paragraphs, and where a quote stands in it. A paragraph is one
// line of the text file, numbered from 1 as the file stands (blank lines keep their numbers, so a
// seed file's `// line N` and a fact's `paragraph` name the same place). Quotes match after
// collapsing whitespace runs, nothing else.
export interface Paragraph {
  /** 1-based line number in the document's text file. */
  number: number;
  text: string;
}

export const normaliseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The document's non-blank lines, with their line numbers. */
export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ number: i + 1, text: line }))
    .filter((p) => p.text.trim() !== '');
}

/** Where `quote` stands: its paragraph and character offsets inside that paragraph's text. */
export interface QuotePosition {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Every place the quote stands within one paragraph (a quote is a sentence or less, so it never
 * spans two). Offsets index the paragraph's own text; whitespace runs inside the quote may differ.
 */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuotePosition[] {
  const q = normaliseWhitespace(quote);
  if (q === '') return [];
  const pattern = new RegExp(
    q
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  const found: QuotePosition[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(pattern)) {
      found.push({ paragraph: p.number, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}
