// Integration: scope parameters narrow (or, for stances and modalities, widen) the export the same
// way in every format, fact fields included (checked against independent queries on the real
// seeded Neo4j), the scope is recorded in the export, and bad formats or scopes get HTTP 400 with
// a body that names the parameter and the allowed values.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { exportAndRead, exportResponse, FORMATS } from './export-read-back.ts';
import {
  DEFAULT_FACTS,
  idsOf,
  knownIn,
  possibleIn,
  sortEdges,
  truthFor,
  type Truth,
} from './export-truth.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

const facts = DEFAULT_FACTS;

interface Case {
  query: string;
  /** The canonical scope the export must record. */
  recorded: string;
  truth: (driver: Driver) => Promise<Truth>;
}

const CASES: Case[] = [
  {
    query: 'types=rival-of,CLASHED_WITH&minCredibility=reported',
    recorded: 'types=RIVAL_OF%2CCLASHED_WITH&minCredibility=reported',
    truth: (d) =>
      truthFor(
        d,
        null,
        `type(r) IN ['RIVAL_OF', 'CLASHED_WITH'] AND r.credibility = 'reported' AND ${facts('r')}`,
        {},
        `c.credibility = 'reported' AND ${facts('c')}`,
      ),
  },
  {
    // A denial comes only when asked for, and then as a denial.
    query: 'stances=denied,asserted&types=OFFSHOOT_OF,AFFILIATE_OF',
    recorded: 'types=OFFSHOOT_OF%2CAFFILIATE_OF&stances=asserted%2Cdenied',
    truth: (d) =>
      truthFor(
        d,
        null,
        "type(r) IN ['OFFSHOOT_OF', 'AFFILIATE_OF'] AND r.stance IN ['asserted', 'denied'] AND r.modality = 'actual'",
        {},
        "c.stance IN ['asserted', 'denied'] AND c.modality = 'actual'",
      ),
  },
  {
    query: 'modalities=intended,expected&claims=exclude',
    recorded: 'modalities=intended%2Cexpected&claims=exclude',
    truth: (d) =>
      truthFor(d, null, "r.stance = 'asserted' AND r.modality IN ['intended', 'expected']", {}, null),
  },
  {
    query: 'types=FUNDED_BY&categories=Group&isolated=exclude&claims=exclude',
    recorded:
      'types=FUNDED_BY&categories=militant-group,criminal-network,state-force,state,coalition,donors,international-organisation&claims=exclude&isolated=exclude',
    truth: async (d) => {
      const ids = await idsOf(
        d,
        `MATCH (a:Group)-[r:FUNDED_BY]-(b:Group) WHERE ${facts('r')} RETURN DISTINCT a.id AS id`,
      );
      return truthFor(d, ids, `type(r) = 'FUNDED_BY' AND ${facts('r')}`, {}, null);
    },
  },
  {
    query: 'focus=iskp',
    recorded: 'focus=iskp&depth=1',
    truth: async (d) => {
      const ids = await idsOf(
        d,
        `MATCH (f:Entity {id: 'iskp'}) OPTIONAL MATCH (f)-[r]-(b:Entity) WHERE type(r) <> 'HAS_CLAIM' AND ${facts('r')} ` +
          'WITH f, collect(DISTINCT b.id) AS near UNWIND [f.id] + near AS id RETURN DISTINCT id',
      );
      return truthFor(d, ids, `type(r) <> 'HAS_CLAIM' AND ${facts('r')}`);
    },
  },
  {
    query: 'focus=haqqani-network&depth=2&types=LINKED_TO,COOPERATED_WITH,AFFILIATE_OF,BASED_IN',
    recorded: 'types=AFFILIATE_OF%2CLINKED_TO%2CCOOPERATED_WITH%2CBASED_IN&focus=haqqani-network&depth=2',
    truth: async (d) => {
      const types = ['LINKED_TO', 'COOPERATED_WITH', 'AFFILIATE_OF', 'BASED_IN'];
      const ids = await idsOf(
        d,
        `MATCH p = (f:Entity {id: 'haqqani-network'})-[*0..2]-(b:Entity) WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${facts('r')}) RETURN DISTINCT b.id AS id`,
        { types },
      );
      return truthFor(d, ids, `type(r) IN $types AND ${facts('r')}`, { types });
    },
  },
  {
    query: 'asOf=2021-08-26',
    recorded: 'asOf=2021-08-26',
    truth: async (d) => {
      const params = { from: '2021-08-26', to: '2021-08-26' };
      const ids = await idsOf(d, `MATCH (n:Entity) WHERE ${knownIn('n')} RETURN n.id AS id`, params);
      return truthFor(
        d,
        ids,
        `type(r) <> 'HAS_CLAIM' AND ${facts('r')} AND ${knownIn('r')}`,
        params,
        `${facts('c')} AND ${knownIn('c')}`,
      );
    },
  },
  {
    query: 'asOf=2020',
    recorded: 'asOf=2020',
    truth: async (d) => {
      const params = { from: '2020-01-01', to: '2020-12-31' };
      const ids = await idsOf(d, `MATCH (n:Entity) WHERE ${knownIn('n')} RETURN n.id AS id`, params);
      return truthFor(
        d,
        ids,
        `type(r) <> 'HAS_CLAIM' AND ${facts('r')} AND ${knownIn('r')}`,
        params,
        `${facts('c')} AND ${knownIn('c')}`,
      );
    },
  },
  {
    // What may hold in 2019 as well as what the documents place there.
    query: 'asOf=2019&includePossible=true',
    recorded: 'asOf=2019&includePossible=true',
    truth: async (d) => {
      const params = { from: '2019-01-01', to: '2019-12-31' };
      const inIt = (x: string) => `(${knownIn(x)} OR ${possibleIn(x)})`;
      const ids = await idsOf(d, `MATCH (n:Entity) WHERE ${inIt('n')} RETURN n.id AS id`, params);
      return truthFor(
        d,
        ids,
        `type(r) <> 'HAS_CLAIM' AND ${facts('r')} AND ${inIt('r')}`,
        params,
        `${facts('c')} AND ${inIt('c')}`,
      );
    },
  },
  {
    query: 'from=2015&to=2016-06&categories=militant-group,Place&minCredibility=alleged',
    recorded:
      'categories=militant-group%2Cregion%2Ccountry%2Cprovince%2Ccity%2Cdistrict%2Cfacility&minCredibility=alleged&from=2015-01-01&to=2016-06-30',
    truth: async (d) => {
      const params = {
        from: '2015-01-01',
        to: '2016-06-30',
        cats: ['militant-group', 'region', 'country', 'province', 'city', 'district', 'facility'],
      };
      const ids = await idsOf(
        d,
        `MATCH (n:Entity) WHERE n.category IN $cats AND ${knownIn('n')} RETURN n.id AS id`,
        params,
      );
      const credible = (x: string) => `${x}.credibility IN ['reported', 'estimated', 'alleged']`;
      return truthFor(
        d,
        ids,
        `type(r) <> 'HAS_CLAIM' AND ${credible('r')} AND ${facts('r')} AND ${knownIn('r')}`,
        params,
        `${credible('c')} AND ${facts('c')} AND ${knownIn('c')}`,
      );
    },
  },
];

describe.each(CASES)('scope $query', ({ query, recorded, truth }) => {
  let expected: Truth;
  beforeAll(async () => {
    expected = await truth(driver);
  });

  it('selects part of the database (not all of it, not nothing)', async () => {
    const whole = await truthFor(driver, null, 'true', {}, 'true');
    expect(expected.edges.length).toBeGreaterThan(0);
    expect(expected.edges.length).toBeLessThan(whole.edges.length);
  });

  it.each(FORMATS)('gives the same nodes and edges as %s, and records the scope', async (format) => {
    const read = await exportAndRead(driver, format, query);
    expect([...read.nodeIds].sort()).toEqual(expected.nodeIds);
    expect(sortEdges(read.edges)).toEqual(expected.edges);
    expect(decodeURIComponent(read.scopeQuery)).toBe(decodeURIComponent(recorded));
  });
});

describe('bad requests', () => {
  async function problem(path: string) {
    const response = await exportResponse(driver, path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    return response.json();
  }

  it('rejects an unknown format, listing the formats', async () => {
    const body = await problem('/export/xlsx');
    expect(body.problems[0]).toMatchObject({ parameter: 'format', value: 'xlsx', allowed: FORMATS });
    expect(body.error).toBe(
      "format: unknown export format 'xlsx' (allowed: json, csv, graphml, gexf, cypher)",
    );
  });

  it('rejects a bad scope in every format, naming the parameter and the allowed values', async () => {
    for (const format of FORMATS) {
      const body = await problem(
        `/export/${format}?types=RIVAL&stances=refuted&modalities=planned&minCredibility=certain&asOf=2020&includePossible=maybe`,
      );
      expect(body.problems.map((p: { parameter: string }) => p.parameter)).toEqual([
        'types',
        'stances',
        'modalities',
        'minCredibility',
        'includePossible',
      ]);
      expect(body.problems[3].allowed).toEqual(['reported', 'estimated', 'alleged', 'suspected']);
    }
  });

  it('rejects an unknown focus id, a bad depth, dates and misplaced file', async () => {
    expect((await problem('/export/json?focus=iskp,no-such-group')).error).toBe(
      "focus: no entity has the id 'no-such-group'",
    );
    expect((await problem('/export/gexf?focus=iskp&depth=5')).problems[0].parameter).toBe('depth');
    expect((await problem('/export/cypher?from=2021&to=2019')).problems[0].message).toMatch(/after/);
    expect((await problem('/export/json?asOf=26-08-2021')).problems[0].parameter).toBe('asOf');
    expect((await problem('/export/graphml?file=nodes')).problems[0].parameter).toBe('file');
    expect((await problem('/export/csv?minConfidence=reported')).problems[0].message).toBe(
      "unknown parameter 'minConfidence'",
    );
    expect((await problem('/export/json?includePossible=true')).problems[0].message).toMatch(
      /needs a window/,
    );
  });

  it('answers other methods with 405', async () => {
    const response = await exportResponse(driver, '/export/json', { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
