// The text the explorer sends for a query file: comments and indentation removed, strings and
// `quoted names` untouched. The driver writes a query in 1,400-byte chunks, one socket write each,
// and Neo4j decodes, pre-parses and compares the whole text on every run: the headers and
// indentation were a quarter of what was sent (the pinned reads: 79 kB, 59 kB compact).

/** Thrown for a text whose string, quoted name or block comment is never closed. */
export class CypherTextError extends Error {
  override name = 'CypherTextError';
}

/**
 * `text` without `//` and `/* *\/` comments, each run of whitespace made one space (one newline
 * when it held a line break), trimmed. Characters inside '…', "…" and `…` are kept as they are.
 */
export function compactCypher(text: string): string {
  let out = '';
  let gap = ''; // whitespace seen since the last kept character: '', ' ' or '\n'
  let i = 0;
  const keep = (piece: string): void => {
    if (gap && out) out += gap;
    gap = '';
    out += piece;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new CypherTextError(`a /* comment opened at offset ${i} is never closed`);
      i = end + 2;
      gap ||= ' ';
      continue;
    }
    if (/\s/.test(ch)) {
      gap = ch === '\n' || gap === '\n' ? '\n' : ' ';
      i++;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(text, i);
      keep(text.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    keep(ch);
    i++;
  }
  return out;
}

/** Index of the quote closing the literal or name opened at `start`. */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    // Strings escape with a backslash; a quoted name doubles its backtick.
    if (ch === '\\' && quote !== '`') i += 2;
    else if (ch === quote && quote === '`' && text[i + 1] === '`') i += 2;
    else if (ch === quote) return i;
    else i++;
  }
  const kind = quote === '`' ? 'quoted name' : 'string';
  throw new CypherTextError(`a ${kind} opened with ${quote} at offset ${start} is never closed`);
}
