// Unit test of the run-alone list (test/support/run-alone.ts): each entry names a test that is in
// its file, so a renamed test cannot quietly lose its place alone on the machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_ALONE, runsAlone } from '../../support/run-alone.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the run-alone list', () => {
  it.each(RUN_ALONE.map((entry) => [entry.file, entry.test]))('%s has a test named "%s…"', (file, test) => {
    const text = readFileSync(resolve(ROOT, file), 'utf8');
    expect(text).toMatch(new RegExp(`it\\(\\s*['\`]${test.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('matches a test by its file and the start of its name, nothing else', () => {
    const { file, test } = RUN_ALONE[0]!;
    expect(runsAlone(file, `${test} and more`)).toBe(true);
    expect(runsAlone(file, `not ${test}`)).toBe(false);
    expect(runsAlone('test/e2e/other.test.ts', test)).toBe(false);
  });
});
