// Shared by the API integration tests: builds the app over a driver with test settings and sends
// GraphQL requests in-process, returning status and parsed body.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../api/src/app.ts';
import { testDriver } from '../support/neo4j.ts';
import { loadConfig, type Config } from '../../api/src/config.ts';

export interface TestAppOptions {
  production?: boolean;
  queryTimeoutMs?: number;
  database?: string;
  /** KG_COMPILE_QUERIES_ON (default here 1: every query compiled). */
  compileQueriesOn?: number;
}

/**
 * The real config loader over a test environment: production or not, database, timeout. The
 * default timeout is long because the test machine runs several Neo4j instances on two cores at
 * once; a test of the timeout itself passes its own.
 */
export function testConfig(options: TestAppOptions = {}): Config {
  return loadConfig({
    NODE_ENV: options.production ? 'production' : 'test',
    NEO4J_DATABASE: options.database,
    QUERY_TIMEOUT_MS: String(options.queryTimeoutMs ?? 45_000),
    // Compiled from the first execution: what a client gets from its second request on is what
    // these tests check (api-compiled-queries.test.ts compares it with the first).
    KG_COMPILE_QUERIES_ON: String(options.compileQueriesOn ?? 1),
  });
}

export function testApp(driver: Driver, options: TestAppOptions = {}): App {
  return createApp({ driver, config: testConfig(options) });
}

/**
 * Registers the usual hooks of an API test file: before all, a driver for the shared seeded Neo4j
 * and an app over it, handed to `receive`; after all, the driver closed.
 */
export function useSharedTestApp(
  receive: (shared: { driver: Driver; app: App }) => void,
  options: TestAppOptions = {},
): void {
  let driver: Driver | undefined;
  beforeAll(() => {
    driver = testDriver();
    receive({ driver, app: testApp(driver, options) });
  });
  afterAll(async () => {
    await driver?.close();
  });
}

/** A GraphQL answer, read field by field by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are JSON checked by expect()
export type Answer = any;

export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, Answer>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

/** The data of a request that must succeed; fails the test with the errors otherwise. */
export async function data<T = Record<string, Answer>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const { status, body } = await gql<T>(app, query, variables);
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`GraphQL request failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
