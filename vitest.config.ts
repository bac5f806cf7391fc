// Test runner configuration, in two projects that run apart or together:
// - unit: test/unit, pure (no Java, Neo4j or Chromium): `npm run test:unit`;
// - integration: test/integration, test/e2e and test/reliability against one embedded Neo4j,
//   started and seeded by the global setup for this project only, and a real Chromium:
//   `npm run test:integration`. The reliability suite alone (hostile corpus, fuzzing, and the
//   fault tests on an explorer of their own: seeds under reads, JVM killed and frozen under load,
//   SIGTERM under load, corrupted store): `npm run test:reliability`.
// `vitest run` (in `npm test`) runs both and ends with one `N passed, N failed` line for the run.
// The integration files run two at a time (most wait on a JVM, not on a core), after the unit
// files; every file takes the run lock first (test/support/file-lock.ts), and the files whose
// claims are times on this machine (test/support/run-alone.ts) take it alone while they run.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two at a time on the 2-core machine CI runs on; one on a single core. KG_TEST_WORKERS=1 runs
 * them one at a time (to compare, or to time a file with nothing beside it).
 */
const INTEGRATION_WORKERS = Number(process.env.KG_TEST_WORKERS) || Math.min(2, availableParallelism());

export default defineConfig({
  test: {
    // Inherited by both projects (`extends: true`); no globalSetup here: the root project's setup
    // would run for every project, unit included.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // Run-wide options (vitest keeps these at the root).
    teardownTimeout: 60_000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/reliability/**/*.test.ts',
          ],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/file-lock.ts'],
          maxWorkers: INTEGRATION_WORKERS,
          // Its own group (run after the unit files): vitest runs one group at a time, and a
          // group's projects share one number of workers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
