// The query loader's fragments (cypher/db/query-fragments.ts): markers expand with arguments
// bound, nested fragments expand, errors name file:line, and every real query expands whole.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandFragments, parseFragment, type Fragment } from '../../cypher/db/query-fragments.ts';
import { loadFragments, loadQueries, QUERY_DIR, QUERY_NAMES } from '../../cypher/db/query-files.ts';

function fragments(files: Record<string, string>): Map<string, Fragment> {
  return new Map(
    Object.entries(files).map(([name, text]) => [name, parseFragment(name, `${name}.cypher`, text)]),
  );
}

const FRAGMENTS = fragments({
  known: '// known: x is known\n// Args: x\nx.knownFrom IS NOT NULL',
  passes: '// passes\n// Args: f\nf.stance IN $stances\n  AND @known(f)',
  'source-map': '// Args: s\ns {.id, .title}',
  loop: '// Args: x\n@loop(x)',
});

describe('expandFragments', () => {
  it('binds arguments to the caller’s variables, leaving $params and .properties alone', () => {
    expect(expandFragments('WHERE @known(r)', 'q.cypher', FRAGMENTS)).toBe('WHERE r.knownFrom IS NOT NULL');
    expect(expandFragments('RETURN @source-map(doc) AS x', 'q.cypher', FRAGMENTS)).toBe(
      'RETURN doc {.id, .title} AS x',
    );
  });

  it('expands fragments inside fragments and indents their later lines like the marker line', () => {
    expect(expandFragments('MATCH ()-[c]->()\n    WHERE @passes(c)', 'q.cypher', FRAGMENTS)).toBe(
      'MATCH ()-[c]->()\n    WHERE c.stance IN $stances\n      AND c.knownFrom IS NOT NULL',
    );
  });

  it('leaves comments as they are, so headers may name fragments', () => {
    expect(expandFragments('// Fragments: @known\nRETURN 1', 'q.cypher', FRAGMENTS)).toBe(
      '// Fragments: @known\nRETURN 1',
    );
  });

  it('fails on an unknown fragment with file:line', () => {
    expect(() => expandFragments('MATCH (n)\nWHERE @nope(n)', 'q.cypher', FRAGMENTS)).toThrow(
      /^q\.cypher:2: unknown fragment '@nope\(n\)'/,
    );
  });

  it('fails on a wrong number of arguments, a cycle, and a leftover marker', () => {
    expect(() => expandFragments('WHERE @known(a, b)', 'q.cypher', FRAGMENTS)).toThrow(
      /q\.cypher:1: '@known\(a, b\)' gives 2 argument\(s\); fragment 'known' takes 1 \(x\)/,
    );
    expect(() => expandFragments('RETURN @loop(n)', 'q.cypher', FRAGMENTS)).toThrow(/uses itself/);
    expect(() => expandFragments('RETURN 1\nWHERE @Known(n)', 'q.cypher', FRAGMENTS)).toThrow(
      /^q\.cypher:2: '@Known\(n\)' is not a fragment marker/,
    );
  });

  it('reports an error inside a fragment at the fragment’s own file and line', () => {
    const broken = fragments({ outer: '// outer\n// Args: x\nx.a = 1\n  AND @inner(x)' });
    expect(() => expandFragments('WHERE @outer(n)', 'q.cypher', broken)).toThrow(
      /^outer\.cypher:4: unknown fragment/,
    );
  });
});

describe('the query folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'kg-fragments-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('expands every query with no marker left, and every header names the fragments it uses', () => {
    const queries = loadQueries();
    const names = [...loadFragments().keys()];
    for (const name of QUERY_NAMES) {
      const text = queries.get(name)!;
      const code = text
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n');
      expect(code, name).not.toMatch(/@/);
      expect(text, name).not.toMatch(/\bconfidence/);
    }
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('fails to load with file:line when a query uses an unknown fragment', () => {
    const dir = `${work}/`;
    mkdirSync(join(work, 'fragments'));
    writeFileSync(join(work, 'fragments', 'ok.cypher'), '// Args: x\nx.id');
    for (const name of QUERY_NAMES) writeFileSync(join(work, `${name}.cypher`), 'RETURN 1');
    writeFileSync(join(work, 'get-subgraph.cypher'), '// header\nMATCH (n)\nRETURN @ok(n), @missing(n)');
    expect(() => loadQueries(dir)).toThrow(`${dir}get-subgraph.cypher:3: unknown fragment '@missing(n)'`);
    expect(QUERY_DIR).not.toBe(dir);
  });
});
