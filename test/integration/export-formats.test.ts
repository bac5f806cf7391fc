// Integration: the default export (asserted, actual facts) in every format from the real seeded
// Neo4j, read back with established parsers, gives the database's nodes, relationships, types,
// provenance and fact fields, and no denied fact or aim or forecast among them; the whole
// database is one request away.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { exportAndRead, exportResponse, FORMATS } from './export-read-back.ts';
import { sortEdges, truthFor, type Truth } from './export-truth.ts';

/** Every stance and modality: the whole database. */
const EVERYTHING = 'stances=asserted,denied,unclear&modalities=actual,intended,expected';

let driver: Driver;
let truth: Truth;

beforeAll(async () => {
  driver = testDriver();
  truth = await truthFor(driver, null);
  // The seeded graph is the test's subject: fail loudly if it is not there.
  expect(truth.nodeIds.length).toBeGreaterThan(40);
  expect(truth.edges.filter((e) => e.type !== 'HAS_CLAIM').length).toBeGreaterThan(100);
});
afterAll(async () => {
  await driver?.close();
});

describe.each(FORMATS)('default export as %s', (format) => {
  it('has every entity, and every asserted, actual fact with its type, ends, provenance and fact fields', async () => {
    const read = await exportAndRead(driver, format);
    expect([...read.nodeIds].sort()).toEqual(truth.nodeIds);
    expect(sortEdges(read.edges)).toEqual(truth.edges);
    expect(read.scopeQuery).toBe('');
  });

  it('holds no denied fact, no aim and no forecast', async () => {
    const { records } = await driver.executeQuery(
      "MATCH ()-[r]->() WHERE r.stance = 'denied' OR r.modality IN ['intended', 'expected'] RETURN r.id AS id",
    );
    const left = records.map((r) => r.get('id') as string);
    expect(left.length).toBeGreaterThan(0); // the seed has them: the test means something
    const read = await exportAndRead(driver, format);
    const facts = read.edges.filter((e) => e.type !== 'HAS_CLAIM');
    expect(facts.every((e) => e.stance === 'asserted' && e.modality === 'actual')).toBe(true);
    const ids = new Set(read.edges.map((e) => e.id));
    expect(left.filter((id) => ids.has(id))).toEqual([]);
  });
});

describe('whole-database export', () => {
  it.each(FORMATS)('as %s has every fact, each marked with its stance and modality', async (format) => {
    const all = await truthFor(driver, null, 'true', {}, 'true');
    const read = await exportAndRead(driver, format, EVERYTHING);
    expect([...read.nodeIds].sort()).toEqual(all.nodeIds);
    expect(sortEdges(read.edges)).toEqual(all.edges);
    expect(read.edges.some((e) => e.stance === 'denied')).toBe(true);
    expect(read.edges.some((e) => e.modality === 'intended')).toBe(true);
  });
});

describe('export responses', () => {
  it('name the file, say the media type and record dataset version and sources', async () => {
    const expectations = {
      json: ['application/json', /^khorasan-graph-\d{8}\.json$/],
      csv: ['application/zip', /^khorasan-graph-\d{8}\.zip$/],
      graphml: ['application/graphml+xml', /^khorasan-graph-\d{8}\.graphml$/],
      gexf: ['application/gexf+xml', /^khorasan-graph-\d{8}\.gexf$/],
      cypher: ['text/plain', /^khorasan-graph-\d{8}\.cypher$/],
    } as const;
    for (const format of FORMATS) {
      const response = await exportResponse(driver, `/export/${format}`);
      expect(response.status).toBe(200);
      const [type, name] = expectations[format];
      expect(response.headers.get('content-type')).toContain(type);
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="/);
      expect(/filename="([^"]+)"/.exec(disposition)?.[1]).toMatch(name);
      await response.arrayBuffer();
    }
    const json = await (await exportResponse(driver, `/export/json?${EVERYTHING}`)).json();
    expect(json.graph.scope.whole).toBe(true);
    expect(json.graph.datasetVersion).toMatch(/^\d+\.\d+\.\d+\+seed\.[0-9a-f]{12}$/);
    expect(new Date(json.graph.exportedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const { records } = await driver.executeQuery(
      'MATCH (s:Source) RETURN s.id AS id, s.title AS title ORDER BY id',
    );
    expect(
      json.graph.sources.map((s: { id: string; properties: { title: string } }) => [
        s.id,
        s.properties.title,
      ]),
    ).toEqual(records.map((r) => [r.get('id'), r.get('title')]));
  });

  it('serve a single CSV with ?file=', async () => {
    const response = await exportResponse(driver, '/export/csv?file=sources');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/-sources\.csv"$/);
    const text = await response.text();
    expect(text.split('\r\n')[0]).toMatch(/^id,title,/);
    expect(text).toContain('001_3aabd30c241e9eea.txt');
  });

  it('answer GET /export with the formats and parameters', async () => {
    const response = await exportResponse(driver, '/export');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.formats).toEqual(FORMATS);
    expect(Object.keys(body.parameters)).toEqual(
      expect.arrayContaining(['stances', 'modalities', 'minCredibility', 'includePossible']),
    );
    expect(Object.keys(body.parameters)).not.toContain('minConfidence');
  });
});
