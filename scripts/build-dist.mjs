// `npm run build`: the explorer as plain JavaScript in dist/, for the Docker image (Node without
// tsx or any dev dependency): compiles core/, cypher/ and api/ with tsc, copies the files they read
// at run time (queries, schema, seeds, GraphQL SDL, package.json) beside them, and builds the viewer.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) => {
  console.error(`build: ${args.join(' ')}`);
  const result = spawnSync(npx, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
run(['tsc', '-p', 'tsconfig.build.json']);
run(['vite', 'build', '--config', 'viewer/vite.config.ts']);

// The same relative layout as the sources, so every `new URL(…, import.meta.url)` finds its file.
const assets = [
  'cypher/queries',
  'cypher/schema',
  'cypher/seed',
  'viewer/dist',
  'package.json',
  'package-lock.json',
];
if (existsSync('corpus')) assets.push('corpus');
for (const path of assets) cpSync(path, join('dist', path), { recursive: true });
for (const name of readdirSync('api/src/schema').filter((n) => n.endsWith('.graphql'))) {
  cpSync(join('api/src/schema', name), join('dist/api/src/schema', name));
}
console.error('build: dist/ ready (node dist/api/src/index.js)');
