// Checks that every quote stands verbatim in the document its source names (after collapsing
// whitespace runs, nothing else: curly quotes, dashes and gaps left by stripped links must match),
// in the paragraph the fact records (`paragraph`, the document's line number), and that the
// corpus itself is sound (metadata beside each text, core/paragraphs.ts numbers the lines).
import path from 'node:path';
import { locateQuote, normaliseWhitespace } from '../../core/paragraphs.ts';
import { describeValue, stringProp, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';

/** Quotes are "a sentence or less": longer ones are reported so that a fact cites its own words. */
export const MAX_QUOTE_LENGTH = 400;

export function checkQuotes(index: GraphIndex): Problem[] {
  const problems: Problem[] = index.corpus.problems.map((p) => ({
    file: p.file,
    line: 0,
    message: p.message,
  }));
  for (const s of [...index.relationships, ...index.claims]) {
    const quote = stringProp(s.props, 'quote');
    const sourceId = stringProp(s.props, 'source');
    if (quote === undefined || sourceId === undefined) continue; // reported by check-provenance.ts
    const doc = index.corpus.byId.get(sourceId);
    if (doc === undefined) continue; // an unknown source: reported by check-provenance.ts
    const at = (message: string): void => {
      problems.push({ file: s.file, line: s.line, message });
    };
    const q = normaliseWhitespace(quote);
    if (q.length > MAX_QUOTE_LENGTH) at(`quote is ${q.length} characters; quote a sentence or less`);
    const places = [...new Set(locateQuote(doc.paragraphs, quote).map((p) => p.paragraph))];
    if (places.length === 0) {
      at(
        `quote does not appear verbatim in ${path.basename(doc.meta.file)} (source ${sourceId}): "${truncate(q)}"`,
      );
      continue;
    }
    const paragraph = s.props.paragraph;
    const where = places.join(' and ');
    if (paragraph === undefined) {
      at(
        `fact without paragraph: its quote stands in paragraph ${where} of ${sourceId} (add paragraph: ${places[0]})`,
      );
    } else if (typeof paragraph !== 'number' || !Number.isInteger(paragraph)) {
      at(`paragraph must be a whole number (got ${describeValue(paragraph)})`);
    } else if (!places.includes(paragraph)) {
      at(`the quote stands in paragraph ${where} of ${sourceId}, not in paragraph ${paragraph}`);
    }
  }
  return problems;
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
