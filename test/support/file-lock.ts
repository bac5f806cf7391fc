// Setup file of the integration project: every test file takes the run lock (run-lock.ts) before
// its own hooks and gives it back after them. Files share it, two at a time; a test listed in
// run-alone.ts holds it alone, from just before it starts to its end, so its time bounds are
// measured with no other file beside it; its file shares again after it.
import { relative, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { acquireRunLock, type LockMode } from './run-lock.ts';
import { runsAlone } from './run-alone.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Waiting for the lock may take as long as the longest files beside it. */
const WAIT_MS = 3_600_000;

let port: number;
let file = '';
let release: (() => void) | undefined;
let alone = false;

// vitest reads a hook's first argument as its fixtures and wants a pattern there: none are used.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  port = inject('runLockPort');
  if (!port) throw new Error('no run lock: run the tests through vitest (test/support/global-setup.ts)');
  file = relative(ROOT, suite.file.filepath);
  release = await take('shared');
}, WAIT_MS);

/** Takes the lock; says so when it waited, or when it runs alone (what the run's time went to). */
async function take(mode: LockMode, test?: string): Promise<() => void> {
  const asked = Date.now();
  const granted = await acquireRunLock(port, mode);
  const waitedMs = Date.now() - asked;
  if (mode === 'exclusive' || waitedMs > 1000) {
    const what = test ? `${file} > ${test}` : file;
    process.stderr.write(`[run-lock] ${what}: ${mode} after waiting ${(waitedMs / 1000).toFixed(1)} s\n`);
  }
  return granted;
}

/** Gives the lock back and waits for it in `mode`: no file holds two places while it waits. */
async function retake(mode: LockMode, test?: string): Promise<void> {
  release?.();
  release = undefined;
  release = await take(mode, test);
}

// Before a run-alone test: shared becomes exclusive; after it, shared again.
beforeEach(async ({ task }) => {
  if (!runsAlone(file, task.name)) return;
  await retake('exclusive', task.name);
  alone = true;
}, WAIT_MS);

afterEach(async () => {
  if (!alone) return;
  alone = false;
  await retake('shared');
}, WAIT_MS);

afterAll(() => {
  release?.();
  release = undefined;
});
