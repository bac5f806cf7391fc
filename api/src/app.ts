// Builds the explorer's HTTP app (GraphQL, health, exports, the viewer) as one fetch-style
// handler, so tests call app.fetch() in-process and index.ts serves it over node:http.
// Placeholder signature fixed for the team; the API work fills in the routes.
import { createServerAdapter } from '@whatwg-node/server';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';

export interface AppDeps {
  driver: Driver;
  config: Config;
}

export function createApp(_deps: AppDeps) {
  return createServerAdapter(() => new Response('not built yet', { status: 501 }));
}

export type App = ReturnType<typeof createApp>;
