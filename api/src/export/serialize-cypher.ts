// A Cypher script that recreates the exported graph in an empty Neo4j: the source database's
// constraints and indexes (IF NOT EXISTS), an index wait, then one CREATE per node and one
// MATCH … CREATE per relationship, as literals (strings escaped, dates as date('…'), integers
// bare, floats with a decimal point). Exactly one statement per line, each ending in `;`, so
// `cypher-shell -f` and a line-by-line loader both run it; `//` lines are comments. Relationships
// and claims also get the fact fields the export derives (credibilityScore, reliabilityScore, an
// explicit tense); a fact field without a value is left out, as Neo4j stores no nulls.
import { CLAIM_RELATIONSHIP } from '../../../core/model.ts';
import type { Chunk, ExportEdge, ExportNode, ExportStream } from './graph-types.ts';
import { orderKeys, scopeText } from './describe.ts';
import { FACT_FIELDS, STIX_NOTE, TIME_NOTE } from './fact-fields.ts';
import { cypherMap, cypherName, cypherString } from './values.ts';

/** `CREATE CONSTRAINT name FOR …` → `CREATE CONSTRAINT name IF NOT EXISTS FOR …`, so reruns are harmless. */
export function idempotentSchemaStatement(statement: string): string {
  const text = statement
    .trim()
    .replace(/;$/, '')
    .replace(/\s*\n\s*/g, ' ');
  if (/\bIF NOT EXISTS\b/i.test(text)) return text;
  return text.replace(
    /^(CREATE\s+(?:[A-Z]+\s+)*?(?:CONSTRAINT|INDEX)\s+(?:`(?:[^`]|``)*`|[A-Za-z_][\w]*))\s+/i,
    '$1 IF NOT EXISTS ',
  );
}

/** The model's id constraints, used when the source database reported none. */
const DEFAULT_SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
];

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `// ${line}`)
    .join('\n');
}

function createNode(node: ExportNode): string {
  const labels = node.labels.map((l) => `:${cypherName(l)}`).join('');
  return `CREATE (${labels} ${cypherMap(node.properties, orderKeys(Object.keys(node.properties)))});\n`;
}

/** The label to MATCH an edge's end by id: a HAS_CLAIM edge ends at a Claim, every other end is an Entity. */
function matchLabel(edge: ExportEdge, end: 'source' | 'target'): string {
  return edge.type === CLAIM_RELATIONSHIP && end === 'target' ? 'Claim' : 'Entity';
}

export async function* serializeCypher(graph: ExportStream): AsyncGenerator<Chunk> {
  const { meta } = graph;
  const { counts } = graph.summary;
  yield (
    comment(
      [
        'Khorasan Graph export: run in an EMPTY Neo4j 5 database (cypher-shell -f this-file.cypher).',
        `Dataset ${meta.datasetVersion}, exported ${meta.exportedAt}.`,
        `Scope: ${scopeText(meta.scope.query)}`,
        `Scope (JSON): ${JSON.stringify(meta.scope)}`,
        `${counts.sources} sources, ${counts.nodes} nodes, ${counts.edges} relationships.`,
        'One statement per line. Schema first (it cannot share a transaction with data), then data.',
        'Every relationship and claim carries these fact fields (left out where it has no value):',
        ...FACT_FIELDS.map((f) => `  ${f.name}: ${f.meaning}`),
        STIX_NOTE,
        TIME_NOTE,
      ].join('\n'),
    ) + '\n\n'
  );

  yield '// Schema: constraints and indexes\n';
  const schema = graph.schema.length > 0 ? graph.schema : DEFAULT_SCHEMA;
  let text = '';
  for (const statement of schema) text += `${idempotentSchemaStatement(statement)};\n`;
  yield text + 'CALL db.awaitIndexes(300);\n\n';

  yield `// Sources (${counts.sources})\n`;
  for await (const source of graph.sources()) yield createNode(source);
  yield `\n// Nodes (${counts.nodes})\n`;
  for await (const node of graph.nodes()) yield createNode(node);

  yield `\n// Relationships (${counts.edges})\n`;
  for await (const edge of graph.edges()) {
    const a = `(a:${cypherName(matchLabel(edge, 'source'))} {id: ${cypherString(edge.source)}})`;
    const b = `(b:${cypherName(matchLabel(edge, 'target'))} {id: ${cypherString(edge.target)}})`;
    const props =
      edge.type === CLAIM_RELATIONSHIP && Object.keys(edge.properties).length === 0
        ? ''
        : ` ${cypherMap(edge.properties, orderKeys(Object.keys(edge.properties)))}`;
    yield `MATCH ${a}, ${b} CREATE (a)-[:${cypherName(edge.type)}${props}]->(b);\n`;
  }
}
