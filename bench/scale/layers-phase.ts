// Where a GraphQL request's time over the raw driver goes, on one dataset: each of the six
// requests four ways, interleaved once the JITs have settled. raw: its Cypher through the driver
// (as the latency table); runner: the API's text runner (session, timeout, plain values, events);
// graphql: the API's GraphQL path without HTTP (graphql-fast-path.ts: yoga's envelop with its
// parse and validation caches, the context, execute, error codes, the JSON answer); app: the whole
// app in-process (app.fetch, as the latency table).
import type { Driver } from 'neo4j-driver';
import { apiSettings, type App } from '../../api/src/app.ts';
import type { Config } from '../../api/src/config.ts';
import { createGraphqlFastPath } from '../../api/src/graphql-fast-path.ts';
import { createYogaServer } from '../../api/src/yoga.ts';
import { createTextRunner } from '../../cypher/db/run-query.ts';
import { untilJitSettles } from './jit-settle.ts';
import { runRaw, sendCatchingQueries, sendGraphql } from './latency-phase.ts';
import type { BenchRequest } from './requests.ts';
import { DATABASE } from './scratch-neo4j.ts';
import { percentile } from './stats.ts';

export const LAYERS = ['raw', 'runner', 'graphql', 'app'] as const;
export type Layer = (typeof LAYERS)[number];

export interface LayerResult {
  dataset: string;
  request: string;
  /** p50 in ms of each way. */
  p50: Record<Layer, number>;
  error?: string;
}

/** At least this many timed runs of each way: the steps between layers are tenths of a ms. */
const MIN_TIMED = 200;

export async function measureLayers(
  deps: { app: App; driver: Driver; config: Config },
  dataset: string,
  requests: BenchRequest[],
  runs: { timed: number; warm: number },
  say: (line: string) => void,
  jvmPid?: number,
): Promise<LayerResult[]> {
  const { app, driver, config } = deps;
  // The app's own yoga is not reachable from outside; this one is built with the same settings.
  const yoga = createYogaServer({ driver, ...apiSettings(config) });
  const fastPath = createGraphqlFastPath(yoga, { production: config.production });
  const runText = createTextRunner(driver, { database: DATABASE, timeoutMs: config.queryTimeoutMs });
  // The fast path reads the method and headers from the request and the body from `bytes`.
  const shell = new Request('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  });
  const results: LayerResult[] = [];
  for (const request of requests) {
    const { first, sent } = await sendCatchingQueries(app, request);
    if (first.error) {
      results.push({
        dataset,
        request: request.name,
        p50: { raw: NaN, runner: NaN, graphql: NaN, app: NaN },
        error: first.error,
      });
      continue;
    }
    const bytes = new TextEncoder().encode(
      JSON.stringify({ query: request.query, variables: request.variables }),
    );
    const ways: Record<Layer, () => Promise<unknown>> = {
      raw: () => runRaw(driver, sent),
      runner: async () => {
        for (const { name, text, params } of sent) await runText(name, text, params);
      },
      graphql: async () => {
        const response = await fastPath(shell, bytes);
        if (!response) throw new Error(`bench: the fast path declined ${request.name}`);
        return response.text();
      },
      app: () => sendGraphql(app, request),
    };
    const all = async () => {
      for (const layer of LAYERS) await ways[layer]();
    };
    for (let i = 0; i < runs.warm; i++) await all();
    if (jvmPid !== undefined) await untilJitSettles(jvmPid, all);
    const times: Record<Layer, number[]> = { raw: [], runner: [], graphql: [], app: [] };
    for (let i = 0; i < Math.max(runs.timed, MIN_TIMED); i++) {
      for (const layer of LAYERS) {
        const started = performance.now();
        await ways[layer]();
        times[layer].push(performance.now() - started);
      }
    }
    const p50 = Object.fromEntries(LAYERS.map((l) => [l, percentile(times[l], 50)])) as Record<Layer, number>;
    say(
      `layers: ${dataset} ${request.name}: ` + LAYERS.map((l) => `${l} ${p50[l].toFixed(2)} ms`).join(', '),
    );
    results.push({ dataset, request: request.name, p50 });
  }
  return results;
}
