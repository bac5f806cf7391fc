// Unit tests for the viewer's overview mode on large graphs: the choice of mode (load-mode.ts),
// the pieces a view state needs from the server (overview-loads.ts), merging them into what the
// page holds (graph-store.ts) and the time statuses judged in the page (local-time.ts).
import { describe, expect, it } from 'vitest';
import { GraphStore } from '../../viewer/src/graph-store.ts';
import {
  drawAllLink,
  loadMode,
  OVERVIEW_ABOVE,
  overviewThreshold,
  partialSummary,
  withThreshold,
} from '../../viewer/src/load-mode.ts';
import { localTimeStatuses } from '../../viewer/src/local-time.ts';
import { edgeEnds, LoadLedger, neededLoads } from '../../viewer/src/overview-loads.ts';
import { toElements } from '../../viewer/src/to-elements.ts';
import type { Edge, Entity } from '../../viewer/src/types.ts';
import { DEFAULT_STATE } from '../../viewer/src/url-state.ts';
import { cite, edge as fixtureEdge, ent } from './viewer-fixtures.ts';

const entity = (id: string, spans: Partial<Entity> = {}): Entity =>
  ent(id, { name: id.toUpperCase(), ...spans });
const edge = (source: string, target: string, citationSpans: object = {}): Edge =>
  fixtureEdge(source, 'RIVAL_OF', target, [
    cite(`r-${source}-${target}`, { source: { id: 'doc-1' }, reliability: 'B', ...citationSpans }),
  ]);

describe('load mode', () => {
  it('loads a graph up to the threshold whole and starts a larger one from an overview', () => {
    const t = overviewThreshold('');
    expect(t.above).toBe(OVERVIEW_ABOVE);
    expect(loadMode(103, t)).toBe('full');
    expect(loadMode(OVERVIEW_ABOVE, t)).toBe('full');
    expect(loadMode(OVERVIEW_ABOVE + 1, t)).toBe('overview');
    expect(loadMode(100_000, t)).toBe('overview');
  });

  it('takes the threshold from the link, keeps it in the page URL, and names a bad value', () => {
    const t = overviewThreshold('?overviewAbove=10&selected=iskp');
    expect(t).toEqual({ above: 10, fromLink: true });
    expect(loadMode(103, t)).toBe('overview');
    expect(withThreshold('?selected=iskp', t)).toBe('?selected=iskp&overviewAbove=10');
    expect(withThreshold('', t)).toBe('?overviewAbove=10');
    expect(withThreshold('?selected=iskp', overviewThreshold(''))).toBe('?selected=iskp');
    const bad = overviewThreshold('?overviewAbove=lots');
    expect(bad.above).toBe(OVERVIEW_ABOVE);
    expect(bad.problem).toContain('"overviewAbove" must be a whole number');
  });

  it('links to the same view with every entity drawn, the other parts of the link kept', () => {
    expect(drawAllLink('http://127.0.0.1:4000/?selected=iskp&asOf=2012', 640)).toBe(
      'http://127.0.0.1:4000/?selected=iskp&asOf=2012&overviewAbove=640',
    );
    expect(drawAllLink('http://127.0.0.1:4000/?overviewAbove=10', 640)).toBe(
      'http://127.0.0.1:4000/?overviewAbove=640',
    );
  });

  it('says how much of the graph is drawn and how to see more', () => {
    expect(partialSummary(50, 62, 100_000)).toMatch(
      /^Showing 50 of 100,000 entities \(62 loaded: .*\) — search or expand to see more\.$/,
    );
  });
});

describe('what a view state needs from the server', () => {
  it('asks for the neighbours of the selection, the focus to its depth, each expanded entity, a path and a lineage', () => {
    const ledger = new LoadLedger();
    const state = {
      ...DEFAULT_STATE,
      selected: 'a',
      focus: 'b',
      depth: 2,
      expanded: ['c'],
      path: ['d', 'e'] as [string, string],
      lineage: 'f',
    };
    expect(neededLoads(state, ledger)).toEqual([
      { kind: 'around', id: 'a', depth: 1 },
      { kind: 'around', id: 'b', depth: 2 },
      { kind: 'around', id: 'c', depth: 1 },
      { kind: 'path', from: 'd', to: 'e' },
      { kind: 'lineage', id: 'f' },
    ]);
  });

  it('does not ask again for what was asked, and a deeper neighbourhood answers a shallower one', () => {
    const ledger = new LoadLedger();
    ledger.add({ kind: 'around', id: 'b', depth: 2 });
    ledger.add({ kind: 'path', from: 'e', to: 'd' });
    const state = {
      ...DEFAULT_STATE,
      selected: 'b',
      focus: 'b',
      depth: 3,
      path: ['d', 'e'] as [string, string],
    };
    expect(neededLoads(state, ledger)).toEqual([{ kind: 'around', id: 'b', depth: 3 }]);
    expect(neededLoads({ ...state, depth: 2 }, ledger)).toEqual([]);
  });

  it('asks again after a failure, and loads the start of a selected edge', () => {
    const ledger = new LoadLedger();
    const load = { kind: 'around', id: 'a', depth: 1 } as const;
    ledger.add(load);
    ledger.forget(load);
    expect(neededLoads({ ...DEFAULT_STATE, selected: 'a' }, ledger)).toEqual([load]);
    expect(edgeEnds('iskp--RIVAL_OF--afghan-taliban')).toEqual(['iskp', 'afghan-taliban']);
    expect(edgeEnds('afghan-taliban')).toBeNull();
    expect(neededLoads({ ...DEFAULT_STATE, selected: 'x--RIVAL_OF--y' }, new LoadLedger())).toEqual([
      { kind: 'around', id: 'x', depth: 1 },
    ]);
  });
});

describe('merging pieces into what the page holds', () => {
  it('adds only what is new and leaves out edges it could not draw', () => {
    const store = new GraphStore(
      toElements({ entities: [entity('a'), entity('b')], edges: [edge('a', 'b')] }),
    );
    const added = store.merge(
      toElements({ entities: [entity('b'), entity('c')], edges: [edge('a', 'b'), edge('b', 'c')] }),
    );
    expect(added.nodes.map((n) => n.data.id)).toEqual(['c']);
    expect(added.edges.map((e) => e.data.id)).toEqual(['b--RIVAL_OF--c']);
    expect(store.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(store.has('a--RIVAL_OF--b') && store.has('c')).toBe(true);
    const dangling = store.merge({
      nodes: [],
      edges: toElements({ entities: [entity('c'), entity('z')], edges: [edge('c', 'z')] }).edges,
      dangling: 0,
    });
    expect(dangling.edges).toEqual([]);
  });
});

describe('time statuses judged in the page', () => {
  it('follows core/time.ts: known where the documents place it, possible where it may hold, outside left out', () => {
    const nodes = [
      entity('known', {
        knownFrom: '2015-01-01',
        knownTo: '2020-12-31',
        possibleFrom: '2015-01-01',
        possibleTo: null,
      }),
      entity('maybe', { knownFrom: null, knownTo: null, possibleFrom: '2010-01-01', possibleTo: null }),
      entity('later', {
        knownFrom: '2019-01-01',
        knownTo: '2019-12-31',
        possibleFrom: '2019-01-01',
        possibleTo: null,
      }),
    ];
    const edges = [
      edge('known', 'maybe', {
        knownFrom: '2014-06-01',
        knownTo: '2014-06-30',
        possibleFrom: '2014-06-01',
        possibleTo: '2014-06-30',
      }),
    ];
    const at2014 = localTimeStatuses(nodes, edges, '2014');
    expect([...at2014.nodes]).toEqual([['maybe', 'possible']]);
    expect([...at2014.citations]).toEqual([['r-known-maybe', 'known']]);
    const at2016 = localTimeStatuses(nodes, edges, '2016-03');
    expect(Object.fromEntries(at2016.nodes)).toEqual({ known: 'known', maybe: 'possible' });
    expect(at2016.citations.size).toBe(0);
    expect(() => localTimeStatuses(nodes, edges, 'soon')).toThrow('"soon" is not a date');
  });
});
