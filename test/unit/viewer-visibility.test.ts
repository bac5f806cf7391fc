// Unit tests for viewer/src/visibility.ts and edge-look.ts: filters, stance and modality (denials
// hidden unless asked for, unclear dotted, aims dashed), credibility, time status (known, possible,
// outside: hide or fade) and focus.
import { describe, expect, it } from 'vitest';
import { cite, edge, ent } from './viewer-fixtures.ts';
import { lookOf } from '../../viewer/src/edge-look.ts';
import { toElements } from '../../viewer/src/to-elements.ts';
import type { TimeStatuses } from '../../viewer/src/types.ts';
import { DEFAULT_STATE } from '../../viewer/src/url-state.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';

// iskp — rival — taliban (one reported, one alleged); iskp — offshoot of — islamic-state (asserted by
// one document, denied by another); iskp — defected from — ttp (denied only); iskp — targeted —
// kabul (an aim); iskp — targeted — taliban (a forecast); taliban — clashed with — ttp (unclear);
// attack (an event) claimed by iskp; attack occurred in kabul.
const { nodes, edges } = toElements({
  entities: [
    ent('iskp'),
    ent('taliban'),
    ent('ttp'),
    ent('islamic-state'),
    ent('attack', { label: 'Event', category: 'attack' }),
    ent('kabul', { label: 'Place', category: 'city' }),
  ],
  edges: [
    edge('iskp', 'RIVAL_OF', 'taliban', [cite('r1'), cite('r2', { credibility: 'alleged' })]),
    {
      ...edge('iskp', 'OFFSHOOT_OF', 'islamic-state', [
        cite('o-denied', { stance: 'denied', attributedTo: 'Anatol Lieven' }),
        cite('o-asserted'),
      ]),
      disagreement: true,
    },
    edge('iskp', 'DEFECTED_FROM', 'ttp', [cite('d-denied', { stance: 'denied' })]),
    edge('iskp', 'TARGETED', 'kabul', [cite('aim', { modality: 'intended' })]),
    edge('iskp', 'TARGETED', 'taliban', [
      cite('forecast', { modality: 'expected', credibility: 'suspected' }),
    ]),
    edge('taliban', 'CLASHED_WITH', 'ttp', [cite('unclear', { stance: 'unclear' })]),
    edge('iskp', 'CLAIMED', 'attack', [cite('claimed')]),
    edge('attack', 'OCCURRED_IN', 'kabul', [cite('occurred')]),
  ],
});
const N = nodes.map((n) => n.data);
const E = edges.map((e) => e.data);
const vis = (patch: Partial<typeof DEFAULT_STATE> = {}, time: TimeStatuses | null = null) =>
  computeVisibility(N, E, { ...DEFAULT_STATE, ...patch }, time);

describe('computeVisibility', () => {
  it('draws no denial by default: a denied-only edge is hidden, an asserted-and-denied one drawn as asserted', () => {
    const v = vis();
    expect(v.hidden.has('iskp--DEFECTED_FROM--ttp')).toBe(true);
    expect(v.hidden.has('iskp--OFFSHOOT_OF--islamic-state')).toBe(false);
    expect(v.looks.get('iskp--OFFSHOOT_OF--islamic-state')).toBe('asserted');
    expect(v.shown.get('iskp--OFFSHOOT_OF--islamic-state')).toBe(1);
    expect(v.nodeCount).toBe(6);
    expect(v.edgeCount).toBe(7);
  });

  it('"show denied" draws a denied-only edge as denied', () => {
    const v = vis({ stances: ['asserted', 'unclear', 'denied'] });
    expect(v.hidden.has('iskp--DEFECTED_FROM--ttp')).toBe(false);
    expect(v.looks.get('iskp--DEFECTED_FROM--ttp')).toBe('denied');
    expect(v.shown.get('iskp--OFFSHOOT_OF--islamic-state')).toBe(2);
    // Only the denial left: the edge that was asserted is drawn as denied.
    expect(vis({ stances: ['denied'] }).looks.get('iskp--OFFSHOOT_OF--islamic-state')).toBe('denied');
  });

  it('draws unclear facts dotted, aims dashed and forecasts light-dashed (by look), and can leave each out', () => {
    const v = vis();
    expect(v.looks.get('taliban--CLASHED_WITH--ttp')).toBe('unclear');
    expect(v.looks.get('iskp--TARGETED--kabul')).toBe('intended');
    expect(v.looks.get('iskp--TARGETED--taliban')).toBe('expected');
    expect(v.looks.get('iskp--RIVAL_OF--taliban')).toBe('asserted');
    const factsOnly = vis({ stances: ['asserted'], modalities: ['actual'] });
    expect(factsOnly.hidden.has('taliban--CLASHED_WITH--ttp')).toBe(true);
    expect(factsOnly.hidden.has('iskp--TARGETED--kabul')).toBe(true);
    expect(factsOnly.hidden.has('iskp--TARGETED--taliban')).toBe(true);
    expect(factsOnly.hidden.has('iskp--RIVAL_OF--taliban')).toBe(false);
  });

  it('names the look of a statement', () => {
    expect(lookOf({ stance: 'denied', modality: 'intended' })).toBe('denied');
    expect(lookOf({ stance: 'unclear', modality: 'actual' })).toBe('unclear');
    expect(lookOf({ stance: 'asserted', modality: 'expected' })).toBe('expected');
    expect(lookOf({ stance: 'asserted', modality: 'actual' })).toBe('asserted');
  });

  it('counts only citations at or above the minimum credibility', () => {
    const v = vis({ minCredibility: 'reported' });
    expect(v.shown.get('iskp--RIVAL_OF--taliban')).toBe(1);
    expect(v.hidden.has('iskp--TARGETED--taliban')).toBe(true);
    expect(vis({ minCredibility: 'alleged' }).shown.get('iskp--RIVAL_OF--taliban')).toBe(2);
  });

  it('hides relationship types that are filtered out, and a category with the edges touching it', () => {
    const v = vis({ types: ['CLAIMED', 'OCCURRED_IN'] });
    expect(v.hidden.has('iskp--RIVAL_OF--taliban')).toBe(true);
    expect(v.hidden.has('iskp--CLAIMED--attack')).toBe(false);
    const noCities = vis({ categories: DEFAULT_STATE.categories.filter((c) => c !== 'city') });
    expect(noCities.hidden.has('kabul')).toBe(true);
    expect(noCities.hidden.has('attack--OCCURRED_IN--kabul')).toBe(true);
  });

  // As the API answers for a date with includePossible: what it leaves out lies outside the date.
  const in2014: TimeStatuses = {
    nodes: new Map([
      ['taliban', 'known'],
      ['ttp', 'known'],
      ['islamic-state', 'known'],
      ['iskp', 'possible'],
    ]),
    citations: new Map([
      ['r1', 'possible'],
      ['unclear', 'known'],
    ]),
  };

  it('with a date: draws what is known then, marks what is only possible, hides what cannot hold', () => {
    const v = vis({}, in2014);
    expect(v.hidden.has('taliban')).toBe(false);
    expect(v.possible.has('taliban')).toBe(false);
    expect(v.possible.has('iskp')).toBe(true);
    expect(v.hidden.has('iskp')).toBe(false);
    expect(v.possible.has('iskp--RIVAL_OF--taliban')).toBe(true);
    expect(v.shown.get('iskp--RIVAL_OF--taliban')).toBe(1);
    expect(v.hidden.has('taliban--CLASHED_WITH--ttp')).toBe(false);
    expect(v.possible.has('taliban--CLASHED_WITH--ttp')).toBe(false);
    expect(v.hidden.has('attack')).toBe(true);
    expect(v.hidden.has('iskp--OFFSHOOT_OF--islamic-state')).toBe(true);
  });

  it('with a date in fade mode: fades what cannot hold instead of hiding it', () => {
    const v = vis({ timeMode: 'fade' }, in2014);
    expect(v.hidden.size).toBe(1); // the denied-only edge, hidden by stance
    expect(v.faded.has('attack')).toBe(true);
    expect(v.faded.has('iskp--CLAIMED--attack')).toBe(true);
    expect(v.faded.has('taliban')).toBe(false);
  });

  it('walks (focus, path, lineage) only over asserted facts', () => {
    const v = vis();
    expect(v.walkable.has('iskp--RIVAL_OF--taliban')).toBe(true);
    expect(v.walkable.has('iskp--TARGETED--kabul')).toBe(false);
    expect(v.walkable.has('taliban--CLASHED_WITH--ttp')).toBe(false);
    const focus = vis({ focus: 'kabul', depth: 1 });
    expect([...N.filter((n) => !focus.hidden.has(n.id)).map((n) => n.id)].sort()).toEqual([
      'attack',
      'kabul',
    ]);
    const expanded = vis({ focus: 'kabul', depth: 1, expanded: ['attack'] });
    expect(expanded.hidden.has('iskp')).toBe(false);
    // The aim between two kept nodes is drawn, though the walk did not follow it.
    expect(expanded.hidden.has('iskp--TARGETED--kabul')).toBe(false);
  });

  it('walks the focus only over edges that pass the filters', () => {
    const v = vis({ focus: 'iskp', depth: 1, types: ['RIVAL_OF'] });
    expect(v.hidden.has('islamic-state')).toBe(true);
    expect(v.hidden.has('taliban')).toBe(false);
  });
});
