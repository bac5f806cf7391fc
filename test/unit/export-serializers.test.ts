// Unit tests for each export serializer on a tiny inline graph, read back with established parsers
// (JSON.parse, csv-parse, fflate, fast-xml-parser, graphology-gexf).
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../cypher/statement-splitter.ts';
import { serializeToBytes } from '../../api/src/export/serialize.ts';
import { TRICKY, tinyGraph } from './export-tiny-graph.ts';
import { xml } from '../support/xml-parser.ts';

const text = (
  format: Parameters<typeof serializeToBytes>[1],
  file: 'nodes' | 'edges' | 'sources' | null = null,
) => new TextDecoder().decode(serializeToBytes(tinyGraph('minConfidence=disputed'), format, file));

describe('JSON (node-link)', () => {
  const data = JSON.parse(text('json'));
  it('is a directed multigraph with nodes, links and a graph block', () => {
    expect(data.directed).toBe(true);
    expect(data.multigraph).toBe(true);
    expect(data.nodes).toHaveLength(6);
    expect(data.links).toHaveLength(6);
    expect(data.graph).toMatchObject({
      datasetVersion: '0.1.0+seed.test',
      exportedAt: '2026-11-21T06:00:00.000Z',
    });
    expect(data.graph.scope.minConfidence).toBe('disputed');
    expect(data.graph.sources.map((s: { id: string }) => s.id)).toEqual(['doc-001', 'doc-003']);
    expect(data.graph.sources[0].properties.speakers).toEqual(['Amira Jadoon', 'Andrew Mines']);
  });
  it('keeps labels, typed properties and provenance', () => {
    const attack = data.nodes.find((n: { id: string }) => n.id === 'kabul-airport-attack');
    expect(attack.labels).toEqual(['Entity', 'Event']);
    expect(attack.properties.validFrom).toBe('2021-08-26');
    const claim = data.nodes.find((n: { id: string }) => n.id === 'kabul-airport-attack--killed--doc-001');
    expect(claim.properties.value).toBe(60);
    const link = data.links.find((l: { key: string }) => l.key === 'iskp--rival-of--afghan-taliban--doc-003');
    expect(link).toMatchObject({ source: 'iskp', target: 'afghan-taliban', type: 'RIVAL_OF' });
    expect(link.properties).toMatchObject({ source: 'doc-003', quote: TRICKY, confidence: 'alleged' });
  });
});

describe('CSV', () => {
  const zip = unzipSync(serializeToBytes(tinyGraph(), 'csv'));
  const read = (name: string) =>
    parseCsv(strFromU8(zip[name] as Uint8Array), { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
  it('zips nodes, edges, sources and metadata', () => {
    expect(Object.keys(zip).sort()).toEqual(['edges.csv', 'metadata.json', 'nodes.csv', 'sources.csv']);
    expect(JSON.parse(strFromU8(zip['metadata.json'] as Uint8Array)).counts).toEqual({
      nodes: 6,
      edges: 6,
      sources: 2,
    });
  });
  it('writes Gephi columns and every property', () => {
    const nodes = read('nodes.csv');
    expect(Object.keys(nodes[0] as object).slice(0, 4)).toEqual(['Id', 'Label', 'kind', 'labels']);
    expect(nodes.find((n) => n.Id === 'iskp')).toMatchObject({
      Label: 'Islamic State Khorasan Province',
      kind: 'Group',
      category: 'militant-group',
    });
    expect(JSON.parse(nodes.find((n) => n.Id === 'iskp')?.aliases as string)).toContain('O\'Brien\'s "K"');
    expect(nodes.find((n) => n.Id === 'kabul-airport-attack--killed--doc-003')).toMatchObject({
      Label: 'killed: 170.0 people',
      sourceDocument: 'doc-003',
      quote: TRICKY,
    });
    const edges = read('edges.csv');
    expect(Object.keys(edges[0] as object).slice(0, 6)).toEqual([
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'relationshipType',
    ]);
    const rival = edges.find((e) => e.Id === 'iskp--rival-of--afghan-taliban--doc-001');
    expect(rival).toMatchObject({
      Source: 'iskp',
      Target: 'afghan-taliban',
      Type: 'Undirected',
      Label: 'RIVAL_OF',
      sourceDocument: 'doc-001',
      validFrom: '2015-01-01',
      validToPrecision: 'month',
    });
    expect(edges.find((e) => e.Label === 'CLAIMED')?.Type).toBe('Directed');
    expect(edges.filter((e) => e.Label === 'HAS_CLAIM')).toHaveLength(2);
    expect(read('sources.csv').map((s) => s.id)).toEqual(['doc-001', 'doc-003']);
  });
  it('delivers a single file on request, CRLF-terminated', () => {
    const edges = text('csv', 'edges');
    expect(edges.startsWith('Source,Target,Type,Id,Label,relationshipType,')).toBe(true);
    expect(edges.split('\r\n').length).toBeGreaterThan(6);
  });
});

describe('GraphML', () => {
  const doc = xml.parse(text('graphml'));
  const keys = doc.graphml.key as {
    id: string;
    for: string;
    'attr.name': string;
    'attr.type': string;
    desc?: string;
  }[];
  const key = (kind: string, name: string) => keys.find((k) => k.for === kind && k['attr.name'] === name);
  it('declares a typed key for every property', () => {
    expect(key('node', 'value')?.['attr.type']).toBe('double'); // 60 and 170.0 share the column
    expect(key('node', 'name')?.['attr.type']).toBe('string');
    expect(key('node', 'aliases')?.desc).toMatch(/JSON array/);
    expect(key('edge', 'validFrom')?.desc).toMatch(/YYYY-MM-DD/);
    expect(key('edge', 'symmetric')?.['attr.type']).toBe('boolean');
    expect(key('graph', 'sources')).toBeDefined();
    expect(key('node', 'id')).toBeUndefined();
  });
  it('writes nodes, edges with ids, and provenance', () => {
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node).toHaveLength(6);
    expect(graph.edge).toHaveLength(6);
    const edge = graph.edge.find((e: { id: string }) => e.id === 'iskp--rival-of--afghan-taliban--doc-003');
    const data = Object.fromEntries(
      edge.data.map((d: { key: string; '#text': string }) => [d.key, d['#text']]),
    );
    expect(data).toMatchObject({
      e_type: 'RIVAL_OF',
      e_source: 'doc-003',
      e_quote: TRICKY,
      e_symmetric: 'true',
    });
    const sources = JSON.parse(graph.data.find((d: { key: string }) => d.key === 'g_sources')['#text']);
    expect(sources[0]).toMatchObject({ id: 'doc-001', date: '2021-08-27' });
  });
});

describe('GEXF 1.3', () => {
  const source = text('gexf');
  it('is a dynamic graph with dated edges and nodes', () => {
    const doc = xml.parse(source);
    expect(doc.gexf.version).toBe('1.3');
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.gexf.graph).toMatchObject({
      mode: 'dynamic',
      timeformat: 'date',
      defaultedgetype: 'directed',
    });
    expect(source).not.toMatch(/<attributes [^>]*mode=/); // GEXF 1.3 dropped `mode` on <attributes>
    const rival = doc.gexf.graph.edges.edge.find(
      (e: { id: string }) => e.id === 'iskp--rival-of--afghan-taliban--doc-001',
    );
    expect(rival).toMatchObject({ start: '2015-01-01', end: '2021-08-31', kind: 'RIVAL_OF' });
    const attack = doc.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'kabul-airport-attack');
    expect(attack).toMatchObject({ start: '2021-08-26', end: '2021-08-26' });
  });
  it('reads back with graphology-gexf', () => {
    const graph = parseGexf(MultiDirectedGraph, source);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6);
    expect(graph.getEdgeAttributes('iskp--rival-of--afghan-taliban--doc-003')).toMatchObject({
      type: 'RIVAL_OF',
      source: 'doc-003',
      quote: TRICKY,
      symmetric: true,
    });
    expect(graph.getNodeAttributes('kabul-airport-attack--killed--doc-001')).toMatchObject({
      value: 60,
      kind: 'Claim',
    });
  });
});

describe('Cypher', () => {
  const script = text('cypher');
  it('has one statement per line, schema first', () => {
    const lines = script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));
    expect(lines.every((l) => l.endsWith(';'))).toBe(true);
    expect(splitStatements(script, 'export.cypher')).toHaveLength(lines.length);
    expect(lines[0]).toBe(
      'CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE;',
    );
    expect(lines).toHaveLength(1 + 1 + 2 + 6 + 6);
  });
  it('writes literals exactly', () => {
    expect(script).toContain(
      "CREATE (:Entity:Event {id: 'kabul-airport-attack', name: 'Kabul airport attack', aliases: ['airport attack'], category: 'attack', validFrom: date('2021-08-26')",
    );
    expect(script).toContain('value: 60});');
    expect(script).toContain('value: 170.0});');
    expect(script).toContain("quote: 'He said \"it\\'s <over> & done\" \\\\ then\\nleft — ٢٠٢١'");
    expect(script).toContain(
      "MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Claim {id: 'kabul-airport-attack--killed--doc-001'}) CREATE (a)-[:HAS_CLAIM]->(b);",
    );
    expect(script).toContain("CREATE (:Source {id: 'doc-001', title: 'What is ISIS-K?'");
  });
});
