// compactCypher: the text the explorer sends loses comments and indentation and nothing else.
import { describe, expect, it } from 'vitest';
import { compactCypher, CypherTextError } from '../../../cypher/db/compact-cypher.ts';
import {
  loadPinnedQueries,
  loadQueries,
  loadReadableQueries,
  QUERY_NAMES,
} from '../../../cypher/db/query-files.ts';

/**
 * Cypher's tokens without comments or whitespace, by one regular expression: a reading of the text
 * apart from compactCypher's own, to compare the two texts with.
 */
function tokens(text: string): string[] {
  const token =
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\s+|[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|[^]/g;
  return (text.match(token) ?? []).filter((t) => !/^(\s|\/\/|\/\*)/.test(t));
}

describe('compactCypher', () => {
  it('drops line and block comments and folds indentation, one newline where lines broke', () => {
    const text =
      '// header: what it does\n// Params: $id\nMATCH (e:Entity {id: $id})   // the one\n    /* why */ RETURN e.name   AS name\n';
    expect(compactCypher(text)).toBe('MATCH (e:Entity {id: $id})\nRETURN e.name AS name');
  });

  it('keeps strings and quoted names as written, comment marks and spaces inside them too', () => {
    const text = `RETURN 'http://x.org/a  b' AS url, "it's // not a comment" AS s,\n  'don\\'t /* keep */' AS t, \`odd  \`\`name\`\` // here\` AS q`;
    expect(compactCypher(text)).toBe(
      `RETURN 'http://x.org/a  b' AS url, "it's // not a comment" AS s,\n'don\\'t /* keep */' AS t, \`odd  \`\`name\`\` // here\` AS q`,
    );
  });

  it('reads an apostrophe inside a comment as comment, not as a string', () => {
    expect(compactCypher("// the entity's own page\nRETURN 1 // it's\n")).toBe('RETURN 1');
  });

  it('keeps a block comment between two tokens as a space', () => {
    expect(compactCypher('RETURN 1/* a */AS x')).toBe('RETURN 1 AS x');
  });

  it('refuses a string, name or block comment that never closes, saying where it opened', () => {
    expect(() => compactCypher("RETURN 'open")).toThrow(CypherTextError);
    expect(() => compactCypher("RETURN 'open")).toThrow(/string opened with ' at offset 7/);
    expect(() => compactCypher('RETURN `x')).toThrow(/quoted name opened with ` at offset 7/);
    expect(() => compactCypher('RETURN 1 /* x')).toThrow(/comment opened at offset 9/);
  });

  it('sends every query file as the same tokens, comments left out, a quarter shorter', () => {
    const sent = loadQueries();
    const readable = loadReadableQueries();
    let before = 0;
    let after = 0;
    for (const name of QUERY_NAMES) {
      const text = sent.get(name)!;
      expect(tokens(text), name).toEqual(tokens(readable.get(name)!));
      expect(text, name).not.toMatch(/^\s*\/\//m);
      before += readable.get(name)!.length;
      after += text.length;
    }
    expect(after / before).toBeLessThan(0.8);
  });

  it('sends the pinned variants compact too, each starting from the generation the request read', () => {
    for (const [name, text] of loadPinnedQueries()) {
      expect(text, name).toMatch(/^WITH \$gen AS gen\n/);
      expect(text, name).toBe(compactCypher(text));
    }
  });
});
