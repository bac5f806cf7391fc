// Integration: the graph-shaped answers (neighbourhood, subgraph, shortestPaths, lineage) against
// the real seeded Neo4j, checked against the documents and against direct Cypher counts. The
// model's own defaults (denials, aims, time) are tested in api-model.test.ts.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { LINEAGE_TYPES } from '../../core/model.ts';
import type { App } from '../../api/src/app.ts';
import { data, gql, type Answer, useSharedTestApp } from './api-harness.ts';

let driver: Driver;
let app: App;
useSharedTestApp((shared) => ({ driver, app } = shared));

const GRAPH = `nodes { id name kind labels category aliases validFrom depth }
  edges { id type symmetric source target stance modality credibility disagreement
    citations { id stance modality credibility quote source { id } } }`;

describe('neighbourhood', () => {
  it('gives the Haqqani network and its direct neighbours with grouped, cited edges', async () => {
    const { neighbourhood: g } = await data(app, `{ neighbourhood(id: "haqqani-network") { ${GRAPH} } }`);
    expect(g.nodes[0]).toMatchObject({ id: 'haqqani-network', depth: 0, kind: 'GROUP' });
    const ids = g.nodes.map((n: Answer) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['iskp', 'afghan-taliban', 'kabul']));
    expect(g.nodes.slice(1).every((n: Answer) => n.depth === 1)).toBe(true);
    // Every edge joins two returned nodes.
    for (const e of g.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    // LINKED_TO is symmetric: stored ISKP → Haqqani, drawn once, smaller id first.
    const link = g.edges.find((e: Answer) => e.id === 'haqqani-network--LINKED_TO--iskp');
    expect(link).toMatchObject({ symmetric: true, source: 'haqqani-network', target: 'iskp' });
    expect(link.citations.map((c: Answer) => c.id)).toContain('iskp--linked-to--haqqani-network--doc-003');
  });

  it('minCredibility REPORTED drops the suspected Haqqani link from the drawn edges', async () => {
    const { neighbourhood: g } = await data(
      app,
      `{ neighbourhood(id: "haqqani-network", filter: {minCredibility: REPORTED}) { ${GRAPH} } }`,
    );
    const citations = g.edges.flatMap((e: Answer) => e.citations);
    expect(citations.map((c: Answer) => c.id)).not.toContain('iskp--linked-to--haqqani-network--doc-003');
    expect(citations.every((c: Answer) => c.credibility === 'REPORTED')).toBe(true);
    expect(g.edges.every((e: Answer) => e.credibility === 'REPORTED')).toBe(true);
  });

  it('reaches further with depth and refuses depth 4', async () => {
    const res = await data(
      app,
      `{ d1: neighbourhood(id: "pakistani-taliban", depth: 1) { nodes { id depth } }
         d2: neighbourhood(id: "pakistani-taliban", depth: 2) { nodes { id depth } } }`,
    );
    expect(res.d2.nodes.length).toBeGreaterThan(res.d1.nodes.length);
    expect(Math.max(...res.d2.nodes.map((n: Answer) => n.depth))).toBe(2);
    const { body } = await gql(app, `{ neighbourhood(id: "iskp", depth: 4) { nodes { id } } }`);
    expect(body.errors?.[0]).toMatchObject({
      message: "Argument 'depth': must be a whole number from 1 to 3 (got 4)",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await gql(app, `{ neighbourhood(id: "nowhere") { nodes { id } } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('subgraph', () => {
  it('holds every asserted, actual relationship between entities exactly once, as citations of drawn edges', async () => {
    const { subgraph: g } = await data(app, `{ subgraph(includeIsolated: true) { ${GRAPH} } }`);
    const counts = await driver.executeQuery(
      `RETURN COUNT { (:Entity) } AS nodes,
        COUNT { (:Entity)-[r]->(:Entity) WHERE r.stance = 'asserted' AND r.modality = 'actual' } AS rels`,
    );
    const citations = g.edges.flatMap((e: Answer) => e.citations.map((c: Answer) => c.id));
    expect(citations.length).toBe(counts.records[0]?.get('rels').toNumber());
    expect(new Set(citations).size).toBe(citations.length);
    expect(g.nodes.length).toBe(counts.records[0]?.get('nodes').toNumber());
    expect(new Set(g.edges.map((e: Answer) => e.id)).size).toBe(g.edges.length);
    expect(g.edges.every((e: Answer) => e.stance === 'ASSERTED' && e.modality === 'ACTUAL')).toBe(true);
  });

  it('with every stance and modality, holds every relationship between entities', async () => {
    const { subgraph: g } = await data(
      app,
      `{ subgraph(filter: {stances: [ASSERTED, DENIED, UNCLEAR], modalities: [ACTUAL, INTENDED, EXPECTED]}) { ${GRAPH} } }`,
    );
    const counts = await driver.executeQuery('RETURN COUNT { (:Entity)-[]->(:Entity) } AS rels');
    const citations = g.edges.flatMap((e: Answer) => e.citations);
    expect(citations.length).toBe(counts.records[0]?.get('rels').toNumber());
    expect(new Set(citations.map((c: Answer) => c.stance))).toEqual(
      new Set(['ASSERTED', 'DENIED', 'UNCLEAR']),
    );
  });

  it('keeps only the asked types, with just the entities they connect', async () => {
    const { subgraph: g } = await data(app, `{ subgraph(filter: {types: [RIVAL_OF]}) { ${GRAPH} } }`);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.edges.every((e: Answer) => e.type === 'RIVAL_OF' && e.symmetric)).toBe(true);
    const ends = new Set(g.edges.flatMap((e: Answer) => [e.source, e.target]));
    expect(new Set(g.nodes.map((n: Answer) => n.id))).toEqual(ends);
    expect(g.edges.map((e: Answer) => e.id)).toContain('afghan-taliban--RIVAL_OF--iskp');
  });

  it('as of 2014 shows neither ISKP nor its links', async () => {
    const { subgraph: g } = await data(
      app,
      `{ subgraph(filter: {asOf: "2014"}, includeIsolated: true) { ${GRAPH} } }`,
    );
    expect(g.nodes.map((n: Answer) => n.id)).not.toContain('iskp');
    expect(g.nodes.map((n: Answer) => n.id)).toContain('islamic-state');
  });
});

describe('shortestPaths', () => {
  it('finds every shortest path, ignoring direction, with the edges of each step', async () => {
    const { shortestPaths: p } = await data(
      app,
      `{ shortestPaths(from: "islamic-movement-of-uzbekistan", to: "haqqani-network") {
          length paths { nodeIds steps } nodes { id } edges { id source target } } }`,
    );
    expect(p.length).toBe(2);
    expect(p.paths).toContainEqual(
      expect.objectContaining({ nodeIds: ['islamic-movement-of-uzbekistan', 'iskp', 'haqqani-network'] }),
    );
    const edgeIds = new Set(p.edges.map((e: Answer) => e.id));
    for (const path of p.paths) {
      expect(path.nodeIds.length).toBe(3);
      expect(path.steps.length).toBe(2);
      for (const step of path.steps) {
        expect(step.length).toBeGreaterThan(0);
        for (const id of step) expect(edgeIds.has(id)).toBe(true);
      }
    }
  });

  it('answers nothing when the shortest path is longer than maxLength', async () => {
    const ask = (maxLength: number) =>
      data(
        app,
        `{ shortestPaths(from: "islamic-movement-of-uzbekistan", to: "haqqani-network", maxLength: ${maxLength}) { length paths { nodeIds } } }`,
      );
    expect((await ask(1)).shortestPaths).toEqual({ length: null, paths: [] });
    expect((await ask(2)).shortestPaths.length).toBe(2);
  });

  it('keeps the kinds filter off the start: an event reaches groups through groups only', async () => {
    const { shortestPaths: p } = await data(
      app,
      `{ shortestPaths(from: "kabul-airport-attack", to: "haqqani-network", filter: {kinds: [GROUP]}) {
          length paths { nodeIds } nodes { id kind } } }`,
    );
    expect(p.length).toBeGreaterThan(0);
    expect(p.paths[0].nodeIds[0]).toBe('kabul-airport-attack');
    expect(p.nodes.filter((n: Answer) => n.id !== 'kabul-airport-attack').map((n: Answer) => n.kind)).toEqual(
      p.nodes.filter((n: Answer) => n.id !== 'kabul-airport-attack').map(() => 'GROUP'),
    );
  });

  it('answers length null when no path passes the filter, and rejects bad ends', async () => {
    const { shortestPaths: p } = await data(
      app,
      `{ shortestPaths(from: "islamic-movement-of-uzbekistan", to: "haqqani-network", filter: {types: [FUNDED_BY]}) { length paths { nodeIds } } }`,
    );
    expect(p).toEqual({ length: null, paths: [] });
    const same = await gql(app, `{ shortestPaths(from: "iskp", to: "iskp") { length } }`);
    expect(same.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const far = await gql(app, `{ shortestPaths(from: "iskp", to: "al-qaeda", maxLength: 7) { length } }`);
    expect(far.body.errors?.[0]?.message).toMatch(/'maxLength': must be a whole number from 1 to 6/);
    const gone = await gql(app, `{ shortestPaths(from: "iskp", to: "atlantis") { length } }`);
    expect(gone.body.errors?.[0]).toMatchObject({
      message: "No entity with id 'atlantis'",
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('lineage', () => {
  it("traces ISKP's origins to the Pakistani Taliban, and further back to al-Qaeda", async () => {
    const { lineage } = await data(app, `{ lineage(id: "iskp", maxDepth: 3) { ${GRAPH} } }`);
    const depth = Object.fromEntries(lineage.nodes.map((n: Answer) => [n.id, n.depth]));
    expect(depth).toMatchObject({
      iskp: 0,
      'pakistani-taliban': 1,
      'afghan-taliban': 1,
      'islamic-movement-of-uzbekistan': 1,
    });
    expect(depth['al-qaeda']).toBe(2);
    expect(lineage.edges.every((e: Answer) => (LINEAGE_TYPES as readonly string[]).includes(e.type))).toBe(
      true,
    );
    expect(lineage.edges.map((e: Answer) => e.id)).toContain('iskp--DEFECTED_FROM--pakistani-taliban');
  });

  it('shows what came out of the Afghan Taliban', async () => {
    const { lineage } = await data(
      app,
      `{ lineage(id: "afghan-taliban", direction: DESCENDANTS) { nodes { id depth } } }`,
    );
    expect(lineage.nodes.map((n: Answer) => n.id)).toEqual(
      expect.arrayContaining(['afghan-taliban', 'iskp', 'haqqani-network']),
    );
  });

  it('refuses filters that leave no lineage type', async () => {
    const { body } = await gql(app, `{ lineage(id: "iskp", filter: {types: [RIVAL_OF]}) { nodes { id } } }`);
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`lineage follows only ${LINEAGE_TYPES.join(', ')}`));
  });
});
