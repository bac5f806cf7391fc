// Does the ~40 ms floor of issue 13 exist here? The raw driver's p50 for a tiny query and for the
// search request's query, on sockets as the driver makes them and on sockets with TCP_NODELAY set
// (through Node's 'net.client.socket' diagnostics channel, which sees every socket net.connect
// makes, the driver's included), interleaved query by query. cypher/db/driver.ts is left as it is.
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../cypher/db/driver.ts';
import { loadQueries, type QueryName } from '../../cypher/db/query-files.ts';
import { DATABASE, type BenchNeo4j } from './scratch-neo4j.ts';
import { percentile } from './stats.ts';

export interface NoDelayResult {
  dataset: string;
  query: string;
  defaultP50: number;
  noDelayP50: number;
  defaultP95: number;
  noDelayP95: number;
}

let setNoDelayOnNewSockets = false;
diagnostics.subscribe('net.client.socket', (message) => {
  if (setNoDelayOnNewSockets) (message as { socket: Socket }).socket.setNoDelay(true);
});

async function once(driver: Driver, text: string, params: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: DATABASE });
  try {
    await session.run(text, params);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

export async function measureNoDelay(
  server: BenchNeo4j,
  dataset: string,
  search: { name: QueryName; params: Record<string, unknown> } | undefined,
  runs: number,
  say: (line: string) => void,
): Promise<NoDelayResult[]> {
  const make = () =>
    createDriver({ uri: server.uri, user: 'neo4j', password: server.password, database: DATABASE });
  const plain = make();
  const fast = make();
  const probes: { label: string; text: string; params: Record<string, unknown> }[] = [
    { label: 'RETURN 1', text: 'RETURN 1 AS ok', params: {} },
  ];
  if (search)
    probes.push({
      label: `${search.name} (search)`,
      text: loadQueries().get(search.name)!,
      params: search.params,
    });
  const results: NoDelayResult[] = [];
  try {
    // Connections are made during the warm-up: only the second driver's get TCP_NODELAY.
    for (let i = 0; i < 5; i++) await once(plain, 'RETURN 1', {});
    setNoDelayOnNewSockets = true;
    try {
      for (let i = 0; i < 5; i++) await once(fast, 'RETURN 1', {});
    } finally {
      setNoDelayOnNewSockets = false;
    }
    for (const probe of probes) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < runs; i++) {
        a.push(await once(plain, probe.text, probe.params));
        b.push(await once(fast, probe.text, probe.params));
      }
      const result = {
        dataset,
        query: probe.label,
        defaultP50: percentile(a, 50),
        noDelayP50: percentile(b, 50),
        defaultP95: percentile(a, 95),
        noDelayP95: percentile(b, 95),
      };
      say(
        `nodelay: ${dataset} ${probe.label}: p50 ${result.defaultP50.toFixed(1)} ms as the driver makes sockets, ` +
          `${result.noDelayP50.toFixed(1)} ms with TCP_NODELAY`,
      );
      results.push(result);
    }
  } finally {
    await plain.close();
    await fast.close();
  }
  return results;
}
