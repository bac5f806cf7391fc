// Unit tests for each export serializer on a tiny inline graph, read back with established parsers
// (JSON.parse, csv-parse, fflate, fast-xml-parser, graphology-gexf): structure, provenance, and the
// fact fields (stance, modality, grades and their STIX numbers, tense, known and possible spans).
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../cypher/statement-splitter.ts';
import { FACT_FIELD_NAMES } from '../../api/src/export/fact-fields.ts';
import { serializeToBytes } from '../../api/src/export/serialize.ts';
import { TRICKY, tinyGraph } from './export-tiny-graph.ts';
import { xml } from '../support/xml-parser.ts';

type Format = Parameters<typeof serializeToBytes>[1];
type CsvFile = 'nodes' | 'edges' | 'sources' | null;

// The serializers stream (async); every output the tests read is made once, up front.
const SCOPED = tinyGraph('minCredibility=alleged&stances=asserted,denied');
const rendered = new Map<string, string>();
for (const format of ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const) {
  for (const file of format === 'csv' ? ([null, 'nodes', 'edges', 'sources'] as const) : [null]) {
    rendered.set(`${format}/${file}`, new TextDecoder().decode(await serializeToBytes(SCOPED, format, file)));
  }
}
const UNSCOPED_ZIP = await serializeToBytes(tinyGraph(), 'csv');
const text = (format: Format, file: CsvFile = null) => rendered.get(`${format}/${file}`)!;

describe('JSON (node-link)', () => {
  const data = JSON.parse(text('json'));
  it('is a directed multigraph with nodes, links and a graph block', () => {
    expect(data.directed).toBe(true);
    expect(data.multigraph).toBe(true);
    expect(data.nodes).toHaveLength(7);
    expect(data.links).toHaveLength(7);
    expect(data.graph).toMatchObject({
      datasetVersion: '0.1.0+seed.test',
      exportedAt: '2026-11-21T06:00:00.000Z',
    });
    expect(data.graph.scope).toMatchObject({
      minCredibility: 'alleged',
      credibilities: ['reported', 'estimated', 'alleged'],
      stances: ['asserted', 'denied'],
      modalities: ['actual'],
    });
    expect(data.graph.sources.map((s: { id: string }) => s.id)).toEqual(['doc-000', 'doc-001', 'doc-003']);
    expect(data.graph.sources[1].properties.speakers).toEqual(['Amira Jadoon', 'Andrew Mines']);
    expect(Object.keys(data.graph.factFields)).toEqual(FACT_FIELD_NAMES);
    expect(data.graph.reading).toMatch(/STIX maps only that digit/);
  });
  it('keeps labels, typed properties and provenance', () => {
    const attack = data.nodes.find((n: { id: string }) => n.id === 'kabul-airport-attack');
    expect(attack.labels).toEqual(['Entity', 'Event']);
    expect(attack.properties.validFrom).toBe('2021-08-26');
    const claim = data.nodes.find((n: { id: string }) => n.id === 'kabul-airport-attack--killed--doc-001');
    expect(claim.properties.value).toBe(60);
    const link = data.links.find((l: { key: string }) => l.key === 'iskp--rival-of--afghan-taliban--doc-003');
    expect(link).toMatchObject({ source: 'iskp', target: 'afghan-taliban', type: 'RIVAL_OF' });
    expect(link.properties).toMatchObject({ source: 'doc-003', quote: TRICKY, credibility: 'alleged' });
  });
  it('carries every fact field on relationships and claims, null where the fact has none', () => {
    const denied = data.links.find(
      (l: { key: string }) => l.key === 'iskp--offshoot-of--islamic-state--doc-000',
    );
    expect(denied.properties).toMatchObject({
      stance: 'denied',
      modality: 'actual',
      credibility: 'reported',
      credibilityScore: 70,
      reliability: 'B',
      reliabilityScore: 70,
      tense: 'past',
      knownFrom: null,
      knownTo: null,
      possibleFrom: null,
      possibleTo: '2021-08-31',
    });
    const fGraded = data.links.find(
      (l: { key: string }) => l.key === 'iskp--rival-of--afghan-taliban--doc-003',
    );
    expect(fGraded.properties).toMatchObject({
      reliability: 'F',
      reliabilityScore: null,
      credibilityScore: 50,
    });
    expect(fGraded.properties.tense).toBe('present'); // absent in Neo4j means present
    const claim = data.nodes.find((n: { id: string }) => n.id === 'kabul-airport-attack--killed--doc-001');
    for (const name of FACT_FIELD_NAMES) expect(claim.properties).toHaveProperty(name);
    expect(claim.properties).toMatchObject({ knownFrom: '2021-08-27', credibilityScore: 70 });
    expect(data.links.find((l: { type: string }) => l.type === 'HAS_CLAIM').properties).toEqual({});
    expect(JSON.stringify(data)).not.toMatch(/confidence"/);
  });
});

describe('CSV', () => {
  const zip = unzipSync(UNSCOPED_ZIP);
  const read = (name: string) =>
    parseCsv(strFromU8(zip[name] as Uint8Array), { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
  it('zips nodes, edges, sources and metadata', () => {
    expect(Object.keys(zip).sort()).toEqual(['edges.csv', 'metadata.json', 'nodes.csv', 'sources.csv']);
    const metadata = JSON.parse(strFromU8(zip['metadata.json'] as Uint8Array));
    expect(metadata.counts).toEqual({ nodes: 7, edges: 7, sources: 3 });
    expect(Object.keys(metadata.factFields)).toEqual(FACT_FIELD_NAMES);
    expect(metadata.grades).toMatch(/reliabilityScore.*extension/);
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
      Label: 'killed: 170 people',
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
    expect(edges.find((e) => e.Id === 'iskp--offshoot-of--islamic-state--doc-000')).toMatchObject({
      stance: 'denied',
      credibilityScore: '70',
      tense: 'past',
      knownFrom: '',
      possibleTo: '2021-08-31',
    });
    expect(rival).toMatchObject({ knownFrom: '2015-01-01', knownTo: '2021-08-31', reliabilityScore: '70' });
    expect(nodes.find((n) => n.Id === 'kabul-airport-attack--killed--doc-001')).toMatchObject({
      stance: 'asserted',
      modality: 'actual',
      credibilityScore: '70',
      reliability: 'C',
      reliabilityScore: '50',
    });
    expect(edges.filter((e) => e.Label === 'HAS_CLAIM')).toHaveLength(2);
    expect(read('sources.csv').map((s) => s.id)).toEqual(['doc-000', 'doc-001', 'doc-003']);
  });
  it('delivers a single file on request, CRLF-terminated', () => {
    const edges = text('csv', 'edges');
    expect(edges.startsWith('Source,Target,Type,Id,Label,relationshipType,')).toBe(true);
    expect(edges.split('\r\n').length).toBeGreaterThan(7);
    for (const name of FACT_FIELD_NAMES) expect(edges.split('\r\n')[0]?.split(',')).toContain(name);
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
  it('declares the fact fields with their types and meanings', () => {
    for (const kind of ['node', 'edge']) {
      expect(key(kind, 'stance')?.['attr.type']).toBe('string');
      expect(key(kind, 'credibilityScore')?.['attr.type']).toBe('int');
      expect(key(kind, 'reliabilityScore')?.['attr.type']).toBe('int');
      expect(key(kind, 'knownFrom')?.desc).toMatch(/places it.*YYYY-MM-DD/);
    }
    expect(key('edge', 'reliabilityScore')?.desc).toMatch(/extension, STIX maps only the credibility digit/);
    expect(key('edge', 'confidence')).toBeUndefined();
    expect(doc.graphml.desc).toMatch(/STIX maps only that digit/);
  });
  it('writes nodes, edges with ids, and provenance', () => {
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node).toHaveLength(7);
    expect(graph.edge).toHaveLength(7);
    const edge = graph.edge.find((e: { id: string }) => e.id === 'iskp--rival-of--afghan-taliban--doc-003');
    const data = Object.fromEntries(
      edge.data.map((d: { key: string; '#text': string }) => [d.key, d['#text']]),
    );
    expect(data).toMatchObject({
      e_type: 'RIVAL_OF',
      e_source: 'doc-003',
      e_quote: TRICKY,
      e_symmetric: 'true',
      e_stance: 'asserted',
      e_reliability: 'F',
      e_credibilityScore: '50',
    });
    expect(data.e_reliabilityScore).toBeUndefined(); // F has no STIX number
    const sources = JSON.parse(graph.data.find((d: { key: string }) => d.key === 'g_sources')['#text']);
    expect(sources[1]).toMatchObject({ id: 'doc-001', date: '2021-08-27' });
  });
});

describe('GEXF 1.3', () => {
  const source = text('gexf');
  it('is a dynamic graph whose edges and nodes span their known spans', () => {
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
    // Known only from the document's date (August 2021), not from a validFrom it does not have.
    const told = doc.gexf.graph.edges.edge.find(
      (e: { id: string }) => e.id === 'iskp--rival-of--afghan-taliban--doc-003',
    );
    expect(told).toMatchObject({ start: '2021-08-01', end: '2021-08-31' });
    const denied = doc.gexf.graph.edges.edge.find(
      (e: { id: string }) => e.id === 'iskp--offshoot-of--islamic-state--doc-000',
    );
    expect(denied.start).toBeUndefined(); // placed at no date: no interval
    expect(denied.end).toBeUndefined();
    const attack = doc.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'kabul-airport-attack');
    expect(attack).toMatchObject({ start: '2021-08-26', end: '2021-08-26' });
    const taliban = doc.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'afghan-taliban');
    expect(taliban).toMatchObject({ start: '2015-01-01', end: '2021-08-31' });
    const state = doc.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'islamic-state');
    expect(state.start).toBeUndefined();
  });
  it('declares the fact fields with their types and says what they mean', () => {
    const doc = xml.parse(source);
    const edgeAttributes =
      (doc.gexf.graph.attributes as { class: string; attribute: { title: string; type: string }[] }[]).find(
        (a) => a.class === 'edge',
      )?.attribute ?? [];
    const typeOf = (title: string) => edgeAttributes.find((a) => a.title === title)?.type;
    expect(typeOf('stance')).toBe('string');
    expect(typeOf('credibilityScore')).toBe('integer');
    expect(typeOf('reliabilityScore')).toBe('integer');
    expect(typeOf('possibleTo')).toBe('string');
    expect(typeOf('confidence')).toBeUndefined();
    expect(String(doc.gexf.meta.description)).toMatch(/STIX maps only that digit.*known span/);
  });
  it('reads back with graphology-gexf', () => {
    const graph = parseGexf(MultiDirectedGraph, source);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(7);
    expect(graph.getEdgeAttributes('iskp--rival-of--afghan-taliban--doc-003')).toMatchObject({
      type: 'RIVAL_OF',
      source: 'doc-003',
      quote: TRICKY,
      symmetric: true,
      stance: 'asserted',
      credibilityScore: 50,
    });
    expect(graph.getEdgeAttributes('iskp--offshoot-of--islamic-state--doc-000')).toMatchObject({
      stance: 'denied',
      tense: 'past',
      possibleTo: '2021-08-31',
    });
    expect(graph.getNodeAttributes('kabul-airport-attack--killed--doc-001')).toMatchObject({
      value: 60,
      kind: 'Claim',
      reliabilityScore: 50,
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
    expect(lines).toHaveLength(1 + 1 + 3 + 7 + 7);
  });
  it('writes literals exactly', () => {
    expect(script).toContain(
      "CREATE (:Entity:Event {id: 'kabul-airport-attack', name: 'Kabul airport attack', aliases: ['airport attack'], category: 'attack', knownFrom: date('2021-08-26')",
    );
    expect(script).toMatch(/, value: 60[,}]/);
    expect(script).toMatch(/, value: 170\.0[,}]/);
    expect(script).toContain("quote: 'He said \"it\\'s <over> & done\" \\\\ then\\nleft — ٢٠٢١'");
    expect(script).toContain(
      "MATCH (a:Entity {id: 'kabul-airport-attack'}), (b:Claim {id: 'kabul-airport-attack--killed--doc-001'}) CREATE (a)-[:HAS_CLAIM]->(b);",
    );
    expect(script).toContain("CREATE (:Source {id: 'doc-001', title: 'What is ISIS-K?'");
  });
  it('writes the fact fields, leaving out those without a value', () => {
    const denied = script
      .split('\n')
      .find((l) => l.includes("id: 'iskp--offshoot-of--islamic-state--doc-000'"));
    expect(denied).toContain("stance: 'denied'");
    expect(denied).toContain('credibilityScore: 70,');
    expect(denied).toContain("tense: 'past'");
    expect(denied).toContain("possibleTo: date('2021-08-31')");
    expect(denied).not.toContain('knownFrom');
    const fGraded = script
      .split('\n')
      .find((l) => l.includes("id: 'iskp--rival-of--afghan-taliban--doc-003'"));
    expect(fGraded).toContain("reliability: 'F'");
    expect(fGraded).not.toContain('reliabilityScore');
    expect(fGraded).toContain("tense: 'present'");
    expect(script).toMatch(/^\/\/ {3}reliabilityScore: .*extension/m);
  });
});
