// Unit tests for viewer/src/url-state.ts: the view state survives a round trip through a link.
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

  it('round-trips every field', () => {
    const state: ViewState = {
      selected: 'iskp',
      types: ['RIVAL_OF', 'DEFECTED_FROM'],
      categories: ['militant-group', 'attack'],
      minConfidence: 'alleged',
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
    const back = parseViewState(link);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual({ ...state, types: ['DEFECTED_FROM', 'RIVAL_OF'] });
  });

  it('keeps an empty type list (everything filtered out) distinct from all types', () => {
    const link = serializeViewState({ ...DEFAULT_STATE, types: [] });
    expect(link).toBe('?types=');
    expect(parseViewState(link).state.types).toEqual([]);
    expect(parseViewState('?').state.types).toEqual(RELATIONSHIP_TYPE_NAMES);
  });

  it('says which parts of a bad link it ignored and keeps the rest', () => {
    const { state, problems } = parseViewState(
      '?selected=iskp&types=RIVAL_OF,FRIENDS_WITH&minConfidence=sure&asOf=2021-13&depth=9&layout=spiral&path=iskp&timeMode=x&categories=bogus',
    );
    expect(state.selected).toBe('iskp');
    expect(state.types).toEqual(['RIVAL_OF']);
    expect(state.minConfidence).toBe('disputed');
    expect(state.asOf).toBeNull();
    expect(state.depth).toBe(1);
    expect(state.layout).toBe('fcose');
    expect(state.path).toBeNull();
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toMatch(/FRIENDS_WITH/);
    expect(problems.join('\n')).toMatch(/"asOf" must be YYYY/);
  });

  it('drops expanded nodes from the link when nothing is focused', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, expanded: ['x'] })).toBe('');
  });
});
