// The integration test files that run with no other test file beside them (the run lock,
// test/support/run-lock.ts), because what they prove is a time on this machine: the others run
// two at a time. A file belongs here when one of its bounds would be judged on a machine that
// another test file is loading; a file that is merely slow does not.
export const RUN_ALONE = [
  // The first view of the 10k graph within 2 s in Chromium (best of three).
  'test/e2e/viewer-scale.test.ts',
  // At most 10 draws while dragging 30 moves (a loaded machine counted 7 once).
  'test/e2e/viewer-drag-pan.test.ts',
  // Serving again within 30 s of kill -9 is asserted only when other processes use under a
  // quarter of the CPUs (else a bound from the measured JVM start): it must run alone for CI to
  // prove the 30 s.
  'test/reliability/explorer-faults.test.ts',
];
