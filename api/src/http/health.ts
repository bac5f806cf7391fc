// GET /healthz: 200 with what is loaded when Neo4j answers, 503 with a clear message when it
// does not (down, wrong address, wrong credentials), never a hang: the check has its own deadline.
import type { RunQuery } from '../../../cypher/db/run-query.ts';
import { pingDatabase } from '../../../cypher/db/graph-queries.ts';

const HEALTH_DEADLINE_MS = 5000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export async function healthResponse(run: RunQuery): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Neo4j did not answer within ${HEALTH_DEADLINE_MS} ms`)),
      HEALTH_DEADLINE_MS,
    );
  });
  try {
    const counts = await Promise.race([pingDatabase(run), deadline]);
    return json(200, { status: 'ok', neo4j: 'up', graph: counts });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return json(503, { status: 'unavailable', neo4j: 'down', message });
  } finally {
    clearTimeout(timer);
  }
}
