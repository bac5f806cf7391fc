// Unit tests for viewer/src/url-state.ts and legacy-link.ts: the view state survives a round trip
// through a link, and links shared before the stance/credibility model open the same view.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import {
  DEFAULT_STATE,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../viewer/src/url-state.ts';

describe('url state', () => {
  it('leaves the default view out of the link', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('draws asserted and unclear facts, aims and forecasts by default, and no denials', () => {
    expect(DEFAULT_STATE.stances).toEqual(['asserted', 'unclear']);
    expect(DEFAULT_STATE.modalities).toEqual(['actual', 'intended', 'expected']);
    expect(DEFAULT_STATE.minCredibility).toBe('suspected');
  });

  it('round-trips every field', () => {
    const state: ViewState = {
      selected: 'afghan-taliban--RIVAL_OF--iskp',
      types: ['RIVAL_OF', 'DEFECTED_FROM'],
      categories: ['militant-group', 'attack'],
      minCredibility: 'alleged',
      stances: ['asserted', 'denied'],
      modalities: ['actual'],
      asOf: '2021-08',
      timeMode: 'fade',
      focus: 'iskp',
      depth: 2,
      expanded: ['afghan-taliban'],
      layout: 'concentric',
      path: ['iskp', 'al-qaeda'],
      lineage: 'iskp',
    };
    const link = serializeViewState(state);
    expect(link).toContain('types=DEFECTED_FROM,RIVAL_OF');
    expect(link).toContain('stances=asserted,denied');
    expect(link).toContain('modalities=actual');
    expect(link).toContain('minCredibility=alleged');
    const back = parseViewState(link);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual({ ...state, types: ['DEFECTED_FROM', 'RIVAL_OF'] });
  });

  it('opens a link shared before the new model (edge ids TYPE:start:end, minConfidence) on the same view', () => {
    // As the old browser test's shared link and edge link looked.
    const old = parseViewState(
      '?selected=RIVAL_OF:afghan-taliban:iskp&types=DEFECTED_FROM,RIVAL_OF&minConfidence=alleged&asOf=2021&focus=iskp&depth=1&layout=concentric',
    );
    expect(old.problems).toEqual([]);
    expect(old.state).toMatchObject({
      selected: 'afghan-taliban--RIVAL_OF--iskp',
      types: ['DEFECTED_FROM', 'RIVAL_OF'],
      minCredibility: 'alleged',
      asOf: '2021',
      focus: 'iskp',
      layout: 'concentric',
    });
    // Written back in today's words.
    expect(serializeViewState(old.state)).toContain('selected=afghan-taliban--RIVAL_OF--iskp');
    expect(serializeViewState(old.state)).toContain('minCredibility=alleged');
    expect(serializeViewState(old.state)).not.toContain('minConfidence');

    expect(parseViewState('?minConfidence=reported').state.minCredibility).toBe('reported');
    expect(parseViewState('?minConfidence=suspected').state.minCredibility).toBe('suspected');
    // "disputed" showed everything: every credibility level (denials stay a separate toggle).
    expect(parseViewState('?minConfidence=disputed').state).toEqual(DEFAULT_STATE);
    // A link with both names follows the new one.
    expect(parseViewState('?minConfidence=reported&minCredibility=estimated').state.minCredibility).toBe(
      'estimated',
    );
    // Entity ids and edge-like strings that are not relationship types pass through unchanged.
    expect(parseViewState('?selected=iskp').state.selected).toBe('iskp');
    expect(parseViewState('?selected=FOO:a:b').state.selected).toBe('FOO:a:b');
  });

  it('keeps an empty type list (everything filtered out) distinct from all types', () => {
    const link = serializeViewState({ ...DEFAULT_STATE, types: [] });
    expect(link).toBe('?types=');
    expect(parseViewState(link).state.types).toEqual([]);
    expect(parseViewState('?').state.types).toEqual(RELATIONSHIP_TYPE_NAMES);
  });

  it('says which parts of a bad link it ignored and keeps the rest', () => {
    const { state, problems } = parseViewState(
      '?selected=iskp&types=RIVAL_OF,FRIENDS_WITH&minCredibility=sure&stances=asserted,maybe&modalities=dreamt&asOf=2021-13&depth=9&layout=spiral&path=iskp&timeMode=x&categories=bogus',
    );
    expect(state.selected).toBe('iskp');
    expect(state.types).toEqual(['RIVAL_OF']);
    expect(state.minCredibility).toBe('suspected');
    expect(state.stances).toEqual(['asserted']);
    expect(state.modalities).toEqual([]);
    expect(state.asOf).toBeNull();
    expect(state.depth).toBe(1);
    expect(state.layout).toBe('fcose');
    expect(state.path).toBeNull();
    expect(problems).toHaveLength(10);
    expect(problems.join('\n')).toMatch(/FRIENDS_WITH/);
    expect(problems.join('\n')).toMatch(/"asOf" must be YYYY/);
    expect(parseViewState('?minConfidence=sure').problems.join()).toMatch(/"minConfidence" must be/);
  });

  it('drops expanded nodes from the link when nothing is focused', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, expanded: ['x'] })).toBe('');
  });
});
