// The bulk path without Neo4j: seed statements into shape rows, with file:line problems for bad
// labels, types, values and dangling ids; and the per-statement path's `gen: $gen` rewriting.
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../cypher/bulk/seed-error.ts';
import { seedRows } from '../../cypher/bulk/seed-rows.ts';
import { withGeneration } from '../../cypher/bulk/with-generation.ts';
import { shapeQuery } from '../../cypher/bulk/write-rows.ts';

const at = (line: number, text: string) => ({ file: 'seed/01.cypher', line, text });
const NODES = [
  at(1, "CREATE (:Entity:Group {id: 'a', name: 'A', aliases: ['Ay'], founded: date('2015-01-10'), n: 3})"),
  at(2, "CREATE (:Entity:Group {id: 'b', name: 'B {not a map}', note: null})"),
];
const FACT = "CREATE (a)-[:RIVAL_OF {id: 'f', source: 'doc-000', quote: 'q'}]->(b)";

function problem(statements: ReturnType<typeof at>[]): SeedError {
  try {
    seedRows(statements);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('no problem found');
}

describe('seedRows', () => {
  it('groups rows by shape, with Neo4j values and null properties left out', () => {
    const groups = seedRows([
      ...NODES,
      at(3, `MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) ${FACT}`),
      at(
        4,
        "MATCH (e:Entity {id: 'a'}) CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'c', property: 'killed', value: 5})",
      ),
    ]);
    expect(groups.map((g) => [g.shape.kind, g.rows.length])).toEqual([
      ['node', 2],
      ['relationship', 1],
      ['claim', 1],
    ]);
    const a = groups[0]!.rows[0]!;
    expect(String(a.founded)).toBe('2015-01-10');
    expect(String(a.n)).toBe('3');
    expect(groups[0]!.rows[1]).not.toHaveProperty('note');
    expect(shapeQuery(groups[1]!.shape)).toContain('CREATE (a)-[r:RIVAL_OF]->(b)');
  });

  it('names file:line of a dangling id, a label or type outside the model, a bad value and a repeated id', () => {
    expect(
      problem([...NODES, at(3, `MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'zz'}) ${FACT}`)]).message,
    ).toMatch(/^seed\/01\.cypher:3: matched nothing: dangling id\?/);
    expect(problem([at(5, "CREATE (:Person {id: 'p'})")]).message).toContain(
      '01.cypher:5: the node has label :Person',
    );
    expect(
      problem([
        ...NODES,
        at(3, "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) CREATE (a)-[:HATES {id: 'h'}]->(b)"),
      ]).message,
    ).toContain('01.cypher:3: the relationship type :HATES');
    expect(problem([at(7, "CREATE (:Entity:Group {id: 'x', when: date('2021-02-30')})")]).line).toBe(7);
    expect(problem([at(8, "CREATE (:Entity:Group {id: 'x', m: {a: 1}})")]).message).toContain(
      'a map cannot be',
    );
    expect(problem([...NODES, at(9, "CREATE (:Entity:Place {id: 'a'})")]).message).toContain(
      "the id 'a' is already used by the node made at seed/01.cypher:1",
    );
  });
});

describe('withGeneration', () => {
  it('puts gen: $gen into every labelled or typed pattern, not into strings or value maps', () => {
    expect(withGeneration(`MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b{x}'}) ${FACT}`)).toBe(
      "MATCH (a:Entity {gen: $gen, id: 'a'}), (b:Entity {gen: $gen, id: 'b{x}'}) " +
        "CREATE (a)-[:RIVAL_OF {gen: $gen, id: 'f', source: 'doc-000', quote: 'q'}]->(b)",
    );
    expect(withGeneration("MATCH (e:Entity {id: 'a'}) CREATE (e)-[:HAS_CLAIM]->(:Claim {})")).toBe(
      "MATCH (e:Entity {gen: $gen, id: 'a'}) CREATE (e)-[:HAS_CLAIM {gen: $gen}]->(:Claim {gen: $gen})",
    );
  });
});
