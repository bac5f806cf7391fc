// The view state (selection, filters, date, focus, layout, path, lineage) as a query string, so
// a copied link reproduces the view. Pure: parse and serialise only; main.ts calls replaceState.
// Links made before the stance/credibility model still open the same view (legacy-link.ts).
import { parsePeriod } from '../../core/dates.ts';
import {
  CATEGORIES,
  CREDIBILITY_LEVELS,
  ENTITY_LABELS,
  MODALITIES,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
  type Credibility,
  type Modality,
  type RelationshipType,
  type Stance,
} from '../../core/model.ts';
import { edgeIdFromLegacy, minCredibilityFromLegacy } from './legacy-link.ts';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const TIME_MODES = ['hide', 'fade'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

export const ALL_CATEGORIES: readonly string[] = ENTITY_LABELS.flatMap((l) => CATEGORIES[l]);

export interface ViewState {
  /** Selected entity id, or the API's drawn-edge id (`start--TYPE--end`). */
  selected: string | null;
  /** Relationship types shown; every type when the URL does not say. */
  types: RelationshipType[];
  /** Entity categories shown. */
  categories: string[];
  /** Keep citations of this credibility and the stronger ones (`suspected`: all). */
  minCredibility: Credibility;
  /** Stances drawn; denied only when "show denied" is on. */
  stances: Stance[];
  /** Modalities drawn: facts, aims (intended), forecasts (expected). */
  modalities: Modality[];
  /** "2014", "2021-08" or "2021-08-26"; null shows every date. */
  asOf: string | null;
  timeMode: TimeMode;
  /** Entity whose neighbourhood of `depth` steps is the whole view. */
  focus: string | null;
  depth: number;
  /** Nodes added by "expand neighbours" while focused. */
  expanded: string[];
  layout: LayoutName;
  /** Shortest path between two entities, highlighted. */
  path: [string, string] | null;
  /** A group whose lineage (defected from, offshoot of, affiliate of, branch of) is highlighted. */
  lineage: string | null;
}

export const DEFAULT_STATE: ViewState = {
  selected: null,
  types: [...RELATIONSHIP_TYPE_NAMES],
  categories: [...ALL_CATEGORIES],
  minCredibility: 'suspected',
  stances: ['asserted', 'unclear'],
  modalities: [...MODALITIES],
  asOf: null,
  timeMode: 'hide',
  focus: null,
  depth: 1,
  expanded: [],
  layout: 'fcose',
  path: null,
  lineage: null,
};

/** The API and the exports walk at most 3 steps. */
export const MAX_DEPTH = 3;

export interface ParsedState {
  state: ViewState;
  /** What in the URL could not be used, said plainly; the rest of the state still applies. */
  problems: string[];
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function parseViewState(search: string): ParsedState {
  const q = new URLSearchParams(search);
  const state: ViewState = structuredClone(DEFAULT_STATE);
  const problems: string[] = [];

  const sel = q.get('selected');
  if (sel) state.selected = edgeIdFromLegacy(sel) ?? sel;

  const types = q.get('types');
  if (types !== null) {
    const wanted = list(types);
    const bad = wanted.filter((t) => !(RELATIONSHIP_TYPE_NAMES as string[]).includes(t));
    if (bad.length) problems.push(`unknown relationship type(s) in "types": ${bad.join(', ')}`);
    state.types = RELATIONSHIP_TYPE_NAMES.filter((t) => wanted.includes(t));
  }

  const cats = q.get('categories');
  if (cats !== null) {
    const wanted = list(cats);
    const bad = wanted.filter((c) => !ALL_CATEGORIES.includes(c));
    if (bad.length) problems.push(`unknown categor(y/ies) in "categories": ${bad.join(', ')}`);
    state.categories = ALL_CATEGORIES.filter((c) => wanted.includes(c));
  }

  const cred = q.get('minCredibility');
  const legacy = q.get('minConfidence');
  if (cred !== null) {
    if ((CREDIBILITY_LEVELS as readonly string[]).includes(cred)) state.minCredibility = cred as Credibility;
    else problems.push(`"minCredibility" must be one of ${CREDIBILITY_LEVELS.join(', ')}, not "${cred}"`);
  } else if (legacy !== null) {
    const mapped = minCredibilityFromLegacy(legacy);
    if (mapped) state.minCredibility = mapped;
    else problems.push(`"minConfidence" must be reported, alleged, suspected or disputed, not "${legacy}"`);
  }

  const stances = q.get('stances');
  if (stances !== null) {
    const wanted = list(stances);
    const bad = wanted.filter((s) => !(STANCES as readonly string[]).includes(s));
    if (bad.length) problems.push(`unknown stance(s) in "stances": ${bad.join(', ')}`);
    state.stances = STANCES.filter((s) => wanted.includes(s));
  }

  const modalities = q.get('modalities');
  if (modalities !== null) {
    const wanted = list(modalities);
    const bad = wanted.filter((m) => !(MODALITIES as readonly string[]).includes(m));
    if (bad.length) problems.push(`unknown modalit(y/ies) in "modalities": ${bad.join(', ')}`);
    state.modalities = MODALITIES.filter((m) => wanted.includes(m));
  }

  const asOf = q.get('asOf');
  if (asOf !== null) {
    if (parsePeriod(asOf)) state.asOf = asOf;
    else problems.push(`"asOf" must be YYYY, YYYY-MM or YYYY-MM-DD, not "${asOf}"`);
  }

  const mode = q.get('timeMode');
  if (mode !== null) {
    if ((TIME_MODES as readonly string[]).includes(mode)) state.timeMode = mode as TimeMode;
    else problems.push(`"timeMode" must be hide or fade, not "${mode}"`);
  }

  const focus = q.get('focus');
  if (focus) state.focus = focus;

  const depth = q.get('depth');
  if (depth !== null) {
    const n = Number(depth);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_DEPTH) state.depth = n;
    else problems.push(`"depth" must be a whole number from 1 to ${MAX_DEPTH}, not "${depth}"`);
  }

  const expanded = q.get('expanded');
  if (expanded) state.expanded = list(expanded);

  const layout = q.get('layout');
  if (layout !== null) {
    if ((LAYOUT_NAMES as readonly string[]).includes(layout)) state.layout = layout as LayoutName;
    else problems.push(`"layout" must be one of ${LAYOUT_NAMES.join(', ')}, not "${layout}"`);
  }

  const path = q.get('path');
  if (path !== null) {
    const ends = list(path);
    if (ends.length === 2) state.path = [ends[0]!, ends[1]!];
    else problems.push(`"path" must be two entity ids separated by a comma, not "${path}"`);
  }

  const lineage = q.get('lineage');
  if (lineage) state.lineage = lineage;

  return { state, problems };
}

/** Query string (with "?", or "" for the default view); defaults are left out to keep links short. */
export function serializeViewState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.selected) q.set('selected', state.selected);
  // Model order, so one view has one link whatever order the boxes were ticked in.
  if (!sameSet(state.types, RELATIONSHIP_TYPE_NAMES))
    q.set('types', RELATIONSHIP_TYPE_NAMES.filter((t) => state.types.includes(t)).join(','));
  if (!sameSet(state.categories, ALL_CATEGORIES))
    q.set('categories', ALL_CATEGORIES.filter((c) => state.categories.includes(c)).join(','));
  if (state.minCredibility !== DEFAULT_STATE.minCredibility) q.set('minCredibility', state.minCredibility);
  if (!sameSet(state.stances, DEFAULT_STATE.stances))
    q.set('stances', STANCES.filter((s) => state.stances.includes(s)).join(','));
  if (!sameSet(state.modalities, DEFAULT_STATE.modalities))
    q.set('modalities', MODALITIES.filter((m) => state.modalities.includes(m)).join(','));
  if (state.asOf) q.set('asOf', state.asOf);
  if (state.timeMode !== DEFAULT_STATE.timeMode) q.set('timeMode', state.timeMode);
  if (state.focus) {
    q.set('focus', state.focus);
    q.set('depth', String(state.depth));
    if (state.expanded.length) q.set('expanded', state.expanded.join(','));
  }
  if (state.layout !== DEFAULT_STATE.layout) q.set('layout', state.layout);
  if (state.path) q.set('path', state.path.join(','));
  if (state.lineage) q.set('lineage', state.lineage);
  const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}
