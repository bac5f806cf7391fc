// `npm run bench:load [-- --url http://127.0.0.1:4000/] [--seconds 10] [--clients 10,50]`: requests
// per second, p50/p99 latency and errors for a representative GraphQL query (GraphiQL's first
// question: one entity, its lineage links with stance, grades and sources) at 10 and 50 clients,
// on loopback only. Without --url it starts its own explorer (embedded Neo4j in a temporary data
// folder, seeded) with MAX_IN_FLIGHT_PER_CLIENT raised so that every client, all on 127.0.0.1,
// is measured rather than refused; with --url it measures that server as configured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../../api/src/config.ts';
import { startExplorer, type Explorer } from '../../api/src/runtime/explorer.ts';
import { DEFAULT_QUERY } from '../../api/src/yoga.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '10,50' },
  },
});
const seconds = Number(values.seconds);
const levels = values.clients.split(',').map(Number);
if (!(seconds > 0 && seconds <= 120) || levels.some((n) => !(n > 0 && n <= 500))) {
  console.error('bench:load: --seconds 1..120 and --clients a comma-separated list of 1..500');
  process.exit(2);
}

function loopbackOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    console.error(`bench:load measures loopback servers only, not ${host}`);
    process.exit(2);
  }
  return url;
}

let explorer: Explorer | undefined;
let dataDir: string | undefined;
let base: string;
if (values.url) {
  base = loopbackOnly(values.url);
} else {
  dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-load-'));
  console.log(`starting an explorer (embedded Neo4j in ${dataDir}, seeded)…`);
  const config = loadConfig({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'production',
    KG_DATA_DIR: dataDir,
    MAX_IN_FLIGHT_PER_CLIENT: '1000',
  });
  explorer = await startExplorer(config);
  base = explorer.url;
}

const url = new URL('/graphql', base).toString();
const body = JSON.stringify({ query: DEFAULT_QUERY });
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
try {
  const check = await fetch(url, { method: 'POST', headers, body });
  const answer = (await check.json()) as { errors?: unknown[] };
  if (check.status !== 200 || answer.errors)
    throw new Error(`the query fails: ${check.status} ${JSON.stringify(answer)}`);
  console.log(
    `POST ${url}, ${seconds} s per level; the query is GraphiQL's first question (api/src/yoga.ts)`,
  );
  console.log('clients  req/s    p50 ms  p99 ms  max ms  2xx      non-2xx  errors  timeouts  statuses');
  for (const connections of levels) {
    const r = await autocannon({
      url,
      connections,
      duration: seconds,
      method: 'POST',
      headers,
      body,
      timeout: 30,
    });
    const statuses = Object.entries(r.statusCodeStats)
      .map(([code, { count }]) => `${code}:${count}`)
      .join(' ');
    const ok = r.requests.total - r.non2xx;
    console.log(
      [
        String(connections).padEnd(8),
        r.requests.average.toFixed(0).padEnd(8),
        String(r.latency.p50).padEnd(7),
        String(r.latency.p99).padEnd(7),
        String(r.latency.max).padEnd(7),
        String(ok).padEnd(8),
        String(r.non2xx).padEnd(8),
        String(r.errors).padEnd(7),
        String(r.timeouts).padEnd(9),
        statuses,
      ].join(' '),
    );
  }
} finally {
  await explorer?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
