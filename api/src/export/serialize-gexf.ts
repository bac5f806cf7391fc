// GEXF 1.3 for Gephi (and NetworkX read_gexf, graphology-gexf): a dynamic graph with
// timeformat="date" whose edges and nodes take their KNOWN span (knownFrom/knownTo: when the
// documents place them) as start/end, so Gephi's timeline shows what the documents place at each
// date; an item placed at no date has no interval. Written by hand because graphology-gexf's
// writer has no dynamics (no mode/timeformat, no start/end) and builds one string instead of
// streaming. Attributes are static (GEXF 1.3 has no mode on <attributes>) and typed (integer/
// long/double/boolean/string), with numeric ids; the fact fields are declared with fixed types.
// Lists are JSON array strings and dates YYYY-MM-DD strings. All edges are directed (NetworkX
// rejects mixed graphs); `symmetric` marks types that mean the same both ways; the edge `kind`
// and `label` are the relationship type. The <meta> description records dataset version, scope,
// what the fact fields mean and the sources.
import type { Chunk, ExportNode, ExportStream, KeyKinds, Properties, PropertyValue } from './graph-types.ts';
import { isSymmetric, nodeKind, nodeLabel, scopeText } from './describe.ts';
import { FACT_FIELD_NAMES, FACT_FIELDS, STIX_NOTE, TIME_NOTE } from './fact-fields.ts';
import { columnKind, toText, valueKind } from './values.ts';
import { xmlAttr, xmlText } from './xml.ts';

const GEXF_TYPE = {
  string: 'string',
  boolean: 'boolean',
  int: 'integer',
  long: 'long',
  double: 'double',
} as const;

interface Attribute {
  id: string;
  title: string;
  type: string;
  get: (item: { labels?: string[]; type?: string; properties: Properties }) => PropertyValue | undefined;
}

function propertyAttributes(keys: KeyKinds, reserved: readonly string[]): Attribute[] {
  return [...keys]
    .filter(([k]) => k !== 'id' && !reserved.includes(k))
    .map(([title, kinds]) => ({
      id: '',
      title,
      type: GEXF_TYPE[columnKind(kinds)],
      get: (i) => i.properties[title],
    }));
}

/** One source in the description: `id: title (publisher, date) [file]`. */
function sourceLine(source: ExportNode): string {
  const p = source.properties;
  const bits = [p.publisher, p.date].filter((v) => v !== undefined).map((v) => toText(v as PropertyValue));
  return `${source.id}: ${toText(p.title ?? source.id)}${bits.length ? ` (${bits.join(', ')})` : ''}${p.file ? ` [${toText(p.file)}]` : ''}`;
}

/** The fact fields with their fixed types (dates are YYYY-MM-DD strings: NetworkX knows no GEXF date type). */
const FACT_ATTRIBUTES: Attribute[] = FACT_FIELDS.map((field) => ({
  id: '',
  title: field.name,
  type: field.type === 'int' ? GEXF_TYPE.int : GEXF_TYPE.string,
  get: (item) => item.properties[field.name],
}));

/** Numeric attribute ids, unique across both classes: readers then key attributes by title. */
function numberIds(attributes: Attribute[], start: number): Attribute[] {
  return attributes.map((a, i) => ({ ...a, id: String(start + i) }));
}

function attributesBlock(cls: 'node' | 'edge', attributes: readonly Attribute[]): string {
  let out = `    <attributes class="${cls}">\n`;
  for (const a of attributes)
    out += `      <attribute id="${xmlAttr(a.id)}" title="${xmlAttr(a.title)}" type="${a.type}"/>\n`;
  return out + '    </attributes>\n';
}

function attvalues(attributes: readonly Attribute[], item: Parameters<Attribute['get']>[0]): string {
  let out = '';
  for (const a of attributes) {
    const value = a.get(item);
    if (value === undefined || value === null) continue;
    out += `          <attvalue for="${xmlAttr(a.id)}" value="${xmlAttr(toText(value))}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

/** start="…" end="…" from the known span (knownFrom/knownTo), none when it has no known span. */
function spanAttributes(properties: Properties): string {
  const from = properties.knownFrom;
  const to = properties.knownTo;
  const isDate = (v: PropertyValue | undefined) => v !== undefined && v !== null && valueKind(v) === 'date';
  if (!isDate(from) || !isDate(to)) return '';
  return ` start="${toText(from as PropertyValue)}" end="${toText(to as PropertyValue)}"`;
}

export async function* serializeGexf(graph: ExportStream): AsyncGenerator<Chunk> {
  const { meta } = graph;
  const nodeAttributes = numberIds(
    [
      { id: '', title: 'kind', type: 'string', get: (n) => nodeKind(n as never) },
      { id: '', title: 'labels', type: 'string', get: (n) => n.labels },
      ...FACT_ATTRIBUTES,
      ...propertyAttributes(graph.summary.nodeKeys, ['kind', 'labels', ...FACT_FIELD_NAMES]),
    ],
    0,
  );
  const edgeAttributes = numberIds(
    [
      { id: '', title: 'type', type: 'string', get: (e) => e.type },
      { id: '', title: 'symmetric', type: 'boolean', get: (e) => isSymmetric(e as never) },
      ...FACT_ATTRIBUTES,
      ...propertyAttributes(graph.summary.edgeKeys, ['type', 'symmetric', ...FACT_FIELD_NAMES]),
    ],
    nodeAttributes.length,
  );
  const description =
    `Khorasan Graph export, dataset ${meta.datasetVersion}, exported ${meta.exportedAt}. ` +
    `Scope: ${scopeText(meta.scope.query)}. ` +
    'One edge per citation (edge id = relationship id); claims are nodes of kind Claim joined by HAS_CLAIM edges; ' +
    'lists are JSON array strings. ' +
    FACT_FIELDS.map((f) => `${f.name}: ${f.meaning}`).join('; ') +
    `. ${STIX_NOTE} ${TIME_NOTE} ` +
    "Each edge's and node's start/end is its known span; one without a known span has no interval. " +
    'Sources (the `source` attribute): ';

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
  );
  yield (
    `  <meta lastmodifieddate="${meta.exportedAt.slice(0, 10)}">\n` +
    '    <creator>Khorasan Graph</creator>\n' +
    '    <keywords>ISIS-K, ISKP, Taliban, Haqqani network, armed groups, provenance</keywords>\n' +
    `    <description>${xmlText(description)}`
  );
  // The sources close the description, written one by one (escaping is character by character).
  let first = true;
  for await (const source of graph.sources()) {
    yield xmlText((first ? '' : '; ') + sourceLine(source));
    first = false;
  }
  yield `${first ? 'none' : ''}.</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  yield attributesBlock('node', nodeAttributes) + attributesBlock('edge', edgeAttributes);
  yield '    <nodes>\n';
  for await (const node of graph.nodes()) {
    yield (
      `      <node id="${xmlAttr(node.id)}" label="${xmlAttr(nodeLabel(node))}"${spanAttributes(node.properties)}>\n` +
      `${attvalues(nodeAttributes, node)}      </node>\n`
    );
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of graph.edges()) {
    yield (
      `      <edge id="${xmlAttr(edge.id)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}" ` +
      `kind="${xmlAttr(edge.type)}" label="${xmlAttr(edge.type)}"${spanAttributes(edge.properties)}>\n` +
      `${attvalues(edgeAttributes, edge)}      </edge>\n`
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
