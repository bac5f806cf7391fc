// Integration: claims side by side, source(id) with what it supports, the source list and the
// graph statistics, against the real seeded Neo4j and direct Cypher counts.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { App } from '../../api/src/app.ts';
import { data, gql, type Answer, useSharedTestApp } from './api-harness.ts';

let driver: Driver;
let app: App;
useSharedTestApp((shared) => ({ driver, app } = shared));

async function count(cypher: string): Promise<number> {
  const result = await driver.executeQuery(cypher);
  return result.records[0]?.get('n').toNumber();
}

describe('claims', () => {
  it("puts the airport attack's casualty figures from two sources side by side and flags them", async () => {
    const { claims } = await data(
      app,
      `{ claims(entityId: "kabul-airport-attack", property: "killed") {
          subject { id kind } property disagreement sources
          claims { value qualifier unit refersTo display quote stance modality credibility credibilityScore reliability
            source { id title } } } }`,
    );
    expect(claims).toHaveLength(1);
    const [killed] = claims;
    expect(killed).toMatchObject({
      subject: { id: 'kabul-airport-attack', kind: 'EVENT' },
      property: 'killed',
      disagreement: true,
    });
    expect(killed.sources).toEqual(['doc-001', 'doc-003']);
    const sixty = killed.claims.find((c: Answer) => c.value === 60);
    expect(sixty).toMatchObject({
      qualifier: 'at least',
      display: 'at least 60 people (people killed)',
      stance: 'ASSERTED',
      modality: 'ACTUAL',
      credibility: 'REPORTED',
      credibilityScore: 70,
      source: { id: 'doc-001' },
    });
    expect(sixty.quote).toContain('at least 60 people dead');
    expect(killed.claims.find((c: Answer) => c.value === 79)?.quote).toContain('at least 79 Afghans');
  });

  it('lists every asserted, actual claim of the graph when no entity is given, and every claim when asked', async () => {
    const { claims, every } = await data(
      app,
      `{ claims { subject { id } property claims { id } }
         every: claims(stances: [ASSERTED, DENIED, UNCLEAR], modalities: [ACTUAL, INTENDED, EXPECTED]) { claims { id } } }`,
    );
    const total = (groups: Answer[]) => groups.reduce((n: number, g: Answer) => n + g.claims.length, 0);
    expect(total(claims)).toBe(
      await count(
        "MATCH (c:Claim) WHERE c.stance = 'asserted' AND c.modality = 'actual' RETURN count(c) AS n",
      ),
    );
    expect(total(every)).toBe(await count('MATCH (c:Claim) RETURN count(c) AS n'));
    expect(claims.some((g: Answer) => g.property === 'outside-funding')).toBe(true);
  });

  it('rejects an unknown property and an unknown entity', async () => {
    const bad = await gql(app, `{ claims(property: "victims") { property } }`);
    expect(bad.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'property' },
    });
    expect(bad.body.errors?.[0]?.message).toMatch(/unknown claim property 'victims'; known: killed/);
    const gone = await gql(app, `{ claims(entityId: "atlantis") { property } }`);
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('source(id)', () => {
  it("gives Lieven's interview and everything that cites it", async () => {
    const { source } = await data(
      app,
      `{ source(id: "doc-000") { id title publisher speakers file kind relationshipCount claimCount
          supports { relationships { id type source { id } quote } claims { id source { id } } } } }`,
    );
    expect(source).toMatchObject({
      id: 'doc-000',
      title: 'On the End in Afghanistan',
      file: '000_d5be42afd2496388.txt',
    });
    expect(source.speakers).toContain('Anatol Lieven');
    const rels = source.supports.relationships;
    expect(rels.length).toBe(source.relationshipCount);
    expect(rels.length).toBe(
      await count("MATCH (:Entity)-[r]->(:Entity) WHERE r.source = 'doc-000' RETURN count(r) AS n"),
    );
    expect(rels.every((r: Answer) => r.source.id === 'doc-000')).toBe(true);
    expect(rels.map((r: Answer) => r.id)).toContain('iskp--rival-of--afghan-taliban--doc-000');
    expect(source.supports.claims.length).toBe(source.claimCount);
  });

  it('answers NOT_FOUND for an unknown source', async () => {
    const { body } = await gql(app, `{ source(id: "doc-999") { id } }`);
    expect(body.errors?.[0]).toMatchObject({
      message: "No source with id 'doc-999'",
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('sources', () => {
  it('lists the four documents by title with counts, filters by kind and pages', async () => {
    const res = await data(
      app,
      `{ all: sources { totalCount items { id title kind date relationshipCount } }
         articles: sources(filter: {kinds: ["article"]}) { items { id } }
         late: sources(filter: {from: "2021-08-27"}) { items { id date } }
         early: sources(filter: {to: "2020"}) { totalCount }
         page: sources(first: 2) { items { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(res.all.totalCount).toBe(4);
    const titles = res.all.items.map((s: Answer) => s.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect(res.all.items.every((s: Answer) => s.relationshipCount > 0)).toBe(true);
    expect(res.articles.items).toEqual([{ id: 'doc-003' }]);
    expect(res.late.items.length).toBeGreaterThan(0);
    expect(res.late.items.every((s: Answer) => s.date === null || s.date >= '2021-08-27')).toBe(true);
    expect(res.early.totalCount).toBe(res.all.items.filter((s: Answer) => s.date === null).length);
    expect(res.page.pageInfo.hasNextPage).toBe(true);
    const next = await data(
      app,
      `query($a: String) { sources(first: 2, after: $a) { items { id } pageInfo { hasNextPage } } }`,
      {
        a: res.page.pageInfo.endCursor,
      },
    );
    expect([...res.page.items, ...next.sources.items].map((s: Answer) => s.id)).toEqual(
      res.all.items.map((s: Answer) => s.id),
    );
    expect(next.sources.pageInfo.hasNextPage).toBe(false);
  });
});

describe('stats', () => {
  it('counts labels and relationship types like the database, and ranks groups by degree', async () => {
    const { stats } = await data(
      app,
      `{ stats { labels { label count } relationshipTypes { type count } groupDegrees { group { id } inDegree outDegree total neighbours } } }`,
    );
    const labels = Object.fromEntries(stats.labels.map((l: Answer) => [l.label, l.count]));
    expect(labels.Group).toBe(await count('MATCH (n:Group) RETURN count(n) AS n'));
    expect(labels.Source).toBe(4);
    const types = Object.fromEntries(stats.relationshipTypes.map((t: Answer) => [t.type, t.count]));
    expect(types.RIVAL_OF).toBe(await count('MATCH ()-[r:RIVAL_OF]->() RETURN count(r) AS n'));
    expect(stats.groupDegrees[0].group.id).toBe('iskp');
    const iskp = stats.groupDegrees[0];
    expect(iskp.total).toBe(iskp.inDegree + iskp.outDegree);
    // Degrees count what holds (asserted, actual): a denial or an aim ranks nothing.
    expect(iskp.total).toBe(
      await count(
        "MATCH (:Entity {id: 'iskp'})-[r]-(:Entity) WHERE r.stance = 'asserted' AND r.modality = 'actual' RETURN count(r) AS n",
      ),
    );
    expect(stats.groupDegrees).toHaveLength(labels.Group);
  });
});
