// Integration: relationships(filter) against the real seeded Neo4j: time, credibility, type,
// entity and source filters, pagination, and provenance on every item.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import type { App } from '../../api/src/app.ts';
import { data, gql, type Answer, useSharedTestApp } from './api-harness.ts';

let driver: Driver;
let app: App;
useSharedTestApp((shared) => ({ driver, app } = shared));

const ITEM = `id type symmetric from { id } to { id } stance modality credibility credibilityScore reliability reliabilityScore
  tense quote attributedTo validFrom validFromPrecision validTo knownFrom knownTo timeStatus
  source { id title publisher date }`;

async function all(filter: Record<string, unknown>) {
  const res = await data(
    app,
    `query($f: RelationshipFilter) { relationships(filter: $f, first: 500) { totalCount items { ${ITEM} } } }`,
    {
      f: filter,
    },
  );
  expect(res.relationships.items.length).toBe(res.relationships.totalCount);
  return res.relationships.items as Answer[];
}

describe('relationships(filter)', () => {
  it('returns every asserted, actual relationship between entities, each with its provenance', async () => {
    const items = await all({});
    const count = await driver.executeQuery(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.stance = 'asserted' AND r.modality = 'actual' RETURN count(r) AS n",
    );
    expect(items.length).toBe(count.records[0]?.get('n').toNumber());
    for (const r of items) {
      expect(r).toMatchObject({ stance: 'ASSERTED', modality: 'ACTUAL', timeStatus: null });
      expect(['A', 'B', 'C', 'D', 'E', 'F']).toContain(r.reliability);
      expect(r.credibilityScore).toBe(
        { REPORTED: 70, ESTIMATED: 50, ALLEGED: 50, SUSPECTED: 30 }[r.credibility as string],
      );
      expect(r.reliabilityScore).toBe(
        { A: 90, B: 70, C: 50, D: 30, E: 10, F: null }[r.reliability as string],
      );
      expect(r.source.id).toMatch(/^doc-00\d$/);
      expect(r.source.title.length).toBeGreaterThan(5);
      expect(r.quote.length).toBeGreaterThan(5);
      expect(RELATIONSHIP_TYPE_NAMES).toContain(r.type);
    }
  });

  it('as of 2014 leaves out what starts in 2015, and keeps what a document places then', async () => {
    const in2014 = await all({ asOf: '2014-06-01' });
    const ids = in2014.map((r) => r.id);
    expect(ids).toContain('islamic-state--operates-in--iraq-and-syria--doc-003');
    expect(ids).not.toContain('iskp--targeted--afghanistan--doc-001');
    expect(in2014.every((r) => r.knownFrom <= '2014-06-01' && r.knownTo >= '2014-06-01')).toBe(true);
    // ISKP was founded in January 2015: nothing of its own counts in 2014.
    expect(in2014.some((r) => r.from.id === 'iskp' || r.to.id === 'iskp')).toBe(false);
    const overlap = (await all({ from: '2010', to: '2014' })).map((r) => r.id);
    expect(overlap).not.toContain('iskp--targeted--afghanistan--doc-001');
    expect(overlap).toContain('islamic-state--operates-in--iraq-and-syria--doc-003');
  });

  it('minCredibility REPORTED drops the suspected Haqqani link', async () => {
    const haqqani = await all({ entity: 'haqqani-network' });
    const suspected = haqqani.find((r) => r.id === 'iskp--linked-to--haqqani-network--doc-003');
    expect(suspected).toMatchObject({
      type: 'LINKED_TO',
      credibility: 'SUSPECTED',
      credibilityScore: 30,
      reliability: 'C',
      symmetric: true,
    });
    const reported = await all({ entity: 'haqqani-network', minCredibility: 'REPORTED' });
    expect(reported.map((r) => r.id)).not.toContain('iskp--linked-to--haqqani-network--doc-003');
    expect(reported.every((r) => r.credibility === 'REPORTED')).toBe(true);
    expect(reported.length).toBeGreaterThan(0);
    const alleged = await all({ minCredibility: 'ALLEGED' });
    // The only estimated relationships are forecasts, left out by default.
    expect(new Set(alleged.map((r) => r.credibility))).toEqual(new Set(['REPORTED', 'ALLEGED']));
  });

  it('filters by type, source and kinds', async () => {
    const rivals = await all({ types: ['RIVAL_OF', 'CLASHED_WITH'], sources: ['doc-000'] });
    expect(rivals.length).toBeGreaterThan(0);
    expect(
      rivals.every((r) => ['RIVAL_OF', 'CLASHED_WITH'].includes(r.type) && r.source.id === 'doc-000'),
    ).toBe(true);
    expect(rivals.map((r) => r.id)).toContain('iskp--rival-of--afghan-taliban--doc-000');
    const groupsOnly = await all({ kinds: ['GROUP'] });
    expect(groupsOnly.every((r) => !['OCCURRED_IN', 'OPERATES_IN', 'CLAIMED'].includes(r.type))).toBe(true);
  });

  it('pages in id order with a cursor', async () => {
    const whole = (await all({ entity: 'iskp' })).map((r) => r.id);
    expect(whole).toEqual([...whole].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res: Answer = await data(
        app,
        `query($after: String) { relationships(filter: {entity: "iskp"}, first: 25, after: $after) { totalCount items { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.relationships.totalCount).toBe(whole.length);
      seen.push(...res.relationships.items.map((r: Answer) => r.id));
      if (!res.relationships.pageInfo.hasNextPage) break;
      after = res.relationships.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
  });

  it('rejects contradictory or unknown filters, naming the argument', async () => {
    const cases: [string, RegExp, string][] = [
      [
        `{ relationships(filter: {asOf: "2015", from: "2014-01-01"}) { totalCount } }`,
        /filter.asOf/,
        'BAD_USER_INPUT',
      ],
      [`{ relationships(filter: {types: []}) { totalCount } }`, /filter.types.*empty list/, 'BAD_USER_INPUT'],
      [
        `{ relationships(filter: {stances: []}) { totalCount } }`,
        /filter.stances.*empty list/,
        'BAD_USER_INPUT',
      ],
      [
        `{ relationships(filter: {includePossible: true}) { totalCount } }`,
        /filter.includePossible.*needs a time/,
        'BAD_USER_INPUT',
      ],
      [`{ relationships(filter: {asOf: "2021-13"}) { totalCount } }`, /Period must be/, 'BAD_USER_INPUT'],
      [
        `{ relationships(first: 501) { totalCount } }`,
        /'first': must be a whole number from 1 to 500/,
        'BAD_USER_INPUT',
      ],
      [
        `{ relationships(filter: {entity: "nobody"}) { totalCount } }`,
        /No entity with id 'nobody'/,
        'NOT_FOUND',
      ],
    ];
    for (const [query, message, code] of cases) {
      const { body } = await gql(app, query);
      expect(body.errors?.[0]?.message, query).toMatch(message);
      expect(body.errors?.[0]?.extensions?.code, query).toBe(code);
    }
    const badType = await gql(app, `{ relationships(filter: {types: [FRIENDS_WITH]}) { totalCount } }`);
    expect(badType.body.errors?.[0]?.message).toMatch(/FRIENDS_WITH/);
  });
});
