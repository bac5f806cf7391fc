// Installs the npm dependencies when node_modules is missing or older than package-lock.json, so
// `npm start` and `npm test` work on a fresh clone. Plain Node: it runs before anything is installed.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
// Node refuses to spawn a .cmd file without a shell (since 20.12); the arguments here are plain words.
const npmOptions = { stdio: 'inherit', shell: windows };
const marker = 'node_modules/.package-lock.json';
const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!upToDate) {
  console.error('npm dependencies missing or out of date: installing (first run takes a minute)…');
  // `npm ci` refuses a lock file that lacks other platforms' optional native packages (the lock is
  // made on Linux x64); `npm install` then installs the same locked versions without changing it.
  let result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], npmOptions);
  if (result.status !== 0) {
    console.error('npm ci refused the lock file; falling back to npm install');
    result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], npmOptions);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Vite builds with Rollup, which loads a native package for this platform (an optional dependency).
// The lock file was made where only the Linux ones could be fetched, so on macOS or Windows npm
// leaves that package out (npm/cli#4828) and the viewer build fails. Install it at Rollup's own
// version, without changing package.json or the lock. A child process: a failed load of Rollup
// throws more than once.
const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('rollup')"], {
  encoding: 'utf8',
});
if (probe.status !== 0) {
  const missing = /Cannot find module (@rollup\/rollup-[\w-]+)/.exec(probe.stderr)?.[1];
  if (!missing) {
    console.error(`Rollup (used by the viewer build) does not load:\n${probe.stderr}`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync('node_modules/rollup/package.json', 'utf8'));
  console.error(`Rollup's native package for this platform is missing: installing ${missing}@${version}…`);
  const result = spawnSync(
    npm,
    ['install', '--no-save', '--no-audit', '--no-fund', `${missing}@${version}`],
    npmOptions,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
