// GET/HEAD /healthz: 200 with what is loaded when a real query answers, 503 with a code and a
// clear message when it does not (down, restarting, wrong credentials, too slow), never a hang.
// It runs apart from the query routes: its own runner, one check in flight at a time (requests
// arriving meanwhile share its answer), not counted by their in-flight limits.
import type { RunQuery } from '../../../cypher/db/run-query.ts';
import { pingDatabase } from '../../../cypher/db/graph-queries.ts';
import type { Neo4jStatus } from '../../../cypher/db/neo4j-connection.ts';
import { httpError, jsonResponse } from './responses.ts';

export const HEALTH_DEADLINE_MS = 5000;

interface Verdict {
  status: number;
  body: Record<string, unknown>;
}

async function check(run: RunQuery, deadlineMs: number): Promise<Verdict> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Neo4j did not answer a query within ${deadlineMs} ms`)),
      deadlineMs,
    );
  });
  try {
    const counts = await Promise.race([pingDatabase(run), deadline]);
    return { status: 200, body: { status: 'ok', neo4j: 'up', graph: counts } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 503,
      body: { status: 'unavailable', neo4j: 'down', code: 'SERVICE_UNAVAILABLE', message },
    };
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthOptions {
  /** The connection's own view (supervision): when not up, the answer is 503 at once. */
  status?: (() => Neo4jStatus) | undefined;
  deadlineMs?: number;
}

/** The /healthz handler over its own runner. */
export function createHealthCheck(run: RunQuery, options: HealthOptions = {}) {
  let running: Promise<Verdict> | undefined;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return httpError(405, 'METHOD_NOT_ALLOWED', `Method not allowed on /healthz: use GET`, {
        allow: 'GET, HEAD',
      });
    }
    const known = options.status?.();
    let verdict: Verdict;
    if (known !== undefined && known.state !== 'up') {
      verdict = {
        status: 503,
        body: {
          status: 'unavailable',
          neo4j: known.state,
          code: 'SERVICE_UNAVAILABLE',
          message: known.reason ?? `Neo4j is ${known.state}`,
          since: known.since,
        },
      };
    } else {
      running ??= check(run, options.deadlineMs ?? HEALTH_DEADLINE_MS).finally(() => (running = undefined));
      verdict = await running;
    }
    const response = jsonResponse(
      verdict.status,
      verdict.body,
      verdict.status === 503 ? { 'retry-after': '5' } : {},
    );
    return request.method === 'HEAD'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  };
}
