// Unit tests for value conversion: Cypher literals (escaping, ints vs floats, dates) and text forms.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  columnKind,
  cypherLiteral,
  cypherName,
  cypherString,
  toJsonValue,
  toText,
} from '../../api/src/export/values.ts';
import { idempotentSchemaStatement } from '../../api/src/export/serialize-cypher.ts';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(cypherString("it's \\ a\nb\tc\u0001")).toBe("'it\\'s \\\\ a\\nb\\tc\\u0001'");
    expect(cypherString('ISIS-K — ٢٠٢١ "x"')).toBe('\'ISIS-K — ٢٠٢١ "x"\'');
  });

  it('keeps integers, floats and dates apart', () => {
    expect(cypherLiteral(neo4j.int(60))).toBe('60');
    expect(cypherLiteral(60)).toBe('60.0');
    expect(cypherLiteral(1.5)).toBe('1.5');
    expect(cypherLiteral(new neo4j.types.Date(2021, 8, 26))).toBe("date('2021-08-26')");
    expect(cypherLiteral(['a', "b'c"])).toBe("['a', 'b\\'c']");
    expect(cypherLiteral([])).toBe('[]');
    expect(cypherLiteral(true)).toBe('true');
  });

  it('backquotes names that are not plain identifiers', () => {
    expect(cypherName('validFrom')).toBe('validFrom');
    expect(cypherName('odd name`')).toBe('`odd name```');
  });

  it('makes schema statements idempotent', () => {
    expect(
      idempotentSchemaStatement('CREATE CONSTRAINT `entity_id` FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE'),
    ).toBe('CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE');
    expect(
      idempotentSchemaStatement(
        'CREATE FULLTEXT INDEX `entity_names` FOR (n:`Entity`) ON EACH [n.`name`]\nOPTIONS {}',
      ),
    ).toBe(
      'CREATE FULLTEXT INDEX `entity_names` IF NOT EXISTS FOR (n:`Entity`) ON EACH [n.`name`] OPTIONS {}',
    );
    expect(idempotentSchemaStatement('CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)')).toBe(
      'CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)',
    );
  });
});

describe('text and JSON forms', () => {
  it('writes lists as JSON arrays and dates as days', () => {
    expect(toText(['ISIS-K', 'ISKP'])).toBe('["ISIS-K","ISKP"]');
    expect(toText(new neo4j.types.Date(2015, 1, 1))).toBe('2015-01-01');
    expect(toJsonValue(neo4j.int(100000000))).toBe(100000000);
    expect(toText(170)).toBe('170.0');
  });

  it('widens column types', () => {
    expect(columnKind(['int', 'int'])).toBe('int');
    expect(columnKind(['int', 'double'])).toBe('double');
    expect(columnKind(['int', 'long'])).toBe('long');
    expect(columnKind(['boolean'])).toBe('boolean');
    expect(columnKind(['int', 'string'])).toBe('string');
    expect(columnKind(['list'])).toBe('string');
  });
});
