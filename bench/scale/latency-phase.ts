// p50/p95 of the six GraphQL requests through the whole HTTP app in-process (createApp(...).fetch)
// against the raw driver running the very queries that request sent (caught with onQuery, same
// text and parameters, one session per query as the API does), interleaved run by run.
import neo4j, { type Driver } from 'neo4j-driver';
import type { App } from '../../api/src/app.ts';
import { onQuery, type QueryEvent } from '../../cypher/db/run-query.ts';
import { DATABASE } from './scratch-neo4j.ts';
import type { BenchRequest } from './requests.ts';
import { untilJitSettles } from './jit-settle.ts';
import { percentile } from './stats.ts';

export interface LatencyResult {
  dataset: string;
  request: string;
  queries: number;
  /** Bytes of the GraphQL answer. */
  bytes: number;
  graphqlP50: number;
  graphqlP95: number;
  rawP50: number;
  rawP95: number;
  error?: string;
}

export async function sendGraphql(
  app: App,
  request: BenchRequest,
): Promise<{ text: string; error?: string }> {
  // The URL and init, not a Request: the adapter builds its own (the @whatwg-node Request that
  // node:http requests become when served), where undici's Request costs the client 0.07-0.1 ms
  // more to build and the app more to read (measured on the real seed, p50 of 500 runs).
  const response = await app.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await response.text();
  if (response.status !== 200) return { text, error: `HTTP ${response.status}: ${text.slice(0, 160)}` };
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  return body.errors
    ? {
        text,
        error: body.errors
          .map((e) => e.message)
          .join('; ')
          .slice(0, 200),
      }
    : { text };
}

/** One request through the app, and the queries it sent (their names, texts and parameters). */
export async function sendCatchingQueries(
  app: App,
  request: BenchRequest,
): Promise<{ first: { text: string; error?: string }; sent: QueryEvent[] }> {
  const sent: QueryEvent[] = [];
  const stop = onQuery((event) => sent.push(event));
  try {
    return { first: await sendGraphql(app, request), sent };
  } finally {
    stop();
  }
}

/** The captured queries through the raw driver, one session each, one after another. */
export async function runRaw(driver: Driver, sent: { text: string; params: Record<string, unknown> }[]) {
  for (const { text, params } of sent) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: DATABASE });
    try {
      await session.run(text, params);
    } finally {
      await session.close();
    }
  }
}

export async function measureLatency(
  app: App,
  driver: Driver,
  dataset: string,
  requests: BenchRequest[],
  runs: { timed: number; warm: number },
  say: (line: string) => void,
  jvmPid?: number,
): Promise<LatencyResult[]> {
  const results: LatencyResult[] = [];
  for (const request of requests) {
    const { first, sent } = await sendCatchingQueries(app, request);
    const base = {
      dataset,
      request: request.name,
      queries: sent.length,
      bytes: Buffer.byteLength(first.text),
    };
    if (first.error) {
      say(`requests: ${dataset} ${request.name}: ${first.error}`);
      results.push({
        ...base,
        graphqlP50: NaN,
        graphqlP95: NaN,
        rawP50: NaN,
        rawP95: NaN,
        error: first.error,
      });
      continue;
    }
    // Node's JIT and the JVM's (two compilers: cypher/embedded/launcher.ts) need hundreds of runs
    // of a path before its code is final; a few runs measured code still being compiled.
    const both = async () => {
      await sendGraphql(app, request);
      await runRaw(driver, sent);
    };
    for (let i = 0; i < runs.warm; i++) await both();
    // Then on until the JVM's compilers go quiet: right after a start C2 is still compiling for a
    // minute or more, and timings taken meanwhile are of code about to be replaced.
    if (jvmPid !== undefined) {
      const settle = await untilJitSettles(jvmPid, both);
      if (!settle.settled || settle.ms > 2_000)
        say(
          `requests: ${dataset} ${request.name}: ${settle.settled ? 'JIT settled' : 'JIT still compiling'} after ` +
            `${(settle.ms / 1000).toFixed(1)} s more (compilers ${((settle.lastShare ?? NaN) * 100).toFixed(0)} % of a CPU)`,
        );
    }
    const graphql: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs.timed; i++) {
      let started = performance.now();
      await sendGraphql(app, request);
      graphql.push(performance.now() - started);
      started = performance.now();
      await runRaw(driver, sent);
      raw.push(performance.now() - started);
    }
    const result = {
      ...base,
      graphqlP50: percentile(graphql, 50),
      graphqlP95: percentile(graphql, 95),
      rawP50: percentile(raw, 50),
      rawP95: percentile(raw, 95),
    };
    say(
      `requests: ${dataset} ${request.name}: GraphQL p50 ${result.graphqlP50.toFixed(1)} ms, ` +
        `raw p50 ${result.rawP50.toFixed(1)} ms (${sent.length} quer${sent.length === 1 ? 'y' : 'ies'}, ${base.bytes} B)`,
    );
    results.push(result);
  }
  return results;
}
