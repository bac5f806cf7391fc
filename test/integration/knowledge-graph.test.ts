// The seeded knowledge graph, read back from the shared test Neo4j through Cypher: the facts a
// researcher asks about first are there with their sources and quotes, search finds ISIS-K, and
// the API's queries keep denials, aims and facts outside a time window out unless asked.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREDIBILITY_LEVELS,
  ENTITY_LABELS,
  MODALITIES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STANCES,
} from '../../core/model.ts';
import { getSubgraph, listRelationships, type FilterParams } from '../../cypher/db/graph-queries.ts';
import { createQueryRunner, type RunQuery } from '../../cypher/db/run-query.ts';
import type { CitationRow } from '../../cypher/db/types.ts';
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
      RETURN COUNT { (n:Entity) } AS nodes,
             COUNT { ()-[r]->() WHERE NOT r:HAS_CLAIM } AS relationships,
             COUNT { (c:Claim) } AS claims`);
    expect(counts).toEqual({
      nodes: neo4j.int(report.nodes),
      relationships: neo4j.int(report.relationships),
      claims: neo4j.int(report.claims),
    });
  });

  it('gives every relationship and claim a source document, a quote, a stance, a modality and two grades', async () => {
    const bad = await rows(`
      MATCH ()-[r]->() WHERE NOT r:HAS_CLAIM
        AND (r.quote IS NULL OR r.stance IS NULL OR r.modality IS NULL OR r.credibility IS NULL
          OR r.reliability IS NULL OR r.confidence IS NOT NULL OR NOT EXISTS { (:Source {id: r.source}) })
      RETURN r.id AS id
      UNION
      MATCH (c:Claim)
      WHERE c.quote IS NULL OR c.stance IS NULL OR c.modality IS NULL OR c.credibility IS NULL
        OR c.reliability IS NULL OR c.confidence IS NOT NULL OR NOT EXISTS { (:Source {id: c.source}) }
      RETURN c.id AS id`);
    expect(bad).toEqual([]);
  });

  it('says ISKP’s fighters defected from the Pakistani and Afghan Taliban, the IMU, al-Qaeda’s Pakistan branch and the Haqqani network', async () => {
    const found = await rows(`
      MATCH (:Entity {id: 'iskp'})-[r:DEFECTED_FROM]->(g:Entity:Group)
      MATCH (s:Source {id: r.source})
      RETURN g.id AS group, collect(DISTINCT s.id) AS sources`);
    const byGroup = Object.fromEntries(found.map((r) => [r.group, r.sources]));
    expect(byGroup['pakistani-taliban']).not.toContain('doc-000');
    const [pool] = await rows(`
      MATCH (:Entity {id: 'iskp'})-[r:DRAWS_MEMBERS_FROM {source: 'doc-000'}]->(:Entity {id: 'pakistani-taliban'})
      RETURN count(r) AS n`);
    expect(pool!.n).toEqual(neo4j.int(1));
    expect(byGroup).toMatchObject({
      // doc-000 says ISKP draws members from the Pakistani Taliban, not that they defected.
      'pakistani-taliban': expect.arrayContaining(['doc-001', 'doc-002']),
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
      RETURN r.source AS source, r.quote AS quote, r.stance AS stance, r.credibility AS credibility
      ORDER BY r.id`);
    expect(links).toContainEqual({
      source: 'doc-003',
      quote: expect.stringContaining('Isis-K has suspected links to the Haqqani network'),
      stance: 'asserted',
      credibility: 'suspected',
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

/** What the API sends by default (docs/model-interfaces.md): asserted, actual, every credibility. */
function filter(overrides: Partial<FilterParams> = {}): FilterParams {
  return {
    types: [...RELATIONSHIP_TYPE_NAMES],
    stances: ['asserted'],
    modalities: ['actual'],
    credibilities: [...CREDIBILITY_LEVELS],
    sources: null,
    kinds: [...ENTITY_LABELS],
    windowStart: null,
    windowEnd: null,
    includePossible: false,
    symmetricTypes: RELATIONSHIP_TYPE_NAMES.filter((t) => RELATIONSHIP_TYPES[t].symmetric),
    ...overrides,
  };
}

const day = (iso: string) => neo4j.types.Date.fromStandardDate(new Date(`${iso}T00:00:00Z`));

describe('the API queries under the honest filter', () => {
  let run: RunQuery;
  beforeAll(() => {
    run = createQueryRunner(driver, { timeoutMs: 30_000 });
  });

  async function citations(params: FilterParams): Promise<CitationRow[]> {
    const graph = await getSubgraph(run, { ...params, includeIsolated: false });
    return graph.edges.flatMap((edge) => edge.citations);
  }

  it('leaves a denial out by default and returns it, marked denied, when asked', async () => {
    const denial = 'iskp--offshoot-of--islamic-state--doc-000';
    const byDefault = await listRelationships(run, {
      ...filter(),
      entity: 'iskp',
      afterId: null,
      first: 500,
    });
    expect(byDefault.items.map((r) => r.id)).not.toContain(denial);
    expect(byDefault.items.every((r) => r.stance === 'asserted' && r.modality === 'actual')).toBe(true);
    const asked = await listRelationships(run, {
      ...filter({ stances: [...STANCES] }),
      entity: 'iskp',
      afterId: null,
      first: 500,
    });
    expect(asked.items.find((r) => r.id === denial)).toMatchObject({ stance: 'denied', type: 'OFFSHOOT_OF' });
  });

  it('draws no intended attack among TARGETED by default; asked for, they come marked intended', async () => {
    const intended = (await rows(`MATCH ()-[r:TARGETED {modality: 'intended'}]->() RETURN r.id AS id`)).map(
      (r) => r.id as string,
    );
    expect(intended.length).toBeGreaterThan(0);
    const byDefault = await citations(filter({ types: ['TARGETED'] }));
    expect(byDefault.length).toBeGreaterThan(0);
    expect(byDefault.filter((c) => c.modality !== 'actual')).toEqual([]);
    const asked = await citations(filter({ types: ['TARGETED'], modalities: [...MODALITIES] }));
    expect(
      asked
        .filter((c) => c.modality === 'intended')
        .map((c) => c.id)
        .sort(),
    ).toEqual(intended.sort());
  });

  it('as of 2014 returns only facts known to hold in 2014', async () => {
    const found = await citations(filter({ windowStart: day('2014-01-01'), windowEnd: day('2014-12-31') }));
    // "Isis … in Iraq and Syria" since 2014 (doc-003, present tense).
    expect(found.map((c) => c.id)).toContain('islamic-state--operates-in--iraq-and-syria--doc-003');
    // ISKP's campaign from 2015 is not of 2014.
    expect(found.map((c) => c.id)).not.toContain('iskp--targeted--afghanistan--doc-001');
    for (const c of found) {
      expect(c.timeStatus, c.id).toBe('known');
      expect(c.knownFrom! <= '2014-12-31' && c.knownTo! >= '2014-01-01', c.id).toBe(true);
    }
  });

  it('as of August 2021 returns the facts the documents place then; what only may hold comes when asked', async () => {
    const window = { windowStart: day('2021-08-01'), windowEnd: day('2021-08-31') };
    const known = (await citations(filter(window))).map((c) => c.id);
    // Undated, present tense, in a document of 27 Aug 2021: known on that day.
    expect(known).toContain('iskp--rival-of--afghan-taliban--doc-001');
    // "originally an offshoot of al-Qaeda": past, no bounds: possible before the article, never known.
    expect(known).not.toContain('islamic-state--offshoot-of--al-qaeda--doc-003');
    const withPossible = await citations(filter({ ...window, includePossible: true }));
    expect(withPossible.find((c) => c.id === 'islamic-state--offshoot-of--al-qaeda--doc-003')).toMatchObject({
      timeStatus: 'possible',
      knownFrom: null,
      possibleTo: '2021-08-27',
    });
    expect(withPossible.find((c) => c.id === 'iskp--rival-of--afghan-taliban--doc-001')?.timeStatus).toBe(
      'known',
    );
  });
});
