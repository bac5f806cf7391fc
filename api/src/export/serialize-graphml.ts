// GraphML for NetworkX (read_graphml), igraph and Gephi: one typed <key> per property and element
// kind (attr.type string/int/long/double/boolean; a column holding ints and floats is double).
// The fact fields (stance, modality, the grades and their STIX numbers, tense, the known and
// possible spans) are declared on nodes and edges with fixed types and their meaning as <desc>.
// Node and edge ids are the element ids; edges repeat theirs in an `id` key (igraph's reader
// keeps node element ids but not edge ones). Lists are JSON array strings and
// dates YYYY-MM-DD strings, each such key says so in its <desc>. Graph-level data: dataset
// version, export time, scope and the sources (JSON). Edges are all directed; `symmetric` marks
// the types that mean the same both ways; `label` is the node name / relationship type for Gephi.
import type {
  Chunk,
  ExportEdge,
  ExportNode,
  ExportStream,
  KeyKinds,
  Properties,
  PropertyValue,
} from './graph-types.ts';
import { isSymmetric, jsonProperties, nodeKind, nodeLabel } from './describe.ts';
import { FACT_FIELD_NAMES, FACT_FIELDS, STIX_NOTE, TIME_NOTE } from './fact-fields.ts';
import { columnKind, toText, type ValueKind } from './values.ts';
import { xmlAttr, xmlText } from './xml.ts';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: 'string' | 'boolean' | 'int' | 'long' | 'double';
  desc: string;
  value: (item: never) => PropertyValue | undefined;
}

function describeKinds(kinds: ReadonlySet<ValueKind>): string {
  if (kinds.has('list')) return 'list of strings, encoded as a JSON array string, e.g. ["ISIS-K","ISKP"]';
  if (kinds.has('date')) return 'date, ISO 8601 YYYY-MM-DD (precision in the matching *Precision key)';
  return '';
}

/** The fact fields, declared whether or not this export holds a value for them. */
function factKeys(kind: 'node' | 'edge'): Key[] {
  return FACT_FIELDS.map((field) => ({
    id: `${kind[0]}_${field.name}`,
    for: kind,
    name: field.name,
    type: field.type === 'date' ? 'string' : field.type,
    desc: field.type === 'date' ? `${field.meaning}; date, ISO 8601 YYYY-MM-DD` : field.meaning,
    value: (item: { properties: Properties }) => item.properties[field.name],
  }));
}

function propertyKeysFor(kind: 'node' | 'edge', keys: KeyKinds, reserved: readonly string[]): Key[] {
  return [...keys]
    .filter(([k]) => k !== 'id' && !reserved.includes(k))
    .map(([name, kinds]) => ({
      id: `${kind[0]}_${name}`,
      for: kind,
      name,
      type: columnKind(kinds),
      desc: describeKinds(kinds),
      value: (item: { properties: Properties }) => item.properties[name],
    }));
}

function keyElement(key: Key): string {
  const open = `  <key id="${xmlAttr(key.id)}" for="${key.for}" attr.name="${xmlAttr(key.name)}" attr.type="${key.type}"`;
  return key.desc ? `${open}>\n    <desc>${xmlText(key.desc)}</desc>\n  </key>\n` : `${open}/>\n`;
}

function dataElements(keys: readonly Key[], item: unknown, indent: string): string {
  let out = '';
  for (const key of keys) {
    const value = key.value(item as never);
    if (value === undefined || value === null) continue;
    out += `${indent}<data key="${xmlAttr(key.id)}">${xmlText(toText(value))}</data>\n`;
  }
  return out;
}

export async function* serializeGraphml(graph: ExportStream): AsyncGenerator<Chunk> {
  const nodeKeys: Key[] = [
    {
      id: 'n_label',
      for: 'node',
      name: 'label',
      type: 'string',
      desc: 'display name',
      value: (n: ExportNode) => nodeLabel(n),
    },
    {
      id: 'n_kind',
      for: 'node',
      name: 'kind',
      type: 'string',
      desc: 'most specific label: Group, Event, Place or Claim',
      value: (n: ExportNode) => nodeKind(n),
    },
    {
      id: 'n_labels',
      for: 'node',
      name: 'labels',
      type: 'string',
      desc: 'Neo4j labels, encoded as a JSON array string',
      value: (n: ExportNode) => n.labels,
    },
    ...factKeys('node'),
    ...propertyKeysFor('node', graph.summary.nodeKeys, ['label', 'kind', 'labels', ...FACT_FIELD_NAMES]),
  ] as Key[];
  const edgeKeys: Key[] = [
    {
      id: 'e_id',
      for: 'edge',
      name: 'id',
      type: 'string',
      desc: 'relationship id, repeated from the edge element because igraph does not keep edge element ids',
      value: (e: ExportEdge) => e.id,
    },
    {
      id: 'e_type',
      for: 'edge',
      name: 'type',
      type: 'string',
      desc: 'relationship type',
      value: (e: ExportEdge) => e.type,
    },
    {
      id: 'e_label',
      for: 'edge',
      name: 'label',
      type: 'string',
      desc: 'relationship type (for Gephi)',
      value: (e: ExportEdge) => e.type,
    },
    {
      id: 'e_symmetric',
      for: 'edge',
      name: 'symmetric',
      type: 'boolean',
      desc: 'the type means the same in both directions',
      value: (e: ExportEdge) => isSymmetric(e),
    },
    ...factKeys('edge'),
    ...propertyKeysFor('edge', graph.summary.edgeKeys, ['type', 'label', 'symmetric', ...FACT_FIELD_NAMES]),
  ] as Key[];
  const { meta } = graph;
  const graphData: [string, string][] = [
    ['datasetVersion', meta.datasetVersion],
    ['exportedAt', meta.exportedAt],
    ['scope', JSON.stringify(meta.scope)],
    ['sources', ''],
  ];

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield `  <desc>${xmlText(
    'Khorasan Graph export. One edge per citation (edge id = relationship id); claims are nodes of kind Claim joined by HAS_CLAIM edges. ' +
      'Lists are JSON array strings, dates YYYY-MM-DD strings. The property `source` names a document listed in the graph-level `sources` data (JSON). ' +
      'Each relationship and claim carries stance, modality, credibility, credibilityScore, reliability, reliabilityScore, tense and its spans (each key says what it means). ' +
      `${STIX_NOTE} ${TIME_NOTE}`,
  )}</desc>\n`;
  for (const [name] of graphData) {
    yield keyElement({
      id: `g_${name}`,
      for: 'graph',
      name,
      type: 'string',
      desc: name === 'scope' || name === 'sources' ? 'JSON' : '',
      value: () => undefined,
    });
  }
  let text = '';
  for (const key of [...nodeKeys, ...edgeKeys]) text += keyElement(key);
  yield text;
  yield '  <graph id="khorasan-graph" edgedefault="directed">\n';
  text = '';
  for (const [name, value] of graphData.slice(0, -1)) {
    text += `    <data key="g_${name}">${xmlText(value)}</data>\n`;
  }
  // The sources as one JSON array, written source by source (escaping is character by character).
  yield text + '    <data key="g_sources">[';
  let first = true;
  for await (const source of graph.sources()) {
    yield (first ? '' : ',') + xmlText(JSON.stringify(jsonProperties(source.properties)));
    first = false;
  }
  yield ']</data>\n';
  for await (const node of graph.nodes()) {
    yield `    <node id="${xmlAttr(node.id)}">\n${dataElements(nodeKeys, node, '      ')}    </node>\n`;
  }
  for await (const edge of graph.edges()) {
    yield (
      `    <edge id="${xmlAttr(edge.id)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}">\n` +
      `${dataElements(edgeKeys, edge, '      ')}    </edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}
