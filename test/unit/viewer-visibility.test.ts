// Unit tests for viewer/src/visibility.ts: filters, confidence, date (hide or fade) and focus.
import { describe, expect, it } from 'vitest';
import { cite, ent } from './viewer-fixtures.ts';
import { toElements } from '../../viewer/src/to-elements.ts';
import { DEFAULT_STATE } from '../../viewer/src/url-state.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';

// iskp (from 2015) — rival — taliban; iskp — defected from — ttp (one alleged, one disputed);
// attack (2021-08-26, an event) claimed by iskp; kabul a place.
const { nodes, edges } = toElements({
  entities: [
    ent('iskp', { validFrom: '2015-01-01', validFromPrecision: 'month' }),
    ent('taliban'),
    ent('ttp'),
    ent('attack', { label: 'Event', category: 'attack', validFrom: '2021-08-26', validTo: '2021-08-26' }),
    ent('kabul', { label: 'Place', category: 'city' }),
  ],
  citations: [
    cite('1', 'RIVAL_OF', 'iskp', 'taliban'),
    cite('2', 'RIVAL_OF', 'iskp', 'taliban', { confidence: 'alleged' }),
    cite('3', 'DEFECTED_FROM', 'iskp', 'ttp', { confidence: 'alleged' }),
    cite('4', 'DEFECTED_FROM', 'iskp', 'ttp', { confidence: 'disputed' }),
    cite('5', 'CLAIMED', 'iskp', 'attack'),
    cite('6', 'OCCURRED_IN', 'attack', 'kabul'),
    cite('7', 'CLASHED_WITH', 'taliban', 'ttp', { validFrom: '2016-01-01', validTo: '2016-12-31' }),
  ],
});
const N = nodes.map((n) => n.data);
const E = edges.map((e) => e.data);
const vis = (patch: Partial<typeof DEFAULT_STATE>) => computeVisibility(N, E, { ...DEFAULT_STATE, ...patch });

describe('computeVisibility', () => {
  it('shows everything by default, with every citation counted', () => {
    const v = vis({});
    expect(v.hidden.size).toBe(0);
    expect(v.nodeCount).toBe(5);
    expect(v.edgeCount).toBe(5);
    expect(v.shown.get('RIVAL_OF:iskp:taliban')).toBe(2);
  });

  it('hides relationship types that are filtered out', () => {
    const v = vis({ types: ['CLAIMED', 'OCCURRED_IN'] });
    expect(v.hidden.has('RIVAL_OF:iskp:taliban')).toBe(true);
    expect(v.hidden.has('CLAIMED:iskp:attack')).toBe(false);
    expect(v.nodeCount).toBe(5);
  });

  it('hides a category and the edges touching it', () => {
    const v = vis({ categories: DEFAULT_STATE.categories.filter((c) => c !== 'city') });
    expect(v.hidden.has('kabul')).toBe(true);
    expect(v.hidden.has('OCCURRED_IN:attack:kabul')).toBe(true);
  });

  it('counts only citations at or above the minimum confidence', () => {
    const v = vis({ minConfidence: 'reported' });
    expect(v.shown.get('RIVAL_OF:iskp:taliban')).toBe(1);
    expect(v.hidden.has('DEFECTED_FROM:iskp:ttp')).toBe(true);
    expect(vis({ minConfidence: 'alleged' }).shown.get('DEFECTED_FROM:iskp:ttp')).toBe(1);
  });

  it('hides what lies outside the date, with the edges to it', () => {
    const v = vis({ asOf: '2014' });
    expect(v.hidden.has('iskp')).toBe(true);
    expect(v.hidden.has('RIVAL_OF:iskp:taliban')).toBe(true);
    expect(v.hidden.has('taliban')).toBe(false);
    expect(v.hidden.has('attack')).toBe(true);
    expect(v.hidden.has('CLASHED_WITH:taliban:ttp')).toBe(true);
    const in2016 = vis({ asOf: '2016' });
    expect(in2016.hidden.has('CLASHED_WITH:taliban:ttp')).toBe(false);
    expect(in2016.hidden.has('iskp')).toBe(false);
  });

  it('fades instead of hiding in fade mode', () => {
    const v = vis({ asOf: '2014', timeMode: 'fade' });
    expect(v.hidden.size).toBe(0);
    expect(v.faded.has('iskp')).toBe(true);
    expect(v.faded.has('RIVAL_OF:iskp:taliban')).toBe(true);
    expect(v.faded.has('taliban')).toBe(false);
  });

  it('keeps only the neighbourhood of the focus, plus expanded neighbours', () => {
    const one = vis({ focus: 'attack', depth: 1 });
    expect([...N.filter((n) => !one.hidden.has(n.id)).map((n) => n.id)].sort()).toEqual([
      'attack',
      'iskp',
      'kabul',
    ]);
    const expanded = vis({ focus: 'attack', depth: 1, expanded: ['iskp'] });
    expect(expanded.nodeCount).toBe(5);
    const two = vis({ focus: 'kabul', depth: 2 });
    expect(two.hidden.has('iskp')).toBe(false);
    expect(two.hidden.has('taliban')).toBe(true);
  });

  it('walks the focus only over edges that pass the filters', () => {
    const v = vis({ focus: 'iskp', depth: 1, types: ['RIVAL_OF'] });
    expect(v.hidden.has('ttp')).toBe(true);
    expect(v.hidden.has('taliban')).toBe(false);
  });
});
