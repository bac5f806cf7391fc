// Parses and checks an export's scope (which relationships, entities, stances, modalities,
// credibility, dates and focus) from URL query parameters; the HTTP endpoint and the CLI share it,
// so both reject the same input with the same words. The parsed scope is recorded inside every export.
import { parsePeriod } from '../../../core/dates.ts';
import {
  CATEGORIES,
  CREDIBILITY_LEVELS,
  credibilitiesAtLeast,
  ENTITY_LABELS,
  MODALITIES,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
  type Credibility,
  type EntityLabel,
  type Modality,
  type RelationshipType,
  type Stance,
  DEFAULT_MODALITIES,
  DEFAULT_STANCES,
} from '../../../core/model.ts';

/**
 * Query parameters the export understands (the CLI spells them as kebab-case options:
 * `minCredibility` → `--min-credibility`, `asOf` → `--as-of`). Lists are comma-separated or repeated.
 */
export const SCOPE_PARAMETERS = {
  types: 'relationship types to keep, e.g. RIVAL_OF,CLASHED_WITH (default: all)',
  categories:
    'entity categories to keep, e.g. militant-group,attack; a label (Group, Event, Place) stands for all its categories (default: all)',
  stances: `stances to keep, of ${STANCES.join(', ')} (default: asserted; a denied fact comes marked stance=denied)`,
  modalities: `modalities to keep, of ${MODALITIES.join(', ')} (default: actual; an aim comes marked modality=intended)`,
  minCredibility: `weakest credibility to keep: ${CREDIBILITY_LEVELS.join(' > ')} (default: all)`,
  asOf: 'YYYY-MM-DD, YYYY-MM or YYYY: keep what the documents place on that day or at some time in that month or year',
  from: 'start of a period, YYYY, YYYY-MM or YYYY-MM-DD: keep what the documents place in it',
  to: 'end of a period, YYYY, YYYY-MM or YYYY-MM-DD: keep what the documents place in it',
  includePossible:
    'true or false (default): with asOf or from/to, also keep what only may hold then (its possible span overlaps)',
  focus: 'entity ids to centre on, e.g. iskp,afghan-taliban: keep them and what lies within `depth` steps',
  depth: 'steps from the focus, 1 to 3 (default 1; only with focus)',
  claims: 'include (default) or exclude: the :Claim nodes (figures, dates) of the exported entities',
  isolated:
    'include (default) or exclude: entities that no exported relationship touches (focus entities are always kept)',
  file: 'CSV only: nodes, edges or sources for one CSV file instead of the zip',
} as const;
export type ScopeParameter = keyof typeof SCOPE_PARAMETERS;
export const SCOPE_PARAMETER_NAMES = Object.keys(SCOPE_PARAMETERS) as ScopeParameter[];

export const CSV_FILES = ['nodes', 'edges', 'sources'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export const ALL_CATEGORIES: readonly string[] = ENTITY_LABELS.flatMap((label) => CATEGORIES[label]);

export interface ExportScope {
  /** Relationship types kept; all of RELATIONSHIP_TYPE_NAMES when not narrowed. */
  types: RelationshipType[];
  /** Entity categories kept, or null for every entity. */
  categories: string[] | null;
  /** Stance and modality words kept (default: asserted, actual). */
  stances: Stance[];
  modalities: Modality[];
  minCredibility: Credibility | null;
  /** The credibility words kept: minCredibility and the stronger ones, or all four. */
  credibilities: Credibility[];
  asOf: string | null;
  /** The time window as first and last day (asOf gives its day, month or year), or null when open. */
  from: string | null;
  to: string | null;
  /** With a window: also keep what only may hold in it. */
  includePossible: boolean;
  focus: string[] | null;
  depth: number | null;
  claims: 'include' | 'exclude';
  isolated: 'include' | 'exclude';
  /** True when nothing narrows the graph, every stance and modality included: the whole database. */
  whole: boolean;
  /** The scope as a canonical query string (`types=…&from=…`), empty for the default scope. */
  query: string;
}

export interface ScopeProblem {
  parameter: string;
  value?: string;
  message: string;
  allowed?: readonly string[];
}

export type ScopeResult =
  { ok: true; scope: ExportScope; file: CsvFile | null } | { ok: false; problems: ScopeProblem[] };

const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Values of a list parameter: comma-separated and/or repeated, blanks dropped. */
function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function single(params: URLSearchParams, name: string, problems: ScopeProblem[]): string | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  if (values.length > 1) {
    problems.push({ parameter: name, value: values.join(','), message: `${name} may be given once` });
    return null;
  }
  return (values[0] as string).trim();
}

function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  problems: ScopeProblem[],
): T | null {
  const value = single(params, name, problems);
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) {
    problems.push({ parameter: name, value, message: `unknown ${name} '${value}'`, allowed });
    return null;
  }
  return value as T;
}

/** A list of model words (case ignored), in the model's order; the default when not given. */
function words<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: readonly T[],
  problems: ScopeProblem[],
): T[] {
  if (!params.has(name)) return [...fallback];
  const values = listValues(params, name);
  if (values.length === 0) problems.push({ parameter: name, message: `${name} is empty`, allowed });
  const picked = new Set<string>();
  for (const raw of values) {
    const word = raw.toLowerCase();
    if ((allowed as readonly string[]).includes(word)) picked.add(word);
    else problems.push({ parameter: name, value: raw, message: `unknown ${name} word '${raw}'`, allowed });
  }
  return allowed.filter((w) => picked.has(w));
}

/**
 * Reads the scope from query parameters. `format` is the export format (some parameters, like
 * `file`, belong to one format); `ignore` names parameters the caller handles itself.
 */
export function parseScope(
  params: URLSearchParams,
  format: string | null,
  ignore: readonly string[] = [],
): ScopeResult {
  const problems: ScopeProblem[] = [];

  for (const name of new Set(params.keys())) {
    if (ignore.includes(name)) continue;
    if (!(SCOPE_PARAMETER_NAMES as string[]).includes(name)) {
      problems.push({
        parameter: name,
        message: `unknown parameter '${name}'`,
        allowed: SCOPE_PARAMETER_NAMES,
      });
    }
  }

  // Relationship types: accept rival-of / rival_of / RIVAL_OF, report the canonical names.
  let types: RelationshipType[] = [...RELATIONSHIP_TYPE_NAMES];
  const typeValues = listValues(params, 'types');
  if (params.has('types')) {
    if (typeValues.length === 0)
      problems.push({ parameter: 'types', message: 'types is empty', allowed: RELATIONSHIP_TYPE_NAMES });
    const picked: RelationshipType[] = [];
    for (const raw of typeValues) {
      const name = raw.toUpperCase().replace(/-/g, '_');
      if ((RELATIONSHIP_TYPE_NAMES as string[]).includes(name)) {
        if (!picked.includes(name as RelationshipType)) picked.push(name as RelationshipType);
      } else {
        problems.push({
          parameter: 'types',
          value: raw,
          message: `unknown relationship type '${raw}'`,
          allowed: RELATIONSHIP_TYPE_NAMES,
        });
      }
    }
    types = RELATIONSHIP_TYPE_NAMES.filter((t) => picked.includes(t));
  }

  // Categories: a label name expands to all of its categories.
  let categories: string[] | null = null;
  if (params.has('categories')) {
    const values = listValues(params, 'categories');
    const allowed = [...ENTITY_LABELS, ...ALL_CATEGORIES];
    if (values.length === 0)
      problems.push({ parameter: 'categories', message: 'categories is empty', allowed });
    const picked = new Set<string>();
    for (const raw of values) {
      const label = ENTITY_LABELS.find((l) => l.toLowerCase() === raw.toLowerCase());
      if (label) CATEGORIES[label as EntityLabel].forEach((c) => picked.add(c));
      else if (ALL_CATEGORIES.includes(raw)) picked.add(raw);
      else
        problems.push({
          parameter: 'categories',
          value: raw,
          message: `unknown entity category '${raw}'`,
          allowed,
        });
    }
    categories = ALL_CATEGORIES.filter((c) => picked.has(c));
  }

  const stances = words(params, 'stances', STANCES, DEFAULT_STANCES, problems);
  const modalities = words(params, 'modalities', MODALITIES, DEFAULT_MODALITIES, problems);
  const minCredibility = choice(params, 'minCredibility', CREDIBILITY_LEVELS, problems);
  const credibilities = credibilitiesAtLeast(minCredibility ?? 'suspected');

  // A date may be a day, a month or a year (core/dates.ts periods); `from` takes its first day,
  // `to` its last, and `asOf` the whole period (asOf=2021: at some time in 2021, as the viewer does).
  const dateParam = (name: 'asOf' | 'from' | 'to'): { text: string; first: string; last: string } | null => {
    const value = single(params, name, problems);
    if (value === null) return null;
    const period = parsePeriod(value);
    if (period === null) {
      problems.push({
        parameter: name,
        value,
        message: `not a date written YYYY, YYYY-MM or YYYY-MM-DD: '${value}'`,
      });
      return null;
    }
    return { text: value, first: period.from, last: period.to };
  };
  const asOfPeriod = dateParam('asOf');
  const asOf = asOfPeriod?.text ?? null;
  let from = dateParam('from')?.first ?? null;
  let to = dateParam('to')?.last ?? null;
  if (params.has('asOf') && (params.has('from') || params.has('to'))) {
    problems.push({
      parameter: 'asOf',
      message: 'give either asOf (a day, month or year) or from/to (a period), not both',
    });
  }
  if (from !== null && to !== null && from > to) {
    problems.push({ parameter: 'from', value: from, message: `from (${from}) is after to (${to})` });
  }
  if (asOfPeriod) {
    from = asOfPeriod.first;
    to = asOfPeriod.last;
  }
  const possibleText = choice(params, 'includePossible', ['true', 'false'] as const, problems);
  const includePossible = possibleText === 'true';
  if (includePossible && !['asOf', 'from', 'to'].some((name) => params.has(name))) {
    problems.push({
      parameter: 'includePossible',
      value: 'true',
      message: 'includePossible needs a window: asOf, or from and/or to',
    });
  }

  let focus: string[] | null = null;
  if (params.has('focus')) {
    focus = [...new Set(listValues(params, 'focus'))];
    if (focus.length === 0)
      problems.push({ parameter: 'focus', message: 'focus is empty: give one or more entity ids' });
    for (const id of focus) {
      if (!ENTITY_ID.test(id)) {
        problems.push({
          parameter: 'focus',
          value: id,
          message: `'${id}' is not an entity id (lower-case kebab-case, e.g. iskp)`,
        });
      }
    }
  }
  let depth: number | null = null;
  const depthText = single(params, 'depth', problems);
  if (depthText !== null) {
    if (!/^[1-3]$/.test(depthText)) {
      problems.push({
        parameter: 'depth',
        value: depthText,
        message: `depth must be 1, 2 or 3, got '${depthText}'`,
        allowed: ['1', '2', '3'],
      });
    } else if (!params.has('focus')) {
      problems.push({
        parameter: 'depth',
        value: depthText,
        message: 'depth needs focus (the entity ids to start from)',
      });
    } else depth = Number(depthText);
  }
  if (focus !== null && depth === null) depth = 1;

  const claims = choice(params, 'claims', ['include', 'exclude'] as const, problems) ?? 'include';
  const isolated = choice(params, 'isolated', ['include', 'exclude'] as const, problems) ?? 'include';

  let file: CsvFile | null = null;
  if (params.has('file')) {
    if (format !== null && format !== 'csv') {
      problems.push({ parameter: 'file', message: `file only applies to the csv format, not ${format}` });
    } else file = choice(params, 'file', CSV_FILES, problems);
  }

  if (problems.length > 0) return { ok: false, problems };

  const canonical = new URLSearchParams();
  if (params.has('types')) canonical.set('types', types.join(','));
  if (categories) canonical.set('categories', categories.join(','));
  if (stances.join() !== DEFAULT_STANCES.join()) canonical.set('stances', stances.join(','));
  if (modalities.join() !== DEFAULT_MODALITIES.join()) canonical.set('modalities', modalities.join(','));
  if (minCredibility) canonical.set('minCredibility', minCredibility);
  if (asOf) canonical.set('asOf', asOf);
  else {
    if (from) canonical.set('from', from);
    if (to) canonical.set('to', to);
  }
  if (includePossible) canonical.set('includePossible', 'true');
  if (focus) {
    canonical.set('focus', focus.join(','));
    canonical.set('depth', String(depth));
  }
  if (claims !== 'include') canonical.set('claims', claims);
  if (isolated !== 'include') canonical.set('isolated', isolated);
  const query = canonical.toString();
  // The default keeps only asserted, actual facts: the whole database needs every stance and modality.
  const narrowing = [...canonical.keys()].filter((k) => k !== 'stances' && k !== 'modalities');
  const whole =
    narrowing.length === 0 && stances.length === STANCES.length && modalities.length === MODALITIES.length;

  return {
    ok: true,
    file,
    scope: {
      types,
      categories,
      stances,
      modalities,
      minCredibility,
      credibilities,
      asOf,
      from,
      to,
      includePossible,
      focus,
      depth,
      claims,
      isolated,
      whole,
      query,
    },
  };
}

/** One line per problem, the way the CLI prints them and the HTTP body's `error` summarises them. */
export function describeProblems(problems: readonly ScopeProblem[]): string {
  return problems
    .map((p) => `${p.parameter}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed.join(', ')})` : ''}`)
    .join('\n');
}
