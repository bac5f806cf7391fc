// Vitest reporter that ends the run with one line, exactly `N passed, N failed` (plus
// `, N skipped` when any test skipped), counted from vitest's own results, for CI logs and scripts.
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts test results; a file that failed without a failing test (e.g. failed to load) counts as one
 * failure, and so does a run that failed with nothing else counted (e.g. a global setup that threw:
 * vitest then reports no modules and no unhandled errors, only the reason).
 */
export function countResults(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors = 0,
  runFailed = false,
): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    let failedInModule = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') failedInModule++;
      else if (state === 'skipped') counts.skipped++;
    }
    if (failedInModule === 0 && module.state() === 'failed') failedInModule = 1;
    counts.failed += failedInModule;
  }
  counts.failed += unhandledErrors;
  if (runFailed && counts.failed === 0) counts.failed = 1;
  return counts;
}

export function closingLine(counts: RunCounts): string {
  const line = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${line}, ${counts.skipped} skipped` : line;
}

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = countResults(modules, unhandledErrors.length, reason === 'failed');
    process.stdout.write(`${closingLine(counts)}\n`);
  }
}
