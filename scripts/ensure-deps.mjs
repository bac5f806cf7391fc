// Installs the npm dependencies with `npm ci` when node_modules is missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone. Plain Node: it runs
// before anything is installed. The lock lists every platform's native packages (Rollup's too), so
// `npm ci` takes it as it is on Linux, macOS and Windows, and never rewrites it.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const windows = process.platform === 'win32';
const marker = 'node_modules/.package-lock.json';
const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!upToDate) {
  console.error('npm dependencies missing or out of date: npm ci (first run takes a minute)…');
  // Node refuses to spawn a .cmd file without a shell (since 20.12); the arguments are plain words.
  const result = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: windows,
  });
  if (result.status !== 0) {
    console.error('npm ci failed: see its output above');
    process.exit(result.status ?? 1);
  }
}
