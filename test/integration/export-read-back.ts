// Test helper for the export integration tests: calls the export endpoint in-process and reads
// every format back with an established parser into one comparable shape (node ids, edges with
// type, ends, provenance and fact fields), so each scope can be checked the same way in every format.
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Driver } from 'neo4j-driver';
import type { AppDeps } from '../../api/src/app.ts';
import { handleExportRequest } from '../../api/src/export/http-handler.ts';
import { xml } from '../support/xml-parser.ts';
import { splitStatements } from '../../cypher/statement-splitter.ts';

export interface ReadEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  /** Provenance: the document id and the quote ('' where the edge has none, as HAS_CLAIM). */
  doc: string;
  quote: string;
  /** Fact fields as text ('' where the edge has none): the words, a STIX number, a day. */
  stance: string;
  modality: string;
  credibility: string;
  credibilityScore: string;
  reliability: string;
  reliabilityScore: string;
  tense: string;
  knownFrom: string;
  possibleTo: string;
}

/** The fields of a ReadEdge read from a property lookup: the same names in every format. */
const FIELDS = [
  'stance',
  'modality',
  'credibility',
  'credibilityScore',
  'reliability',
  'reliabilityScore',
  'tense',
  'knownFrom',
  'possibleTo',
] as const;
function factFields(get: (name: string) => unknown) {
  return Object.fromEntries(FIELDS.map((name) => [name, str(get(name))])) as Record<
    (typeof FIELDS)[number],
    string
  >;
}

export interface ReadBack {
  nodeIds: string[];
  edges: ReadEdge[];
  /** The scope query string the export says it was made with. */
  scopeQuery: string;
}

export function deps(driver: Driver): AppDeps {
  return { driver, config: {} as AppDeps['config'] };
}

export async function exportResponse(driver: Driver, path: string, init?: RequestInit): Promise<Response> {
  return handleExportRequest(new Request(`http://localhost${path}`, init), deps(driver));
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function readJson(bytes: Uint8Array): ReadBack {
  const data = JSON.parse(new TextDecoder().decode(bytes));
  return {
    nodeIds: data.nodes.map((n: { id: string }) => n.id),
    edges: data.links.map(
      (l: {
        key: string;
        type: string;
        source: string;
        target: string;
        properties: Record<string, unknown>;
      }) => ({
        id: l.key,
        type: l.type,
        source: l.source,
        target: l.target,
        doc: str(l.properties.source),
        quote: str(l.properties.quote),
        ...factFields((name) => l.properties[name]),
      }),
    ),
    scopeQuery: data.graph.scope.query,
  };
}

function readCsvZip(bytes: Uint8Array): ReadBack {
  const files = unzipSync(bytes);
  const table = (name: string) =>
    parseCsv(strFromU8(files[name] as Uint8Array), { columns: true }) as Record<string, string>[];
  return {
    nodeIds: table('nodes.csv').map((r) => r.Id as string),
    edges: table('edges.csv').map((r) => ({
      id: str(r.Id),
      type: str(r.relationshipType),
      source: str(r.Source),
      target: str(r.Target),
      doc: str(r.sourceDocument),
      quote: str(r.quote),
      ...factFields((name) => r[name]),
    })),
    scopeQuery: JSON.parse(strFromU8(files['metadata.json'] as Uint8Array)).scope.query,
  };
}

function readGraphml(bytes: Uint8Array): ReadBack {
  const doc = xml.parse(new TextDecoder().decode(bytes));
  const graph = doc.graphml.graph;
  type Data = { data?: { key: string; '#text'?: string }[] };
  const dataOf = (el: Data) => Object.fromEntries((el.data ?? []).map((d) => [d.key, str(d['#text'])]));
  return {
    nodeIds: (graph.node ?? []).map((n: { id: string }) => n.id),
    edges: (graph.edge ?? []).map((e: Data & { id: string; source: string; target: string }) => {
      const d = dataOf(e);
      return {
        id: e.id,
        type: str(d.e_type),
        source: e.source,
        target: e.target,
        doc: str(d.e_source),
        quote: str(d.e_quote),
        ...factFields((name) => d[`e_${name}`]),
      };
    }),
    scopeQuery: JSON.parse(dataOf(graph).g_scope as string).query,
  };
}

function readGexf(bytes: Uint8Array): ReadBack {
  const text = new TextDecoder().decode(bytes);
  const graph = parseGexf(MultiDirectedGraph, text);
  const description = str(xml.parse(text).gexf.meta.description);
  const scope = /Scope: (.*?)\. One edge/.exec(description)?.[1] ?? '?';
  return {
    nodeIds: graph.nodes(),
    edges: graph.mapEdges((id, a, source, target) => ({
      id,
      type: str(a.type),
      source,
      target,
      doc: str(a.source),
      quote: str(a.quote),
      ...factFields((name) => a[name]),
    })),
    scopeQuery: scope.startsWith('default') ? '' : scope,
  };
}

/** Cypher literal string → text (the escapes the serializer writes). */
function unescapeCypher(body: string): string {
  return body.replace(/\\(u[0-9a-f]{4}|.)/g, (_, c: string) =>
    c.length > 1
      ? String.fromCharCode(parseInt(c.slice(1), 16))
      : (({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c),
  );
}

function readCypher(bytes: Uint8Array): ReadBack {
  const text = new TextDecoder().decode(bytes);
  const lit = "'((?:[^'\\\\]|\\\\.)*)'";
  const prop = (statement: string, name: string) => {
    const m = new RegExp(`(?:\\{|, )${name}: ${lit}`).exec(statement);
    if (m) return unescapeCypher(m[1] as string);
    // Integers bare, dates as date('…'): the text either way.
    const other = new RegExp(`(?:\\{|, )${name}: (?:(-?\\d+)|date\\('([0-9-]+)'\\))[,}]`).exec(statement);
    return other ? ((other[1] ?? other[2]) as string) : '';
  };
  const nodeIds: string[] = [];
  const edges: ReadEdge[] = [];
  for (const { text: s } of splitStatements(text, 'export.cypher')) {
    const node = new RegExp(`^CREATE \\(:([\\w:]+) \\{id: ${lit}`).exec(s);
    if (node) {
      if (node[1] !== 'Source') nodeIds.push(unescapeCypher(node[2] as string));
      continue;
    }
    const rel = new RegExp(
      `^MATCH \\(a:\\w+ \\{id: ${lit}\\}\\), \\(b:\\w+ \\{id: ${lit}\\}\\) CREATE \\(a\\)-\\[:(\\w+)(.*)\\]->\\(b\\)$`,
    ).exec(s);
    if (rel) {
      const [source, target, type, rest] = [
        unescapeCypher(rel[1] as string),
        unescapeCypher(rel[2] as string),
        rel[3] as string,
        rel[4] as string,
      ];
      const id = prop(rest, 'id') || (type === 'HAS_CLAIM' ? `${source}--has-claim--${target}` : '');
      edges.push({
        id,
        type,
        source,
        target,
        doc: prop(rest, 'source'),
        quote: prop(rest, 'quote'),
        ...factFields((name) => prop(rest, name)),
      });
    }
  }
  const scope = /^\/\/ Scope: (.*)$/m.exec(text)?.[1] ?? '?';
  return { nodeIds, edges, scopeQuery: scope.startsWith('default') ? '' : scope };
}

export const READERS = {
  json: readJson,
  csv: readCsvZip,
  graphml: readGraphml,
  gexf: readGexf,
  cypher: readCypher,
} as const;
export type ReadableFormat = keyof typeof READERS;
export const FORMATS = Object.keys(READERS) as ReadableFormat[];

/** GET /export/<format>?<query>, checked to be 200, read back. */
export async function exportAndRead(driver: Driver, format: ReadableFormat, query = ''): Promise<ReadBack> {
  const response = await exportResponse(driver, `/export/${format}${query ? `?${query}` : ''}`);
  if (response.status !== 200)
    throw new Error(`export ${format}?${query}: HTTP ${response.status} ${await response.text()}`);
  return READERS[format](new Uint8Array(await response.arrayBuffer()));
}
