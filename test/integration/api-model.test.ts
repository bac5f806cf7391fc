// Integration: the graph says only what the documents say, at the GraphQL level against the real
// seeded Neo4j: a denial is left out of lineage, paths and neighbourhoods unless asked for (then
// marked), an aim is not among what ISKP targeted, a time shows what a document places then.
import { describe, expect, it } from 'vitest';
import type { App } from '../../api/src/app.ts';
import { data, type Answer, useSharedTestApp } from './api-harness.ts';

let app: App;
useSharedTestApp((shared) => ({ app } = shared));

const DENIED = 'iskp--offshoot-of--islamic-state--doc-000';
const CITATION = `id stance modality credibility credibilityScore reliability reliabilityScore tense
  attributedTo quote knownFrom knownTo possibleFrom possibleTo timeStatus source { id }`;
const GRAPH = `nodes { id depth timeStatus }
  edges { id type source target stance modality credibility disagreement citations { ${CITATION} } }`;

/** The same question without and with a filter, one request after the other (each is one query). */
async function plainAndAsked(field: string, args: string, filter: string, selection: string) {
  const ask = async (extra: string) => {
    const sep = args && extra ? ', ' : '';
    const all = `${args}${sep}${extra}`;
    const res = await data(app, `{ answer: ${field}${all ? `(${all})` : ''} { ${selection} } }`);
    return res.answer;
  };
  return { plain: await ask(''), asked: await ask(`filter: {${filter}}`) };
}

const citations = (g: { edges: Answer[] }) => g.edges.flatMap((e: Answer) => e.citations);
const citation = (g: { edges: Answer[] }, id: string) => citations(g).find((c: Answer) => c.id === id);

describe("a denied fact: Lieven's “not, in that sense, an offshoot of ISIS”", () => {
  it('is absent from lineage by default and present, marked DENIED, when asked for', async () => {
    const res = await plainAndAsked('lineage', 'id: "iskp"', 'stances: [ASSERTED, DENIED]', GRAPH);
    expect(citation(res.plain, DENIED)).toBeUndefined();
    expect(
      citations(res.plain).every((c: Answer) => c.stance === 'ASSERTED' && c.modality === 'ACTUAL'),
    ).toBe(true);
    expect(citation(res.asked, DENIED)).toMatchObject({
      stance: 'DENIED',
      modality: 'ACTUAL',
      credibility: 'REPORTED',
      credibilityScore: 70,
      reliability: 'B',
      reliabilityScore: 70,
      tense: 'PRESENT',
      attributedTo: 'Anatol Lieven',
      quote: 'So they’re not, in that sense, an offshoot of ISIS.',
      source: { id: 'doc-000' },
    });
    // Afzal (doc-002) says it is an offshoot: the drawn edge holds, and its sources disagree.
    const plainEdge = res.plain.edges.find((e: Answer) => e.id === 'iskp--OFFSHOOT_OF--islamic-state');
    expect(plainEdge).toMatchObject({ stance: 'ASSERTED', disagreement: false });
    const askedEdge = res.asked.edges.find((e: Answer) => e.id === 'iskp--OFFSHOOT_OF--islamic-state');
    expect(askedEdge).toMatchObject({ stance: 'ASSERTED', disagreement: true });
    expect(askedEdge.citations.map((c: Answer) => c.stance).sort()).toEqual(['ASSERTED', 'DENIED']);
  });

  it('is absent from shortest paths by default and present when asked for', async () => {
    const res = await plainAndAsked(
      'shortestPaths',
      'from: "iskp", to: "islamic-state"',
      'stances: [ASSERTED, DENIED]',
      `length ${GRAPH}`,
    );
    expect(res.plain.length).toBe(1);
    expect(citation(res.plain, DENIED)).toBeUndefined();
    expect(citation(res.asked, DENIED)).toMatchObject({ stance: 'DENIED' });
  });

  it('is absent from the neighbourhood by default and present when asked for', async () => {
    const res = await plainAndAsked('neighbourhood', 'id: "iskp"', 'stances: [ASSERTED, DENIED]', GRAPH);
    expect(citation(res.plain, DENIED)).toBeUndefined();
    expect(citations(res.plain).every((c: Answer) => c.stance === 'ASSERTED')).toBe(true);
    expect(citation(res.asked, DENIED)).toMatchObject({ stance: 'DENIED' });
  });

  it('is among the relationships only when asked for', async () => {
    const res = await data(
      app,
      `{ plain: relationships(filter: {entity: "iskp", types: [OFFSHOOT_OF]}) { items { id stance } }
         asked: relationships(filter: {entity: "iskp", types: [OFFSHOOT_OF], stances: [DENIED]}) { items { id stance } } }`,
    );
    expect(res.plain.items.map((r: Answer) => r.id)).not.toContain(DENIED);
    expect(res.asked.items).toEqual([{ id: DENIED, stance: 'DENIED' }]);
  });
});

describe('an aim is not an attack', () => {
  it("no intended fact is among ISKP's TARGETED relationships by default", async () => {
    const { relationships } = await data(
      app,
      `{ relationships(filter: {entity: "iskp", types: [TARGETED]}, first: 500) { items { id from { id } modality stance } } }`,
    );
    expect(relationships.items.length).toBeGreaterThan(0);
    expect(relationships.items.every((r: Answer) => r.modality === 'ACTUAL' && r.stance === 'ASSERTED')).toBe(
      true,
    );
    expect(relationships.items.map((r: Answer) => r.id)).not.toContain(
      'iskp--targeted--united-states--doc-001',
    );
  });

  it('with modalities: [INTENDED], the interest in attacking US and allied partners abroad comes back', async () => {
    const { relationships } = await data(
      app,
      `{ relationships(filter: {entity: "iskp", types: [TARGETED], modalities: [INTENDED]}) {
          items { id from { id } to { id } modality quote } } }`,
    );
    expect(relationships.items.every((r: Answer) => r.modality === 'INTENDED')).toBe(true);
    expect(relationships.items).toContainEqual({
      id: 'iskp--targeted--united-states--doc-001',
      from: { id: 'iskp' },
      to: { id: 'united-states' },
      modality: 'INTENDED',
      quote: 'It is interested in attacking US and allied partners abroad',
    });
  });

  it('entity relationships follow the same default, and the drawn edge says INTENDED when that is all it is', async () => {
    const res = await data(
      app,
      `{ entity(id: "iskp") {
           plain: relationships(types: [TARGETED], direction: OUT) { id modality }
           aims: relationships(types: [TARGETED], direction: OUT, modalities: [INTENDED]) { id modality } }
         neighbourhood(id: "iskp", filter: {types: [TARGETED], modalities: [INTENDED]}) {
           edges { id modality } } }`,
    );
    expect(res.entity.plain.every((r: Answer) => r.modality === 'ACTUAL')).toBe(true);
    expect(res.entity.aims.map((r: Answer) => r.id)).toContain('iskp--targeted--united-states--doc-001');
    expect(res.neighbourhood.edges).toContainEqual({
      id: 'iskp--TARGETED--united-states',
      modality: 'INTENDED',
    });
  });
});

describe('honest time', () => {
  const REL = `id from { id } to { id } timeStatus knownFrom knownTo possibleFrom possibleTo`;
  const overlaps = (r: Answer, first: string, last: string) => r.knownFrom <= last && r.knownTo >= first;

  it('as of 2014 shows what a document places in 2014 as KNOWN; includePossible adds POSSIBLE ones', async () => {
    const res = await data(
      app,
      `{ known: relationships(filter: {asOf: "2014"}, first: 500) { items { ${REL} } }
         possible: relationships(filter: {asOf: "2014", includePossible: true}, first: 500) { items { ${REL} } } }`,
    );
    const known = res.known.items as Answer[];
    expect(known.map((r) => r.id)).toContain('islamic-state--operates-in--iraq-and-syria--doc-003');
    expect(known.every((r) => r.timeStatus === 'KNOWN' && overlaps(r, '2014-01-01', '2014-12-31'))).toBe(
      true,
    );
    // A document of August 2021 places the Haqqani-Taliban link at its own date, not in 2014.
    expect(known.map((r) => r.id)).not.toContain('haqqani-network--linked-to--afghan-taliban--doc-003-2');
    // ISKP was founded in January 2015: nothing of its own holds, or may hold, in 2014.
    expect(known.some((r) => r.from.id === 'iskp' || r.to.id === 'iskp')).toBe(false);
    const possible = res.possible.items as Answer[];
    expect(
      possible.find((r) => r.id === 'haqqani-network--linked-to--afghan-taliban--doc-003-2'),
    ).toMatchObject({
      timeStatus: 'POSSIBLE',
    });
    expect(possible.filter((r) => r.timeStatus === 'KNOWN').map((r) => r.id)).toEqual(known.map((r) => r.id));
    expect(possible.every((r) => ['KNOWN', 'POSSIBLE'].includes(r.timeStatus))).toBe(true);
    expect(possible.some((r) => r.from.id === 'iskp' || r.to.id === 'iskp')).toBe(false);
  });

  it('as of 2021-08 a past-tense fact without dates is only POSSIBLE', async () => {
    const PAST = 'afghan-taliban--clashed-with--iskp--doc-000';
    const res = await data(
      app,
      `{ known: relationships(filter: {asOf: "2021-08", entity: "iskp"}, first: 500) { items { ${REL} tense } }
         possible: relationships(filter: {asOf: "2021-08", entity: "iskp", includePossible: true}, first: 500) {
           items { ${REL} tense } } }`,
    );
    const known = res.known.items as Answer[];
    expect(known.length).toBeGreaterThan(0);
    expect(known.every((r) => r.timeStatus === 'KNOWN' && overlaps(r, '2021-08-01', '2021-08-31'))).toBe(
      true,
    );
    expect(known.map((r) => r.id)).not.toContain(PAST);
    expect(res.possible.items.find((r: Answer) => r.id === PAST)).toMatchObject({
      timeStatus: 'POSSIBLE',
      tense: 'PAST',
      knownFrom: null,
      knownTo: null,
    });
  });

  it('the graph answers mark nodes and edges the same way', async () => {
    const res = await data(
      app,
      `{ plain: subgraph { nodes { id timeStatus } edges { citations { timeStatus } } }
         known: subgraph(filter: {asOf: "2021-08"}) { nodes { id timeStatus } edges { citations { timeStatus } } }
         possible: subgraph(filter: {asOf: "2014", includePossible: true}, includeIsolated: true) { nodes { id timeStatus } } }`,
    );
    expect(res.plain.nodes.every((n: Answer) => n.timeStatus === null)).toBe(true);
    expect(res.known.nodes.every((n: Answer) => n.timeStatus === 'KNOWN')).toBe(true);
    expect(citations(res.known).every((c: Answer) => c.timeStatus === 'KNOWN')).toBe(true);
    const ids = res.possible.nodes.map((n: Answer) => n.id);
    expect(ids).not.toContain('iskp');
    expect(res.possible.nodes.some((n: Answer) => n.timeStatus === 'POSSIBLE')).toBe(true);
  });
});

describe('claims', () => {
  it('attribute claims come back with their words in valueText, side by side and not flagged', async () => {
    const { claims } = await data(
      app,
      `{ claims(entityId: "kabul-airport-attack", property: "attack-method") {
          property disagreement sources
          claims { id value valueText unit display stance modality credibility credibilityScore reliability source { id } } } }`,
    );
    expect(claims).toHaveLength(1);
    const [group] = claims;
    expect(group.sources).toEqual(expect.arrayContaining(['doc-000', 'doc-001', 'doc-003']));
    expect(group.disagreement).toBe(false);
    for (const c of group.claims) {
      expect(c.valueText.length).toBeGreaterThan(3);
      expect(c).toMatchObject({ value: null, unit: null, stance: 'ASSERTED', modality: 'ACTUAL' });
    }
    expect(group.claims).toContainEqual(
      expect.objectContaining({
        id: 'kabul-airport-attack--attack-method--doc-000',
        valueText: 'suicide attack',
        display: 'suicide attack (how the airport attack was carried out)',
      }),
    );
  });

  it("aims and forecasts about ISKP's recruitment come back only when asked for", async () => {
    const res = await data(
      app,
      `{ plain: claims(entityId: "iskp", property: "recruitment-method") { claims { id modality } }
         asked: claims(entityId: "iskp", property: "recruitment-method", modalities: [ACTUAL, INTENDED, EXPECTED]) {
           claims { id modality valueText } } }`,
    );
    const plain = res.plain.flatMap((g: Answer) => g.claims);
    expect(plain.every((c: Answer) => c.modality === 'ACTUAL')).toBe(true);
    const asked = res.asked.flatMap((g: Answer) => g.claims);
    expect(asked.length).toBeGreaterThan(plain.length);
    expect(asked.map((c: Answer) => c.modality)).toEqual(expect.arrayContaining(['INTENDED', 'EXPECTED']));
  });
});
