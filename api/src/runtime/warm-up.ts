// Warms a started or restarted Neo4j: the queries a page sends first (the counts, a search, an
// entity, the health check) run once each, so their plans are cached and the JIT has seen them.
// Without it, the first dozen requests after a restart all plan the same queries at once on a
// cold JVM, and the first answer came 6-7 s after the JVM was ready. Only the counts hold back
// serving: waiting for all five took the whole 8 s limit under 50 clients (CI: served again 31.7 s
// after a kill -9, the JVM ready at 23.2 s), so the others are planned while requests are served.
import type { Driver } from 'neo4j-driver';
import { getEntity, getStats, pingDatabase, searchEntities } from '../../../cypher/db/graph-queries.ts';
import { createCachedRunner } from '../../../cypher/db/cached-runner.ts';
import { DEFAULT_CACHE_LIMITS } from '../../../cypher/db/result-cache.ts';

/** A warm-up never holds back serving longer than this: past it the restart switches anyway. */
export const WARM_UP_LIMIT_MS = 8_000;

/**
 * Resolves once the counts' query has run; the rest run after it, one after the other (in parallel
 * they would only compete for the same cores), without holding back serving. Their failures are
 * of no consequence: a request plans what the warm-up did not.
 */
export async function warmUpQueries(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  // The texts the API sends (pinned to a generation), with nothing cached: the point is Neo4j's plans.
  const run = createCachedRunner(
    driver,
    { database, timeoutMs },
    { ...DEFAULT_CACHE_LIMITS, maxBytes: 0 },
  ).forRequest();
  const entityParts = { withClaims: true, withRelationships: true };
  await getStats(run);
  const rest = async (): Promise<void> => {
    await searchEntities(run, {
      query: 'warm~ warm*',
      text: 'warm',
      limit: 10,
      kinds: null,
      ...entityParts,
    });
    await getEntity(run, 'warm-up', entityParts);
    await getEntity(run, 'warm-up', { withClaims: false, withRelationships: false });
    await pingDatabase(run);
  };
  void rest().catch(() => undefined);
}
