// Setup file of the integration project: every test file takes the run lock (run-lock.ts) before
// its own hooks and gives it back after them. Files share it, two at a time; a file listed in
// run-alone.ts prepares while sharing (its beforeAll: JVMs started, graphs loaded) and holds the
// lock alone from its first test to its end, so its time bounds are measured with no other file.
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { acquireRunLock, type LockMode } from './run-lock.ts';
import { RUN_ALONE } from './run-alone.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Waiting for the lock may take as long as the longest files beside it. */
const WAIT_MS = 3_600_000;

let port: number;
let file = '';
let runsAlone = false;
let release: (() => void) | undefined;
let alone = false;

// vitest reads a hook's first argument as its fixtures and wants a pattern there: none are used.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  port = inject('runLockPort');
  if (!port) throw new Error('no run lock: run the tests through vitest (test/support/global-setup.ts)');
  file = relative(ROOT, suite.file.filepath);
  runsAlone = RUN_ALONE.includes(file);
  release = await take('shared');
}, WAIT_MS);

/** Takes the lock; says so when it waited, or when it runs alone (what the run's time went to). */
async function take(mode: LockMode): Promise<() => void> {
  const asked = Date.now();
  const granted = await acquireRunLock(port, mode);
  const waitedMs = Date.now() - asked;
  if (mode === 'exclusive' || waitedMs > 1000) {
    process.stderr.write(`[run-lock] ${file}: ${mode} after waiting ${(waitedMs / 1000).toFixed(1)} s\n`);
  }
  return granted;
}

// Before the first test of a run-alone file (after its own beforeAll): shared becomes exclusive.
beforeEach(async () => {
  if (!runsAlone || alone) return;
  release?.();
  release = undefined;
  release = await take('exclusive');
  alone = true;
}, WAIT_MS);

afterAll(() => {
  release?.();
  release = undefined;
});
