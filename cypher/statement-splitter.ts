// Splits a Cypher file into statements on `;` outside string literals, dropping comments, so the
// seed loader and the validator see the same statements with the line each one starts on.

export interface Statement {
  /** The statement without its closing `;`, comments removed, trimmed. */
  text: string;
  /** 1-based line where the statement's first token stands. */
  line: number;
}

/**
 * Splits `text` on `;` that stand outside '…', "…" and `…` literals. `//` line comments and
 * `/* … *\/` block comments are dropped (outside literals only); empty statements are skipped.
 * A trailing statement without `;` is kept. Throws `file:line: …` on an unterminated literal or
 * block comment, naming the line where it opens.
 */
export function splitStatements(text: string, file: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let lineStart = 0; // index in `current` where its last line (outside literals) begins
  let startLine = 0; // 0 = no token seen yet in this statement
  let line = 1;
  let i = 0;
  const n = text.length;

  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') statements.push({ text: trimmed, line: startLine });
    current = '';
    lineStart = 0;
    startLine = 0;
  };

  while (i < n) {
    const ch = text[i]!;
    const next = text[i + 1];

    if (ch === '/' && next === '/') {
      // Line comment: skip to (not past) the newline, which is kept as whitespace.
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && next === '*') {
      const openLine = line;
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`${file}:${openLine}: unterminated block comment`);
      const skipped = text.slice(i, end + 2);
      line += countNewlines(skipped);
      current += ' ';
      i = end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      const openLine = line;
      if (startLine === 0) startLine = line;
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const c = text[j]!;
        // Backticked names escape their delimiter by doubling it, strings use a backslash.
        if (ch !== '`' && c === '\\') {
          j += 2;
          continue;
        }
        if (c === ch) {
          if (ch === '`' && text[j + 1] === '`') {
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        j++;
      }
      if (!closed) {
        const what = ch === '`' ? 'backticked name' : 'string literal';
        throw new Error(`${file}:${openLine}: unterminated ${what} (opened with ${ch})`);
      }
      const literal = text.slice(i, j + 1);
      line += countNewlines(literal);
      current += literal;
      i = j + 1;
      continue;
    }
    if (ch === ';') {
      flush();
      i++;
      continue;
    }
    if (ch === '\n') {
      line++;
      // Blank lines (and lines that held only a comment) are dropped from the statement text.
      if (current.slice(lineStart).trim() === '') current = current.slice(0, lineStart);
      else current = current.trimEnd() + '\n';
      lineStart = current.length;
      i++;
      continue;
    }
    if (startLine === 0 && !/\s/.test(ch)) startLine = line;
    current += ch;
    i++;
  }
  flush();
  return statements;
}

function countNewlines(s: string): number {
  let count = 0;
  for (const c of s) if (c === '\n') count++;
  return count;
}
