// The seed-form parser: the four statement forms and the Cypher literals seed files may use.
import { describe, expect, it } from 'vitest';
import { CypherDate, parseSeedStatement, SeedParseError } from '../../cypher/validate/seed-parser.ts';

describe('parseSeedStatement', () => {
  it('parses a node with every kind of literal', () => {
    const s = parseSeedStatement(
      "CREATE (:Entity:Group {id: 'a', s: 'it\\'s \\\\ \\u00e9 \"x\"', d: \"dq's\", i: 42, f: -1.5e3, t: true, n: null, l: ['x', 1], m: {k: 'v'}, when: date('2021-08-26')})",
    );
    expect(s).toEqual({
      kind: 'node',
      labels: ['Entity', 'Group'],
      props: {
        id: 'a',
        s: 'it\'s \\ é "x"',
        d: "dq's",
        i: 42,
        f: -1500,
        t: true,
        n: null,
        l: ['x', 1],
        m: { k: 'v' },
        when: new CypherDate('2021-08-26'),
      },
    });
  });

  it('parses a relationship between two matched entities', () => {
    const s = parseSeedStatement(
      "MATCH (a:Entity {id: 'x'}), (b:Entity:Place {id: 'y'})\nCREATE (a)-[:OPERATES_IN {id: 'r'}]->(b)",
    );
    expect(s).toEqual({
      kind: 'relationship',
      type: 'OPERATES_IN',
      start: { labels: ['Entity'], id: 'x' },
      end: { labels: ['Entity', 'Place'], id: 'y' },
      props: { id: 'r' },
    });
  });

  it('parses a claim', () => {
    const s = parseSeedStatement(
      "MATCH (e:Entity {id: 'x'}) CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'c', value: 60})",
    );
    expect(s).toEqual({
      kind: 'claim',
      type: 'HAS_CLAIM',
      entity: { labels: ['Entity'], id: 'x' },
      labels: ['Claim'],
      props: { id: 'c', value: 60 },
    });
  });

  it.each([
    ["CREATE (n:Entity {id: 'a'})", /must not bind a variable/],
    ["CREATE (:Entity {id: 'a', id: 'b'})", /property id is given twice/],
    ["CREATE (:Entity {id: 'a' name: 'b'})", /expected "," or "}" in a map/],
    ["CREATE (:Entity {id: 'a'", /expected "," or "}"|expected "\)"/],
    ["CREATE (:Entity {id: toUpper('a')})", /expected a literal value but found "toUpper"/],
    ["CREATE (:Entity {id: 'a\\q'})", /unknown escape \\q/],
    ["MATCH (a:Entity {id: 'x'}) CREATE (a)-[:T]->(b)", /created as a new node/],
    ["MATCH (a:Entity {id: 'x'}), (b:Entity {id: 'y'}) CREATE (a)-[:T]->(c)", /refer to matched nodes/],
    ["MATCH (a:Entity {name: 'x'}), (b:Entity {id: 'y'}) CREATE (a)-[:T]->(b)", /each MATCH pattern/],
    ["MATCH (a:Entity {id: 'x'}) CREATE (a)-[r:T]->(:Claim)", /must not bind a variable/],
    ['RETURN 1', /statement outside the seed forms/],
  ])('rejects %s', (text, message) => {
    expect(() => parseSeedStatement(text)).toThrow(SeedParseError);
    expect(() => parseSeedStatement(text)).toThrow(message);
  });
});
