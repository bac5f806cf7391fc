// Tokenises one seed statement (as cut by statement-splitter.ts) for the seed-form parser:
// identifiers, string and number literals, and the punctuation the four seed forms use.

export type Token =
  | { kind: 'ident'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'punct'; value: string };

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ':', ',', '-', '>', '<', '.']);

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

export class LexError extends Error {}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j]!)) j++;
      tokens.push({ kind: 'ident', value: text.slice(i, j) });
      i = j;
    } else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new LexError('unterminated backticked name');
      tokens.push({ kind: 'ident', value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      const [value, next] = readString(text, i);
      tokens.push({ kind: 'string', value });
      i = next;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      const raw = m[0];
      if (/[A-Za-z_]/.test(text[i + raw.length] ?? '')) {
        throw new LexError(`malformed number starting ${JSON.stringify(text.slice(i, i + raw.length + 1))}`);
      }
      tokens.push({ kind: 'number', value: Number(raw), raw });
      i += raw.length;
    } else if (PUNCT.has(ch)) {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    } else {
      throw new LexError(`unexpected character ${JSON.stringify(ch)}`);
    }
  }
  return tokens;
}

function readString(text: string, start: number): [string, number] {
  const quote = text[start]!;
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === quote) return [out, i + 1];
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new LexError(`bad \\u escape in string: \\u${hex}`);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const mapped = ESCAPES[e];
      if (mapped === undefined) throw new LexError(`unknown escape \\${e} in string`);
      out += mapped;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  throw new LexError('unterminated string literal');
}
