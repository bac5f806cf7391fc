// The explorer's configuration, read once from the environment and validated: a bad value fails
// start-up with a ConfigError naming the variable and the value, before anything is started. The
// Neo4j settings come from the Neo4j layer (cypher/config.ts); this adds the HTTP side.
import {
  ConfigError,
  describeNeo4jSettings,
  integer,
  loadNeo4jSettings,
  read,
  type Env,
  type Neo4jSettings,
} from '../../cypher/config.ts';
import { resolve } from 'node:path';
import { CORPUS_DIR } from '../../cypher/paths.ts';
import { HTTP_LIMITS } from './http/limits.ts';

export { ConfigError, NEO4J_URI_SCHEMES, type Neo4jConfig } from '../../cypher/config.ts';

export interface Config extends Neo4jSettings {
  /** HTTP listen address and port of the explorer (port 0: any free port). */
  host: string;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  /** NODE_ENV=production: errors say what failed but hide internal details. */
  production: boolean;
  /** The corpus folder the API reads documents' text from (KG_CORPUS_DIR; default corpus/). */
  corpusDir: string;
  /** CORS_ORIGINS: other origins whose pages may read the API ('*': any); none by default. */
  corsOrigins: string[];
  /** MAX_IN_FLIGHT_PER_CLIENT: GraphQL/export requests one remote address may have in flight. */
  maxInFlightPerClient: number;
  /** KG_RESULT_CACHE_MB: MiB of query answers kept per loaded generation (0: none). */
  resultCacheMb: number;
  /**
   * KG_COMPILE_QUERIES_ON: the execution of a query text on which graphql-jit compiles it (2: the
   * second; 1: the first; 0: never, every query through yoga's executor).
   */
  compileQueriesOn: number;
}

function corsOrigins(env: Env): string[] {
  const raw = read(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (origin !== '*' && (parsed === undefined || parsed.origin !== origin)) {
      throw new ConfigError(
        'CORS_ORIGINS',
        raw,
        `'${origin}' is not an origin: expected comma-separated origins such as https://example.org or http://localhost:5173 (no path, no trailing slash), or *`,
      );
    }
  }
  return origins;
}

function host(env: Env): string {
  const raw = read(env, 'HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw)) {
    throw new ConfigError('HOST', raw, 'expected a host name or IP address such as 127.0.0.1 or 0.0.0.0');
  }
  return raw;
}

function nodeEnv(env: Env): Config['nodeEnv'] {
  const raw = read(env, 'NODE_ENV') ?? 'development';
  if (raw !== 'development' && raw !== 'production' && raw !== 'test') {
    throw new ConfigError('NODE_ENV', raw, 'expected development, production or test');
  }
  return raw;
}

/**
 * A query text is compiled (api/src/schema/compiled-execution.ts) on its second execution, not its
 * first: compiling costs 0.1-0.7 ms for a small query and 6 ms for the viewer's whole-graph one
 * (20 ms for a process's first), and a client sending a new query every time should not make the
 * server pay that on top of parsing and validating each one. The same query asked again (the
 * viewer's, a script's loop) is the common case and runs compiled from then on.
 */
export const COMPILE_QUERIES_ON = 2;

/** Reads and checks every setting; throws ConfigError on the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  const environment = nodeEnv(env);
  return {
    ...loadNeo4jSettings(env),
    host: host(env),
    port: integer(env, 'PORT', 4000, 0, 65535),
    nodeEnv: environment,
    production: environment === 'production',
    corpusDir: resolve(read(env, 'KG_CORPUS_DIR') ?? CORPUS_DIR),
    corsOrigins: corsOrigins(env),
    maxInFlightPerClient: integer(
      env,
      'MAX_IN_FLIGHT_PER_CLIENT',
      HTTP_LIMITS.maxInFlightPerClient,
      1,
      10_000,
    ),
    resultCacheMb: integer(env, 'KG_RESULT_CACHE_MB', 64, 0, 4096),
    compileQueriesOn: integer(env, 'KG_COMPILE_QUERIES_ON', COMPILE_QUERIES_ON, 0, 1000),
  };
}

/** One line per setting for the start-up log; the password is never shown. */
export function describeConfig(config: Config): string {
  return describeNeo4jSettings(config);
}
