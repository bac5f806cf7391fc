// Requests per second at 10 and 50 concurrent clients: the app served by node:http on loopback,
// each client (an autocannon connection, as `npm run bench:load` uses) sending the six requests in
// turn, bounded in time and in count. Client and server share this process (and its two cores
// with Neo4j), so the figure is a floor, not a ceiling. autocannon rather than fetch(): on the
// real seed a fetch() client cost about as much Node CPU per request as the server it measured
// (4.0–6.5 ms against 2.9–3.3 with autocannon, alternated in one process), which the server lost.
// Every client comes from 127.0.0.1, which the API's per-client limit on requests in flight
// (MAX_IN_FLIGHT_PER_CLIENT, 8) counts as one client: the app measured here raises it to 1000,
// as `npm run bench:load` does, so the figure is the API's and Neo4j's, not that limit's 429s.
// The limit on requests running in all (and its short wait) stays as in production.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../api/src/app.ts';
import type { Config } from '../../api/src/config.ts';
import type { BenchRequest } from './requests.ts';

export interface ThroughputResult {
  dataset: string;
  /** Whether the API kept answers per generation (KG_RESULT_CACHE_MB > 0): repeated requests then skip Neo4j. */
  cached: boolean;
  clients: number;
  requests: number;
  errors: number;
  /** Answers 429: the API's per-client limit on requests in flight turned them away. */
  rejected: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** What the first failed request answered. */
  firstError?: string;
}

/** The per-client limit the measured app runs with (production default: 8). */
export const THROUGHPUT_IN_FLIGHT_PER_CLIENT = 1000;

export async function measureThroughput(
  deps: { driver: Driver; config: Config },
  dataset: string,
  requests: BenchRequest[],
  levels: number[],
  seconds: number,
  maxRequests: number,
  say: (line: string) => void,
): Promise<ThroughputResult[]> {
  const app = createApp({
    driver: deps.driver,
    config: { ...deps.config, maxInFlightPerClient: THROUGHPUT_IN_FLIGHT_PER_CLIENT },
  });
  say(
    `throughput: MAX_IN_FLIGHT_PER_CLIENT raised to ${THROUGHPUT_IN_FLIGHT_PER_CLIENT} for this phase ` +
      '(every client is 127.0.0.1, which the API counts as one client)',
  );
  const server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const cached = deps.config.resultCacheMb > 0;
  const bodies = requests.map((r) => JSON.stringify({ query: r.query, variables: r.variables }));
  const results: ThroughputResult[] = [];
  try {
    for (const clients of levels) {
      say(
        `throughput: ${dataset}, ${clients} clients, result cache ${cached ? 'on' : 'off'}, for up to ${seconds} s or ${maxRequests} requests`,
      );
      let errors = 0;
      let rejected = 0;
      let firstError: string | undefined;
      const onResponse = (status: number, body: string): void => {
        if (status === 429) rejected++;
        else if (status !== 200 || body.includes('"errors"')) {
          errors++;
          firstError ??= `HTTP ${status}: ${body.slice(0, 160)}`;
        }
      };
      const run = await autocannon({
        url,
        connections: clients,
        duration: seconds,
        maxOverallRequests: Math.max(maxRequests, clients),
        timeout: 30,
        requests: bodies.map((body) => ({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body,
          onResponse,
        })),
      });
      // Connection errors and timeouts get no response to look at.
      errors += run.errors + run.timeouts;
      if (run.errors + run.timeouts > 0)
        firstError ??= `${run.errors} connection errors, ${run.timeouts} timeouts`;
      const answered = run.requests.total - rejected;
      const result = {
        dataset,
        cached,
        clients,
        requests: run.requests.total,
        errors,
        rejected,
        perSecond: answered / run.duration,
        p50: run.latency.p50,
        p99: run.latency.p99,
        ...(firstError === undefined ? {} : { firstError }),
      };
      say(
        `throughput: ${clients} clients: ${result.perSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(0)} ms, ${rejected} turned away (429), ${errors} errors${firstError ? ` (first: ${firstError})` : ''}`,
      );
      results.push(result);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  return results;
}
