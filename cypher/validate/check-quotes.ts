// Checks that every quote stands verbatim in the document its source names (after collapsing
// whitespace runs, nothing else: curly quotes, dashes and gaps left by stripped links must match).
import path from 'node:path';
import { stringProp, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';

export const normaliseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Quotes are "a sentence or less": longer ones are reported so that a fact cites its own words. */
export const MAX_QUOTE_LENGTH = 400;

export function checkQuotes(index: GraphIndex, corpus: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const normalised = new Map<string, string>();
  for (const [name, text] of corpus) normalised.set(name, normaliseWhitespace(text));

  for (const source of index.sourceById.values()) {
    const file = stringProp(source.props, 'file');
    if (file !== undefined && !corpus.has(file)) {
      problems.push({
        file: source.file,
        line: source.line,
        message: `source file "${file}" is not in the corpus (${[...corpus.keys()].join(', ') || 'empty'})`,
      });
    }
  }

  for (const s of [...index.relationships, ...index.claims]) {
    const quote = stringProp(s.props, 'quote');
    const sourceId = stringProp(s.props, 'source');
    if (quote === undefined || sourceId === undefined) continue; // reported by check-provenance.ts
    const source = index.sourceById.get(sourceId);
    const file = source && stringProp(source.props, 'file');
    if (file === undefined) continue; // unknown source or source without file: reported elsewhere
    const text = normalised.get(file);
    if (text === undefined) continue;
    const q = normaliseWhitespace(quote);
    const at = (message: string): void => {
      problems.push({ file: s.file, line: s.line, message });
    };
    if (q.length > MAX_QUOTE_LENGTH) at(`quote is ${q.length} characters; quote a sentence or less`);
    if (!text.includes(q)) {
      at(`quote does not appear verbatim in ${path.basename(file)} (source ${sourceId}): "${truncate(q)}"`);
    }
  }
  return problems;
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
