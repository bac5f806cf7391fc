// Open filters (cypher/db/open-filters.ts, queryTextFor in cypher/db/query-files.ts): which
// parameters leave a filter open, the text each query is sent as, and the open forms' own checks.
// That the answers are the same is test/integration/open-filters.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphFilterParams } from '../../../api/src/schema/arguments.ts';
import { ENTITY_LABELS } from '../../../core/model.ts';
import { OPEN_WHEN, openFilters } from '../../../cypher/db/open-filters.ts';
import {
  loadOpenForms,
  loadPinnedQueries,
  loadQueries,
  QUERY_NAMES,
  queryTextFor,
} from '../../../cypher/db/query-files.ts';

/** The parameters of a graph question with no filter, as the API fills them in. */
const OPEN: Record<string, unknown> = { ...graphFilterParams(null) };

describe('openFilters', () => {
  it('leaves open what the parameters do not restrict, and only that', () => {
    expect(openFilters(OPEN)).toEqual(['credibility-kept', 'source-kept', 'kind-kept', 'in-window']);
    expect(openFilters({ ...OPEN, credibilities: ['reported', 'estimated'] })).not.toContain(
      'credibility-kept',
    );
    expect(openFilters({ ...OPEN, sources: ['doc-000'] })).not.toContain('source-kept');
    expect(openFilters({ ...OPEN, kinds: ['Group'] })).not.toContain('kind-kept');
    // Every kind and one more is not the exact list the open form tests.
    expect(openFilters({ ...OPEN, kinds: [...ENTITY_LABELS, 'Claim'] })).not.toContain('kind-kept');
    expect(openFilters({ ...OPEN, windowStart: '2015-01-01' })).not.toContain('in-window');
    expect(openFilters({ ...OPEN, windowEnd: '2015-12-31' })).not.toContain('in-window');
    // Absent is never open: a query that takes no such parameter keeps its text.
    expect(openFilters({})).toEqual([]);
    expect(openFilters({ kinds: null, credibilities: undefined })).toEqual([]);
  });
});

describe('queryTextFor', () => {
  const code = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');

  it('sends the general text when nothing is open, and a text without the open tests otherwise', () => {
    const general = loadQueries().get('find-shortest-paths')!;
    const closed = {
      ...OPEN,
      credibilities: ['reported'],
      sources: ['doc-000'],
      kinds: ['Group'],
      windowStart: '2015-01-01',
    };
    expect(queryTextFor('find-shortest-paths', closed)).toBe(general);
    const open = queryTextFor('find-shortest-paths', OPEN)!;
    for (const param of ['$credibilities', '$sources', '$kinds', '$includePossible']) {
      expect(general, param).toContain(param);
      expect(code(open), param).not.toContain(param);
    }
    expect(open).toContain('(x:Group OR x:Event OR x:Place)');
    // What the open forms do not touch stays: the types, stances and modalities asked.
    for (const param of ['$types', '$stances', '$modalities']) expect(open).toContain(param);
    expect(queryTextFor('find-shortest-paths', OPEN)).toBe(open);
  });

  it('splices one open filter and keeps the others', () => {
    const text = queryTextFor('list-relationships', {
      ...OPEN,
      credibilities: ['reported'],
      kinds: ['Group'],
    })!;
    expect(text).toContain('$credibilities');
    expect(text).toContain('$kinds');
    expect(text).not.toContain('$sources');
    expect(text).not.toContain('$includePossible');
  });

  it('pins a pinned text to $gen and keeps unpinned queries unpinned', () => {
    const pinned = queryTextFor('get-neighbourhood', OPEN, true)!;
    expect(pinned.startsWith('WITH $gen AS gen')).toBe(true);
    expect(queryTextFor('get-neighbourhood', OPEN)!.startsWith('WITH $gen AS gen')).toBe(false);
    expect(queryTextFor('get-current-generation', OPEN, true)).toBeUndefined();
    expect(queryTextFor('get-neighbourhood', {}, true)).toBe(loadPinnedQueries().get('get-neighbourhood'));
  });

  it('expands every query with every set of open filters, no marker left', () => {
    const names = Object.keys(OPEN_WHEN);
    for (let set = 0; set < 1 << names.length; set++) {
      const params = { ...OPEN };
      // Close the filters outside the set.
      if (!(set & 1)) params.credibilities = ['reported'];
      if (!(set & 2)) params.sources = ['doc-000'];
      if (!(set & 4)) params.kinds = ['Group'];
      if (!(set & 8)) params.windowStart = '2015-01-01';
      expect(openFilters(params)).toHaveLength([1, 2, 4, 8].filter((bit) => set & bit).length);
      for (const name of QUERY_NAMES) {
        for (const pinned of [false, true]) {
          const text = queryTextFor(name, params, pinned);
          if (text !== undefined) expect(code(text), `${name} ${set}`).not.toMatch(/@/);
        }
      }
    }
  });
});

describe('the open forms', () => {
  const work = mkdtempSync(join(tmpdir(), 'kg-open-forms-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('kind-kept open tests exactly the entity labels of core/model.ts', () => {
    const body = loadOpenForms().get('kind-kept')!.body;
    const labels = [...body.matchAll(/x:(\w+)/g)].map((m) => m[1]);
    expect(labels.sort()).toEqual([...ENTITY_LABELS].sort());
  });

  it('exist for every rule and fail to load, with the file, when they do not fit their fragment', () => {
    expect([...loadOpenForms().keys()].sort()).toEqual(Object.keys(OPEN_WHEN).sort());
    expect(loadOpenForms()).toBe(loadOpenForms());
    const write = (dir: string, opens: Record<string, string>) => {
      mkdirSync(join(dir, 'fragments', 'open'), { recursive: true });
      for (const name of QUERY_NAMES) writeFileSync(join(dir, `${name}.cypher`), 'RETURN 1');
      for (const name of Object.keys(OPEN_WHEN)) {
        writeFileSync(join(dir, 'fragments', `${name}.cypher`), '// Args: x\nx.a = 1');
        writeFileSync(join(dir, 'fragments', 'open', `${name}.cypher`), '// Args: x\ntrue');
      }
      for (const [name, text] of Object.entries(opens))
        writeFileSync(join(dir, 'fragments', 'open', `${name}.cypher`), text);
      return `${dir}/`;
    };
    const args = write(join(work, 'args'), { 'in-window': '// Args: x, y\ntrue' });
    expect(() => loadOpenForms(args)).toThrow(
      `${args}fragments/open/in-window.cypher: takes (x, y); the fragment 'in-window' takes (x)`,
    );
    const stray = write(join(work, 'stray'), { nothing: '// Args: x\ntrue' });
    expect(() => loadOpenForms(stray)).toThrow(
      `${stray}fragments/open/nothing.cypher: an open form of 'nothing', which is no fragment`,
    );
    const norule = write(join(work, 'norule'), { extra: '// Args: x\ntrue' });
    writeFileSync(join(work, 'norule', 'fragments', 'extra.cypher'), '// Args: x\nx.a = 2');
    expect(() => loadOpenForms(norule)).toThrow(
      `${norule}fragments/open/extra.cypher: no rule says when 'extra' is open`,
    );
    const missing = write(join(work, 'missing'), {});
    rmSync(join(work, 'missing', 'fragments', 'open', 'source-kept.cypher'));
    expect(() => loadOpenForms(missing)).toThrow(`${missing}fragments/open/source-kept.cypher is missing`);
  });
});
