// Integration: entity(id), search and the entity lists against the real seeded Neo4j, with
// assertions on what the four documents say.
import { describe, expect, it } from 'vitest';
import { data, gql, type Answer, useSharedTestApp } from './api-harness.ts';
import type { App } from '../../api/src/app.ts';

let app: App;
useSharedTestApp((shared) => ({ app } = shared));

describe('entity(id)', () => {
  it("gives ISKP's names, founding date with precision, and its rivals with the documents' quotes", async () => {
    const { entity } = await data(
      app,
      `{ entity(id: "iskp") {
          id name kind category aliases validFrom validFromPrecision degree { total }
          relationships(types: [RIVAL_OF]) {
            type from { id } to { id name } stance modality credibility reliability quote source { id title publisher date }
          }
        } }`,
    );
    expect(entity.kind).toBe('GROUP');
    expect(entity.category).toBe('militant-group');
    expect(entity.aliases).toEqual(expect.arrayContaining(['ISIS-K', 'ISKP']));
    expect(entity.validFrom).toBe('2015-01-01');
    expect(entity.validFromPrecision).toBe('MONTH');
    expect(entity.degree.total).toBeGreaterThan(20);
    const fromLieven = entity.relationships.find(
      (r: Answer) => r.source.id === 'doc-000' && [r.from.id, r.to.id].includes('afghan-taliban'),
    );
    expect(fromLieven).toMatchObject({
      type: 'RIVAL_OF',
      stance: 'ASSERTED',
      modality: 'ACTUAL',
      credibility: 'REPORTED',
      reliability: 'B',
      quote: expect.stringContaining('very fierce rivalry between ISKP and the Afghan Taliban'),
      source: { id: 'doc-000', title: 'On the End in Afghanistan' },
    });
    // Every relationship touching ISKP is one source's assertion, with a quote.
    expect(entity.relationships.length).toBeGreaterThanOrEqual(4);
    for (const r of entity.relationships) expect(r.quote.length).toBeGreaterThan(10);
  });

  it('filters its relationships by type, direction, credibility, stance and modality without another query', async () => {
    const { entity } = await data(
      app,
      `{ entity(id: "iskp") {
          degree { total }
          all: relationships { id stance modality credibility from { id } to { id } }
          every: relationships(stances: [ASSERTED, DENIED, UNCLEAR], modalities: [ACTUAL, INTENDED, EXPECTED]) { id }
          out: relationships(direction: OUT) { id from { id } }
          in: relationships(direction: IN) { id to { id } }
          reported: relationships(minCredibility: REPORTED) { credibility }
          linked: relationships(types: [LINKED_TO]) { id credibility } } }`,
    );
    expect(entity.all.every((r: Answer) => r.stance === 'ASSERTED' && r.modality === 'ACTUAL')).toBe(true);
    // The degree counts what holds (asserted, actual); denials and aims are listed, not counted.
    expect(entity.all.length).toBe(entity.degree.total);
    expect(entity.every.length).toBeGreaterThan(entity.all.length);
    expect(entity.out.length + entity.in.length).toBe(entity.all.length);
    expect(entity.out.every((r: Answer) => r.from.id === 'iskp')).toBe(true);
    expect(entity.in.every((r: Answer) => r.to.id === 'iskp')).toBe(true);
    expect(entity.reported.every((r: Answer) => r.credibility === 'REPORTED')).toBe(true);
    expect(entity.reported.length).toBeLessThan(entity.all.length);
    expect(entity.linked).toContainEqual({
      id: 'iskp--linked-to--haqqani-network--doc-003',
      credibility: 'SUSPECTED',
    });
  });

  it('gives its claims grouped by property, each with source and quote', async () => {
    const { entity } = await data(
      app,
      `{ entity(id: "kabul-airport-attack") { name claims(property: "killed") { property disagreement sources claims { value qualifier refersTo display quote source { id } } } } }`,
    );
    const [killed] = entity.claims;
    expect(killed.property).toBe('killed');
    expect(killed.sources).toEqual(['doc-001', 'doc-003']);
    expect(killed.disagreement).toBe(true);
    expect(killed.claims).toContainEqual(
      expect.objectContaining({ value: 60, qualifier: 'at least', source: { id: 'doc-001' } }),
    );
    expect(killed.claims).toContainEqual(expect.objectContaining({ value: 79, source: { id: 'doc-003' } }));
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { status, body } = await gql(app, `{ entity(id: "no-such-group") { id } }`);
    expect(status).toBe(200);
    expect(body.data?.entity).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: "No entity with id 'no-such-group'",
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('search', () => {
  it('finds by alias, exact names first, ignoring case', async () => {
    const { search } = await data(app, `{ search(text: "isis-k") { exact score entity { id } } }`);
    expect(search[0]).toMatchObject({ exact: true, entity: { id: 'iskp' } });
    expect(search[0].score).toBeGreaterThan(0);
  });
  it('puts a name equal to the text first (through the stored nameKey), whatever its case and spaces', async () => {
    const { search } = await data(app, `{ search(text: "  HAQQANI network ") { exact entity { id } } }`);
    expect(search[0]).toMatchObject({ exact: true, entity: { id: 'haqqani-network' } });
    expect(search.slice(1).every((h: Answer) => h.exact === false)).toBe(true);
  });
  it('tolerates small spelling differences', async () => {
    const { a, b } = await data(
      app,
      `{ a: search(text: "Haqani netwrok", limit: 3) { entity { id } } b: search(text: "tehrik-i-taliban pakistn") { entity { id } } }`,
    );
    expect(a[0].entity.id).toBe('haqqani-network');
    expect(b[0].entity.id).toBe('pakistani-taliban');
  });
  it('treats Lucene syntax in the text as plain words', async () => {
    const { search } = await data(app, `{ search(text: "name:taliban* AND (") { entity { id } } }`);
    expect(search.map((h: Answer) => h.entity.id)).toContain('afghan-taliban');
  });
  it('asks for every word; only when no entity has them all, for any, and says which', async () => {
    const { all, some } = await data(
      app,
      `{ all: search(text: "taliban pakistan") { everyWord entity { id name aliases } } ` +
        `some: search(text: "taliban zqxjv") { everyWord entity { id } } }`,
    );
    expect(all.map((h: Answer) => h.entity.id)).toContain('pakistani-taliban');
    expect(all.map((h: Answer) => h.entity.id)).not.toContain('afghan-taliban');
    for (const hit of all) {
      expect(hit.everyWord).toBe(true);
      const names = [hit.entity.name, ...hit.entity.aliases].join(' ').toLowerCase();
      expect(names, hit.entity.id).toMatch(/taliban|tehrik/);
    }
    expect(some.length).toBeGreaterThan(0);
    expect(some.map((h: Answer) => h.entity.id)).toContain('afghan-taliban');
    expect(some.every((h: Answer) => h.everyWord === false)).toBe(true);
  });
  it('filters by kind and rejects empty text and over-large limits', async () => {
    const { search } = await data(app, `{ search(text: "kabul", kinds: [PLACE]) { entity { id kind } } }`);
    expect(search.every((h: Answer) => h.entity.kind === 'PLACE')).toBe(true);
    expect(search[0].entity.id).toBe('kabul');
    const empty = await gql(app, `{ search(text: " - ") { score } }`);
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const big = await gql(app, `{ search(text: "isis", limit: 51) { score } }`);
    expect(big.body.errors?.[0]?.message).toMatch(/Argument 'limit': must be a whole number from 1 to 50/);
  });
});

describe('groups, events, places', () => {
  it('pages through groups in a stable order with a total count', async () => {
    const all = await data(
      app,
      `{ groups(first: 200) { totalCount items { id name } pageInfo { hasNextPage } } }`,
    );
    expect(all.groups.totalCount).toBe(all.groups.items.length);
    expect(all.groups.pageInfo.hasNextPage).toBe(false);
    const names = all.groups.items.map((g: Answer) => g.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: Answer = await data(
        app,
        `query($after: String) { groups(first: 3, after: $after) { totalCount items { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.groups.totalCount).toBe(all.groups.totalCount);
      seen.push(...res.groups.items.map((g: Answer) => g.id));
      if (!res.groups.pageInfo.hasNextPage) break;
      after = res.groups.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.groups.items.map((g: Answer) => g.id));
  });

  it('filters by category, place and date range', async () => {
    const res = await data(
      app,
      `{ militant: groups(filter: {categories: ["militant-group"]}, first: 200) { items { id category } }
         kabul: events(filter: {place: "kabul"}) { items { id } }
         in2021: events(filter: {from: "2021", to: "2021"}) { items { id validFrom timeStatus } }
         afghan: places(filter: {place: "afghanistan"}, first: 200) { items { id } } }`,
    );
    expect(res.militant.items.every((g: Answer) => g.category === 'militant-group')).toBe(true);
    expect(res.militant.items.map((g: Answer) => g.id)).toEqual(
      expect.arrayContaining(['iskp', 'afghan-taliban']),
    );
    expect(res.kabul.items.map((e: Answer) => e.id)).toEqual(
      expect.arrayContaining(['kabul-airport-attack']),
    );
    const in2021 = res.in2021.items.map((e: Answer) => e.id);
    expect(in2021).toContain('kabul-airport-attack');
    expect(res.in2021.items.every((e: Answer) => e.timeStatus === 'KNOWN')).toBe(true);
    expect(res.afghan.items.map((p: Answer) => p.id)).toEqual(
      expect.arrayContaining(['afghanistan', 'nangarhar', 'tora-bora']),
    );
  });

  it('rejects unknown categories, bad cursors, bad dates and over-large pages, naming the argument', async () => {
    const cases: [string, RegExp][] = [
      [
        `{ groups(filter: {categories: ["pirates"]}) { totalCount } }`,
        /filter.categories.*unknown Group categories \[pirates\]/,
      ],
      [`{ groups(after: "xyz") { totalCount } }`, /Argument 'after'/],
      [`{ groups(first: 201) { totalCount } }`, /Argument 'first': must be a whole number from 1 to 200/],
      [`{ events(filter: {from: "2021-02-30"}) { totalCount } }`, /real year, month or day/],
      [
        `{ events(filter: {from: "2022", to: "2021-06"}) { totalCount } }`,
        /from \(2022\) is after to \(2021-06\)/,
      ],
      [`{ groups(filter: {place: "atlantis"}) { totalCount } }`, /No place with id 'atlantis'/],
    ];
    for (const [query, message] of cases) {
      const { body } = await gql(app, query);
      expect(body.errors?.[0]?.message, query).toMatch(message);
    }
  });
});
