// Builds the explorer's HTTP app as one fetch-style handler: /graphql (yoga, GraphiQL in a
// browser), /healthz, /export/* (the export area's handler) and the built viewer for the rest.
// Tests call app.fetch() in-process; api/src/index.ts serves it over node:http.
import { createServerAdapter } from '@whatwg-node/server';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { createQueryRunner } from '../../cypher/db/run-query.ts';
import { handleExportRequest } from './export/http-handler.ts';
import { healthResponse } from './http/health.ts';
import { serveViewer } from './http/static-files.ts';
import { createYogaServer } from './yoga.ts';

export interface AppDeps {
  driver: Driver;
  config: Config;
}

/** The settings the API reads from the config. */
function apiSettings(config: Config) {
  return {
    database: config.neo4j.database,
    queryTimeoutMs: config.queryTimeoutMs,
    production: config.production,
  };
}

export function createApp(deps: AppDeps) {
  const settings = apiSettings(deps.config);
  const yoga = createYogaServer({ driver: deps.driver, ...settings });
  // Health answers quickly or not at all, whatever the GraphQL timeout is.
  const healthRun = createQueryRunner(deps.driver, { database: settings.database, timeoutMs: 5000 });
  return createServerAdapter(async (request: Request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) return yoga.fetch(request);
    if (pathname === '/healthz') return healthResponse(healthRun);
    if (pathname === '/export' || pathname.startsWith('/export/')) return handleExportRequest(request, deps);
    return serveViewer(request);
  });
}

export type App = ReturnType<typeof createApp>;
