// The integration tests that run with no other test file beside them (the run lock,
// test/support/run-lock.ts), because what they prove is a time on this machine: everything else
// runs two files at a time. A test belongs here when one of its bounds would be judged on a
// machine that another test file is loading; a test that is merely slow does not. Only the test
// runs alone, not its file: the rest of the file shares the machine (its setup included).
export interface RunAloneTest {
  /** The test file, from the repository's root. */
  file: string;
  /** The start of the test's name. */
  test: string;
}

export const RUN_ALONE: readonly RunAloneTest[] = [
  // The first view of the 10k graph within 2 s in Chromium (best of three).
  { file: 'test/e2e/viewer-scale.test.ts', test: 'draws an overview as its first view in under' },
  // At most 10 draws while dragging 30 moves (a loaded machine counted 7 once).
  { file: 'test/e2e/viewer-drag-pan.test.ts', test: 'a big graph moves as a picture while dragging' },
  // Serving again within 30 s of kill -9 is asserted only when other processes use under a
  // quarter of the CPUs (else a bound from the measured JVM start): it must run alone for CI to
  // prove the 30 s.
  {
    file: 'test/reliability/explorer-faults.test.ts',
    test: 'keeps 50 clients answered for 60 s through a kill -9',
  },
];

/** Whether the test `name` in `file` (relative to the root) runs alone. */
export function runsAlone(file: string, name: string): boolean {
  return RUN_ALONE.some((entry) => entry.file === file && name.startsWith(entry.test));
}
