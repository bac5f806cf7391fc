// The bulk path without Neo4j: seed statements into rows, with file:line problems for bad
// labels, types, values, dangling and ambiguous ids; schema statements already in place; and the
// per-statement path's `gen: $gen` rewriting.
import { describe, expect, it } from 'vitest';
import { alreadyInPlace } from '../../cypher/bulk/apply-schema.ts';
import { SeedError } from '../../cypher/bulk/seed-error.ts';
import { seedRows } from '../../cypher/bulk/seed-rows.ts';
import { withGeneration } from '../../cypher/bulk/with-generation.ts';
import { kindQuery } from '../../cypher/bulk/write-rows.ts';

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
  it('gives rows in order, with Neo4j values, null properties left out and MATCH ids resolved', () => {
    const rows = seedRows([
      ...NODES,
      at(3, `MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) ${FACT}`),
      at(
        4,
        "MATCH (e:Entity {id: 'a'}) CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'c', property: 'killed', value: 5})",
      ),
    ]);
    expect(rows.map((row) => row.kind)).toEqual(['node', 'node', 'relationship', 'claim']);
    const a = rows[0]!;
    expect(String(a.props.founded)).toBe('2015-01-10');
    expect(String(a.props.n)).toBe('3');
    expect(rows[1]!.props).not.toHaveProperty('note');
    const fact = rows[2]!;
    if (fact.kind !== 'relationship') throw new Error('not a relationship');
    expect(fact.start).toBe(a.kind === 'node' ? a.node : undefined);
    expect(fact.end.at).toBe('seed/01.cypher:2');
    expect(kindQuery('relationship')).toContain('CREATE (a)-[r:$(row.type)]->(b)');
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
    expect(
      problem([
        at(1, "CREATE (:Entity:Group {id: 'x'})"),
        at(2, "CREATE (:Group {id: 'x'})"),
        at(3, "MATCH (e:Group {id: 'x'}) CREATE (e)-[:HAS_CLAIM]->(:Claim {id: 'c'})"),
      ]).message,
    ).toContain("01.cypher:3: (:Group {id: 'x'}) matches 2 nodes");
  });
});

describe('alreadyInPlace', () => {
  const names = {
    constraints: new Set(['entity_id_gen']),
    indexes: new Set(['entity_id_gen', 'entityNames']),
  };
  it('skips a CREATE … IF NOT EXISTS whose name is in place and a DROP … IF EXISTS whose name is not', () => {
    expect(
      alreadyInPlace(
        'CREATE CONSTRAINT entity_id_gen IF NOT EXISTS FOR (n:Entity) REQUIRE (n.id, n.gen) IS UNIQUE',
        names,
      ),
    ).toBe(true);
    expect(
      alreadyInPlace(
        'CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]',
        names,
      ),
    ).toBe(true);
    expect(alreadyInPlace('CREATE INDEX claim_gen IF NOT EXISTS FOR (n:Claim) ON (n.gen)', names)).toBe(
      false,
    );
    expect(alreadyInPlace('DROP CONSTRAINT entity_id IF EXISTS', names)).toBe(true);
    expect(alreadyInPlace('DROP CONSTRAINT entity_id_gen IF EXISTS', names)).toBe(false);
    // Without IF [NOT] EXISTS Neo4j would answer with an error: the statement runs.
    expect(
      alreadyInPlace('CREATE CONSTRAINT entity_id_gen FOR (n:Entity) REQUIRE n.id IS UNIQUE', names),
    ).toBe(false);
    expect(alreadyInPlace('MATCH (n) RETURN n', names)).toBe(false);
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
