// Unit tests for the export scope parser: defaults (asserted, actual facts), normalisation, and
// the problems it reports.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CREDIBILITY_LEVELS, RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import { describeProblems, parseScope } from '../../api/src/export/scope.ts';

const parse = (query: string, format: string | null = 'json') =>
  parseScope(new URLSearchParams(query), format);

function problemsOf(query: string, format: string | null = 'json') {
  const result = parse(query, format);
  if (result.ok) throw new Error(`expected problems for ${query}`);
  return result.problems;
}

describe('parseScope', () => {
  it('keeps asserted, actual facts of every type by default: the default scope, not the whole database', () => {
    const result = parse('');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scope.types).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(result.scope).toMatchObject({
      categories: null,
      stances: ['asserted'],
      modalities: ['actual'],
      minCredibility: null,
      credibilities: [...CREDIBILITY_LEVELS],
      from: null,
      to: null,
      includePossible: false,
      focus: null,
      claims: 'include',
    });
    expect(result.scope.query).toBe('');
    expect(result.scope.whole).toBe(false);
  });

  it('widens to denied, unclear, intended and expected facts only when asked', () => {
    const all = parse('stances=DENIED,asserted,unclear&modalities=expected,actual,intended');
    expect(all.ok && all.scope).toMatchObject({
      stances: ['asserted', 'denied', 'unclear'],
      modalities: ['actual', 'intended', 'expected'],
      whole: true,
      query: 'stances=asserted%2Cdenied%2Cunclear&modalities=actual%2Cintended%2Cexpected',
    });
    const denied = parse('stances=denied');
    expect(denied.ok && denied.scope).toMatchObject({
      stances: ['denied'],
      whole: false,
      query: 'stances=denied',
    });
    expect(problemsOf('stances=refuted')[0]).toMatchObject({
      parameter: 'stances',
      value: 'refuted',
      allowed: ['asserted', 'denied', 'unclear'],
    });
    expect(problemsOf('modalities=')[0]).toMatchObject({
      parameter: 'modalities',
      message: 'modalities is empty',
    });
    expect(problemsOf('modalities=planned')[0]?.allowed).toEqual(['actual', 'intended', 'expected']);
  });

  it('takes includePossible only as true or false, and only with a window', () => {
    const possible = parse('asOf=2019&includePossible=true');
    expect(possible.ok && possible.scope).toMatchObject({
      includePossible: true,
      query: 'asOf=2019&includePossible=true',
    });
    expect(problemsOf('includePossible=yes&asOf=2019')[0]).toMatchObject({
      parameter: 'includePossible',
      allowed: ['true', 'false'],
    });
    expect(problemsOf('includePossible=true')[0]?.message).toMatch(/needs a window/);
  });

  it('normalises types, expands labels to categories and widens coarse dates', () => {
    const result = parse(
      'types=rival-of&types=CLASHED_WITH,RIVAL_OF&categories=Place,attack&minCredibility=alleged&from=2015&to=2020-02',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scope.types).toEqual(['RIVAL_OF', 'CLASHED_WITH']);
    expect(result.scope.categories).toEqual(['attack', ...CATEGORIES.Place]);
    expect(result.scope.credibilities).toEqual(['reported', 'estimated', 'alleged']);
    expect(result.scope.from).toBe('2015-01-01');
    expect(result.scope.to).toBe('2020-02-29');
    expect(result.scope.whole).toBe(false);
    expect(result.scope.query).toContain('types=RIVAL_OF%2CCLASHED_WITH');
  });

  it('turns asOf into a one-day window and gives focus a default depth of 1', () => {
    const result = parse('asOf=2021-08-26&focus=iskp,afghan-taliban');
    expect(result.ok && result.scope).toMatchObject({
      from: '2021-08-26',
      to: '2021-08-26',
      focus: ['iskp', 'afghan-taliban'],
      depth: 1,
    });
  });

  it('names the parameter, the bad value and the allowed values', () => {
    const [p] = problemsOf('types=RIVALS');
    expect(p).toMatchObject({
      parameter: 'types',
      value: 'RIVALS',
      message: "unknown relationship type 'RIVALS'",
    });
    expect(p?.allowed).toContain('RIVAL_OF');
    expect(problemsOf('minCredibility=sure')[0]).toMatchObject({
      parameter: 'minCredibility',
      allowed: ['reported', 'estimated', 'alleged', 'suspected'],
    });
    expect(problemsOf('minConfidence=reported')[0]?.message).toBe("unknown parameter 'minConfidence'");
    expect(problemsOf('categories=wizards')[0]?.allowed).toContain('militant-group');
  });

  it('reads a coarse asOf as its whole month or year', () => {
    const year = parse('asOf=2020');
    expect(year.ok && year.scope).toMatchObject({
      asOf: '2020',
      from: '2020-01-01',
      to: '2020-12-31',
      query: 'asOf=2020',
    });
    const month = parse('asOf=2021-02');
    expect(month.ok && month.scope).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
  });

  it('rejects bad dates, conflicting windows and reversed periods', () => {
    expect(problemsOf('asOf=21-08-2021')[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(problemsOf('asOf=2021-02-30')[0]?.parameter).toBe('asOf');
    expect(problemsOf('from=2021-13')[0]?.parameter).toBe('from');
    expect(problemsOf('asOf=2021-01-01&from=2020')[0]?.message).toMatch(/not both/);
    expect(problemsOf('from=2021&to=2020')[0]?.message).toBe('from (2021-01-01) is after to (2020-12-31)');
  });

  it('checks focus ids and depth', () => {
    expect(problemsOf('depth=2')[0]?.message).toMatch(/needs focus/);
    expect(problemsOf('focus=iskp&depth=4')[0]).toMatchObject({
      parameter: 'depth',
      allowed: ['1', '2', '3'],
    });
    expect(problemsOf("focus=ISKP'%20OR%201=1")[0]?.parameter).toBe('focus');
    expect(problemsOf('focus=')[0]?.message).toMatch(/empty/);
  });

  it('rejects unknown parameters and file outside csv', () => {
    expect(problemsOf('type=RIVAL_OF')[0]).toMatchObject({
      parameter: 'type',
      message: "unknown parameter 'type'",
    });
    expect(problemsOf('file=nodes', 'graphml')[0]?.message).toMatch(/only applies to the csv format/);
    const csv = parse('file=edges', 'csv');
    expect(csv.ok && csv.file).toBe('edges');
    expect(problemsOf('file=claims', 'csv')[0]?.allowed).toEqual(['nodes', 'edges', 'sources']);
  });

  it('reports every problem at once, one line each', () => {
    const problems = problemsOf('types=X&minCredibility=Y&depth=9');
    expect(problems).toHaveLength(3);
    expect(describeProblems(problems).split('\n')).toHaveLength(3);
  });
});

describe('periods (core/dates.ts)', () => {
  it('knows month lengths and leap years', () => {
    const leap = parse('from=2024-02&to=2024-02');
    expect(leap.ok && leap.scope).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    const plain = parse('asOf=2023-02');
    expect(plain.ok && plain.scope.to).toBe('2023-02-28');
    expect(problemsOf('asOf=2023-02-29')[0]?.parameter).toBe('asOf');
  });
});
