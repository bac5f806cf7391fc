// The per-statement loader runs each seed statement's own text; this gives every node and
// relationship pattern in it `gen: $gen`, so the statement writes into the generation being
// loaded and its MATCH finds only that generation's nodes (cypher/README.md "Loading").

/** The next character after `from` that is not white space. */
function nextVisible(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i]!)) return text[i];
  return undefined;
}

/**
 * The statement with `gen: $gen` first in every pattern's property map, and a map `{gen: $gen}`
 * on a labelled or typed pattern that has none (`-[:HAS_CLAIM]->`). A pattern naming only a
 * bound variable (`(a)`) is left alone. Strings, backticked names and comments are copied as
 * they are; maps nested in values are not patterns.
 */
export function withGeneration(text: string): string {
  let out = '';
  let depth = 0;
  let pattern: { labelled: boolean; mapped: boolean } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i);
      const end = newline < 0 ? text.length : newline;
      out += text.slice(i, end);
      i = end - 1;
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      else if (c === '}') depth--;
    } else if (c === '(' || c === '[') {
      pattern = { labelled: false, mapped: false };
    } else if (c === ':' && pattern) {
      pattern.labelled = true;
    } else if (c === '{' && pattern) {
      pattern.mapped = true;
      depth++;
      out += nextVisible(text, i + 1) === '}' ? '{gen: $gen' : '{gen: $gen, ';
      continue;
    } else if ((c === ')' || c === ']') && pattern) {
      if (pattern.labelled && !pattern.mapped) out += ' {gen: $gen}';
      pattern = null;
    }
    out += c;
  }
  return out;
}
