// The seeded knowledge graph, read back from the shared test Neo4j through Cypher: the facts a
// researcher asks about first are there with their sources and quotes, and search finds ISIS-K.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSeedsReport } from '../../cypher/validate/validate-seeds.ts';
import { testDriver } from '../support/neo4j.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await driver.verifyConnectivity();
});
afterAll(async () => {
  await driver?.close();
});

async function rows(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
  return records.map((r) => r.toObject());
}

describe('the seeded knowledge graph', () => {
  it('holds exactly what the seed files define', async () => {
    const report = await validateSeedsReport({
      seedDir: path.join(repoRoot, 'cypher/seed'),
      corpusDir: path.resolve(repoRoot, '../shared/seeds'),
    });
    const [counts] = await rows(`
      RETURN COUNT { (n:Entity) } + COUNT { (s:Source) } AS nodes,
             COUNT { ()-[r]->() WHERE NOT r:HAS_CLAIM } AS relationships,
             COUNT { (c:Claim) } AS claims`);
    expect(counts).toEqual({
      nodes: neo4j.int(report.nodes),
      relationships: neo4j.int(report.relationships),
      claims: neo4j.int(report.claims),
    });
  });

  it('gives every relationship and claim a source document, a quote and a confidence', async () => {
    const bad = await rows(`
      MATCH ()-[r]->() WHERE NOT r:HAS_CLAIM
        AND (r.quote IS NULL OR r.confidence IS NULL OR NOT EXISTS { (:Source {id: r.source}) })
      RETURN r.id AS id
      UNION
      MATCH (c:Claim)
      WHERE c.quote IS NULL OR c.confidence IS NULL OR NOT EXISTS { (:Source {id: c.source}) }
      RETURN c.id AS id`);
    expect(bad).toEqual([]);
  });

  it('says ISKP’s fighters came from the Pakistani and Afghan Taliban, the IMU, al-Qaeda’s Pakistan branch and the Haqqani network', async () => {
    const found = await rows(`
      MATCH (:Entity {id: 'iskp'})-[r:DEFECTED_FROM]->(g:Entity:Group)
      MATCH (s:Source {id: r.source})
      RETURN g.id AS group, collect(DISTINCT s.id) AS sources`);
    const byGroup = Object.fromEntries(found.map((r) => [r.group, r.sources]));
    expect(byGroup).toMatchObject({
      'pakistani-taliban': expect.arrayContaining(['doc-000', 'doc-001', 'doc-002']),
      'afghan-taliban': expect.arrayContaining(['doc-000', 'doc-001', 'doc-002', 'doc-003']),
      'islamic-movement-of-uzbekistan': ['doc-001'],
      'al-qaeda-pakistan-branch': ['doc-003'],
      'haqqani-network': ['doc-003'],
    });
  });

  it('has ISKP and the Afghan Taliban as rivals, on the word of every document', async () => {
    const [r] = await rows(`
      MATCH (:Entity {id: 'iskp'})-[r:RIVAL_OF]-(:Entity {id: 'afghan-taliban'})
      RETURN collect(DISTINCT r.source) AS sources`);
    expect([...(r!.sources as string[])].sort()).toEqual(['doc-000', 'doc-001', 'doc-002', 'doc-003']);
  });

  it('keeps the suspected Haqqani link with its source and quote', async () => {
    const links = await rows(`
      MATCH (:Entity {id: 'iskp'})-[r:LINKED_TO]-(:Entity {id: 'haqqani-network'})
      RETURN r.source AS source, r.quote AS quote, r.confidence AS confidence
      ORDER BY r.id`);
    expect(links).toContainEqual({
      source: 'doc-003',
      quote: expect.stringContaining('Isis-K has suspected links to the Haqqani network'),
      confidence: 'suspected',
    });
  });

  it('keeps both casualty figures of the airport attack, each with its source', async () => {
    const claims = await rows(`
      MATCH (:Entity {id: 'kabul-airport-attack'})-[:HAS_CLAIM]->(c:Claim {property: 'killed'})
      MATCH (s:Source {id: c.source})
      RETURN s.id AS source, s.file AS file, c.value AS value, c.qualifier AS qualifier, c.refersTo AS refersTo
      ORDER BY source, value DESC`);
    expect(claims).toEqual([
      {
        source: 'doc-001',
        file: '001_3aabd30c241e9eea.txt',
        value: neo4j.int(60),
        qualifier: 'at least',
        refersTo: 'people killed',
      },
      {
        source: 'doc-001',
        file: '001_3aabd30c241e9eea.txt',
        value: neo4j.int(12),
        qualifier: 'at least',
        refersTo: 'US Marines killed',
      },
      {
        source: 'doc-003',
        file: '003_9560ccf9f8c25f6d.txt',
        value: neo4j.int(79),
        qualifier: 'at least',
        refersTo: 'Afghans killed',
      },
      {
        source: 'doc-003',
        file: '003_9560ccf9f8c25f6d.txt',
        value: neo4j.int(13),
        qualifier: null,
        refersTo: 'American soldiers killed',
      },
    ]);
  });

  it('stores entity dates as Neo4j dates with their precision', async () => {
    const [e] = await rows(`
      MATCH (e:Entity {id: 'kabul-airport-attack'})
      RETURN e.validFrom AS validFrom, e.validFromPrecision AS precision`);
    expect(neo4j.isDate(e!.validFrom)).toBe(true);
    expect(String(e!.validFrom)).toBe('2021-08-26');
    expect(e!.precision).toBe('day');
  });

  it.each(['ISKP', 'Isis-K', 'Khorasan', 'Islamic State Khorasan Province'])(
    'finds ISKP through the entityNames full-text index by "%s"',
    async (text) => {
      const hits = await rows(
        `CALL db.index.fulltext.queryNodes('entityNames', $text) YIELD node, score
         RETURN node.id AS id ORDER BY score DESC LIMIT 10`,
        { text },
      );
      expect(hits.map((h) => h.id)).toContain('iskp');
    },
  );

  it('finds a group by an alias only in its aliases list', async () => {
    const hits = await rows(
      `CALL db.index.fulltext.queryNodes('entityNames', 'Haqqanis') YIELD node RETURN node.id AS id`,
    );
    expect(hits).toEqual([{ id: 'haqqani-network' }]);
  });
});
