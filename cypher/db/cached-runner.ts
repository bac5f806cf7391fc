// The API's query runner: every query of one request reads the same generation (read once per
// request from the generation clock and passed as $gen, so a request never mixes the graph
// before a load with the one after), and answers are kept per generation in a ResultCache, so
// a question asked again is answered without Neo4j until a load switches readers.
import neo4j, { type Driver } from 'neo4j-driver';
import { classifyNeo4jError } from './db-errors.ts';
import { GenerationClock, type GenerationReading } from './generation-clock.ts';
import { loadOpenForms, loadPinnedQueries, loadQueries, queryTextFor } from './query-files.ts';
import { ResultCache, type ResultCacheLimits } from './result-cache.ts';
import { createTextRunner, emitQueryEvent, type QueryOptions, type Row, type RunQuery } from './run-query.ts';

export interface CachedRunner {
  /** A runner for one request: its queries share one generation reading. */
  forRequest(): RunQuery;
  cache: ResultCache;
  clock: GenerationClock;
}

export function createCachedRunner(
  driver: Driver,
  options: QueryOptions,
  limits?: ResultCacheLimits,
): CachedRunner {
  const queries = loadQueries();
  // Read now, so a missing query file or open form fails at start-up.
  loadPinnedQueries();
  loadOpenForms();
  const runText = createTextRunner(driver, options);
  const stampText = queries.get('read-generation-stamp')!;
  const clock = new GenerationClock(async () => {
    // Not a listener event: it belongs to no request (tests count the queries a request sends).
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    try {
      const { records } = await session.run(
        stampText,
        {},
        { timeout: options.timeoutMs, metadata: { app: 'khorasan-graph', query: 'read-generation-stamp' } },
      );
      const gen: unknown = records[0]?.get('gen') ?? null;
      const switchedAt: unknown = records[0]?.get('switchedAt') ?? null;
      return {
        gen: gen === null ? null : Number(gen),
        switchedAt: switchedAt === null ? null : Number(switchedAt),
      };
    } catch (error) {
      throw classifyNeo4jError(error, options.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
    }
  });
  const cache = new ResultCache(limits);

  function forRequest(): RunQuery {
    let reading: Promise<GenerationReading> | undefined;
    return async (name, params) => {
      const text = queryTextFor(name, params, true);
      if (text === undefined) {
        const plain = queryTextFor(name, params);
        if (plain === undefined) throw new Error(`unknown query '${name}'`);
        return runText(name, plain, params);
      }
      const { gen, stamp } = await (reading ??= clock.now());
      const started = performance.now();
      const hit = cache.get(stamp, name, params);
      const sent = { ...params, gen: gen === null ? null : neo4j.int(gen) };
      if (hit) {
        emitQueryEvent({ name, text, params: sent, ms: performance.now() - started, ok: true, cached: true });
        return hit as Row[];
      }
      return cache.set(stamp, name, params, await runText(name, text, sent)) as Row[];
    };
  }

  return { forRequest, cache, clock };
}
