// Unit tests for the Cypher statement splitter shared by the seed loader and the validator.
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../cypher/statement-splitter.ts';

describe('splitStatements', () => {
  it('splits on semicolons and reports the line of each first token', () => {
    const text = "CREATE (:A {id: 'a'});\n\n  CREATE (:B {id: 'b'});\n";
    expect(splitStatements(text, 'f.cypher')).toEqual([
      { text: "CREATE (:A {id: 'a'})", line: 1 },
      { text: "CREATE (:B {id: 'b'})", line: 3 },
    ]);
  });

  it('keeps ; and // inside string literals', () => {
    const text = 'CREATE (:A {quote: \'one; two // three\', url: "http://x;y"});';
    expect(splitStatements(text, 'f.cypher')).toEqual([
      { text: 'CREATE (:A {quote: \'one; two // three\', url: "http://x;y"})', line: 1 },
    ]);
  });

  it('handles escaped quotes and escaped backslashes', () => {
    const text = "CREATE (:A {q: 'it\\'s; fine', b: 'ends with \\\\'});\nCREATE (:B);";
    const out = splitStatements(text, 'f.cypher');
    expect(out).toHaveLength(2);
    expect(out[0]!.text).toBe("CREATE (:A {q: 'it\\'s; fine', b: 'ends with \\\\'})");
    expect(out[1]).toEqual({ text: 'CREATE (:B)', line: 2 });
  });

  it('drops comments and blank lines, and keeps a statement spanning lines', () => {
    const text = [
      '// header comment; with a semicolon',
      '',
      "MATCH (a:Entity {id: 'x'}), // trailing comment",
      '',
      "      (b:Entity {id: 'y'})",
      '// a comment line inside the statement',
      'CREATE (a)-[:R]->(b);',
      '/* block',
      '   comment; */',
      'RETURN 1',
    ].join('\n');
    expect(splitStatements(text, 'f.cypher')).toEqual([
      { text: "MATCH (a:Entity {id: 'x'}),\n      (b:Entity {id: 'y'})\nCREATE (a)-[:R]->(b)", line: 3 },
      { text: 'RETURN 1', line: 10 },
    ]);
  });

  it('counts lines inside multi-line string literals', () => {
    const text = "CREATE (:A {q: 'a\nb'});\nCREATE (:B);";
    expect(splitStatements(text, 'f.cypher').map((s) => s.line)).toEqual([1, 3]);
  });

  it('returns nothing for a file of comments', () => {
    expect(splitStatements('// only\n\n// comments\n', 'f.cypher')).toEqual([]);
  });

  it('throws file:line on an unterminated string', () => {
    const text = "CREATE (:A);\nCREATE (:B {q: 'open});\n";
    expect(() => splitStatements(text, 'seed/10.cypher')).toThrow(
      /^seed\/10\.cypher:2: unterminated string literal/,
    );
  });

  it('throws file:line on a string whose closing quote is escaped', () => {
    expect(() => splitStatements("\n\nCREATE (:A {q: 'x\\'});", 'f.cypher')).toThrow(/^f\.cypher:3: /);
  });

  it('throws file:line on an unterminated block comment', () => {
    expect(() => splitStatements('CREATE (:A);\n/* never closed', 'f.cypher')).toThrow(
      /^f\.cypher:2: unterminated block comment/,
    );
  });
});
