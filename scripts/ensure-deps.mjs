// Installs the npm dependencies when node_modules is missing or older than package-lock.json, so
// `npm start` and `npm test` work on a fresh clone. Plain Node: it runs before anything is installed.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!upToDate) {
  console.error('npm dependencies missing or out of date: installing (first run takes a minute)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // `npm ci` refuses a lock file that lacks other platforms' optional native packages (the lock is
  // made on Linux x64); `npm install` then installs the same locked versions without changing it.
  let result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci refused the lock file; falling back to npm install');
    result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
