// The hostile corpus (test/reliability/hostile/*.json, one case per request: injection in every
// argument, huge and odd ids, bad JSON, deep queries, alias bombs, path traversal, bad export
// parameters, odd methods, foreign origins, unicode) against the app in production mode over the
// real seeded Neo4j: no 5xx, no hang, no stack trace or path, a code on every error, the browser
// headers on every answer, and the graph unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  graphChecksum,
  HANG_MS,
  problemsWith,
  send,
  useProductionApp,
  type HostileCase,
} from './hostile-support.ts';

const CORPUS_DIR = join(import.meta.dirname, 'hostile');
const files = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const corpus = files.map((file) => ({
  file,
  cases: JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as HostileCase[],
}));

const prod = useProductionApp();
const tally = { cases: 0, byClass: new Map<string, number>(), slowestMs: 0, slowest: '' };

afterAll(async () => {
  const classes = [...tally.byClass].map(([cls, n]) => `${cls} ${n}`).join(', ');
  console.log(
    `hostile corpus: ${tally.cases} cases from ${files.length} files; ${classes}; ` +
      `slowest ${tally.slowestMs.toFixed(0)} ms (${tally.slowest})`,
  );
});

it('has at least 300 cases', () => {
  expect(corpus.reduce((n, f) => n + f.cases.length, 0)).toBeGreaterThanOrEqual(300);
});

for (const { file, cases } of corpus) {
  describe(file, () => {
    it.concurrent.for(cases)('$method $name', { timeout: HANG_MS + 5000 }, async (c, { expect }) => {
      const answer = await send(prod.app, c);
      tally.cases += 1;
      const cls = `${Math.floor(answer.status / 100)}xx`;
      tally.byClass.set(cls, (tally.byClass.get(cls) ?? 0) + 1);
      if (answer.ms > tally.slowestMs) Object.assign(tally, { slowestMs: answer.ms, slowest: c.name });
      expect(
        problemsWith(c, answer),
        `${c.method} ${c.path.slice(0, 120)} → ${answer.status} ${answer.text.slice(0, 300)}`,
      ).toEqual([]);
    });
  });
}

it('leaves the graph as it was (checksum of /export/json)', async () => {
  expect(await graphChecksum(prod.app)).toBe(prod.checksumBefore);
});
