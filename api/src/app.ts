// Builds the explorer's HTTP app as one fetch-style handler: /graphql (yoga, GraphiQL in a
// browser, its files under /graphiql/; a plain POSTed query through graphql-fast-path.ts),
// /healthz, /export/* (the export area's handler) and the built viewer for the rest. Every
// answer carries the browser headers (http/headers.ts); query routes are bounded in URL and body
// size and in requests in flight per client; nothing thrown leaves as a stack trace. Tests call
// app.fetch() in-process; runtime/explorer.ts serves it.
import { createServerAdapter } from '@whatwg-node/server';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { createQueryRunner } from '../../cypher/db/run-query.ts';
import type { Neo4jStatus } from '../../cypher/db/neo4j-connection.ts';
import { handleExportRequest } from './export/http-handler.ts';
import { GRAPHIQL_ASSETS, serveGraphiQLAsset } from './http/graphiql.ts';
import { createHealthCheck, HEALTH_DEADLINE_MS } from './http/health.ts';
import { preflight, withBrowserHeaders } from './http/headers.ts';
import {
  createInFlightLimit,
  DEFAULT_IN_FLIGHT_LIMITS,
  type InFlightLimits,
} from './http/in-flight-limit.ts';
import { checkGraphQLParams, checkUrl, limitBody } from './http/request-limits.ts';
import { graphqlHttpError, httpError } from './http/responses.ts';
import { serveViewer } from './http/static-files.ts';
import { createGraphqlFastPath } from './graphql-fast-path.ts';
import { createYogaServer } from './yoga.ts';

export interface AppDeps {
  driver: Driver;
  config: Config;
  /** The connection's state (supervision): /healthz answers 503 at once when it is not up. */
  status?: () => Neo4jStatus;
  /** The built viewer's folder; viewer/dist by default. */
  viewerDir?: string;
  /** Overrides the in-flight limits (tests). */
  inFlight?: InFlightLimits;
}

/** What node:http hands the adapter beside the request (its IncomingMessage): the socket tells clients apart. */
interface ServerContext {
  req?: { socket?: { remoteAddress?: string | undefined; destroy?: () => void } };
}

/** The settings the API reads from the config (the bench's layer table builds its yoga with them too). */
export function apiSettings(config: Config) {
  return {
    database: config.neo4j.database,
    queryTimeoutMs: config.queryTimeoutMs,
    production: config.production,
    corpusDir: config.corpusDir,
    resultCacheMb: config.resultCacheMb,
    compileQueriesOn: config.compileQueriesOn,
  };
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function createApp(deps: AppDeps) {
  const settings = apiSettings(deps.config);
  const corsOrigins = deps.config.corsOrigins;
  const yoga = createYogaServer({ driver: deps.driver, ...settings });
  const fastGraphql = createGraphqlFastPath(yoga, { production: settings.production });
  // Health has its own runner, deadline and single check in flight, apart from the query routes.
  const health = createHealthCheck(
    createQueryRunner(deps.driver, { database: settings.database, timeoutMs: HEALTH_DEADLINE_MS }),
    { status: deps.status },
  );
  const inFlight = createInFlightLimit(
    deps.inFlight ?? { ...DEFAULT_IN_FLIGHT_LIMITS, perClient: deps.config.maxInFlightPerClient },
  );

  async function graphql(request: Request, pathname: string): Promise<Response> {
    const refuse = (status: number, code: string, message: string) => graphqlHttpError(status, code, message);
    const badParams = checkGraphQLParams(request);
    if (badParams) return badParams;
    const checked = await limitBody(request, refuse);
    if (!checked.ok) return checked.response;
    // The endpoint itself only: yoga answers the paths under it (404).
    const fast = pathname === yoga.graphqlEndpoint ? await fastGraphql(request, checked.bytes) : undefined;
    return fast ?? yoga.fetch(checked.request());
  }

  /** Runs a query route inside the client's in-flight budget. */
  async function bounded(
    request: Request,
    client: string,
    graphqlShaped: boolean,
    handle: () => Promise<Response>,
  ): Promise<Response> {
    const admission = await inFlight.admit(client);
    if (!admission.ok) {
      const headers = { 'retry-after': String(admission.retryAfterSeconds) };
      return graphqlShaped
        ? graphqlHttpError(admission.status, admission.code, admission.message, headers)
        : httpError(admission.status, admission.code, admission.message, headers);
    }
    try {
      return await handle();
    } finally {
      admission.release();
    }
  }

  async function route(request: Request, client: string, context?: ServerContext): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === 'OPTIONS') return preflight(request, corsOrigins);
    if (isUnder(pathname, '/graphql')) {
      const tooLong = checkUrl(request, graphqlHttpError);
      if (tooLong) return tooLong;
      return bounded(request, client, true, () => graphql(request, pathname));
    }
    const tooLong = checkUrl(request, httpError);
    if (tooLong) return tooLong;
    if (pathname.startsWith(GRAPHIQL_ASSETS)) return serveGraphiQLAsset(request);
    if (pathname === '/healthz') return health(request);
    if (isUnder(pathname, '/export'))
      // A streamed export that fails after its headers aborts the connection (export/http-handler.ts).
      return bounded(request, client, false, () =>
        handleExportRequest(request, deps, {
          abort: () => {
            const socket = context?.req?.socket;
            socket?.destroy?.();
            return socket !== undefined;
          },
        }),
      );
    return serveViewer(request, deps.viewerDir);
  }

  return createServerAdapter<ServerContext>(async (request: Request, context: ServerContext) => {
    const client = context?.req?.socket?.remoteAddress ?? 'in-process';
    let response: Response;
    try {
      response = await route(request, client, context);
    } catch (error) {
      // The client went away mid-request: nobody reads the answer, and it is not a fault.
      if (request.signal?.aborted) return new Response(null, { status: 499 });
      // Nothing unexpected leaves as a stack trace or a path: the cause goes to the log only.
      console.error(`${request.method} ${request.url.slice(0, 200)}:`, error);
      response = httpError(500, 'INTERNAL_ERROR', 'Unexpected error; the server log has the details.');
    }
    return withBrowserHeaders(request, response, corsOrigins);
  });
}

export type App = ReturnType<typeof createApp>;
