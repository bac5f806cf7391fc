// The Neo4j layer's settings (which server, or where the embedded one keeps its files), read once
// from the environment and validated: a bad value throws a ConfigError naming the variable.
import { resolve } from 'node:path';

export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export interface Neo4jConfig {
  /** Undefined: the explorer starts its own embedded Neo4j. */
  uri?: string;
  user: string;
  /** Undefined: connect without credentials. Not used for the embedded Neo4j, which makes its own. */
  password?: string;
  database: string;
}

export interface Neo4jSettings {
  neo4j: Neo4jConfig;
  /** Absolute folder for the embedded Neo4j's files (`<dataDir>/neo4j`). */
  dataDir: string;
  /** Bolt port of the embedded Neo4j on 127.0.0.1 (0: any free port). */
  boltPort: number;
  /** Heap of the embedded Neo4j's JVM in MiB. */
  neo4jHeapMb: number;
  queryTimeoutMs: number;
  /** Load cypher/schema + cypher/seed on start. */
  seed: boolean;
  /** Print the embedded Neo4j's password (new at every start) for the user's own tools. */
  showNeo4jPassword: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    readonly value: string,
    expected: string,
  ) {
    super(`${variable}=${JSON.stringify(value)} is not valid: ${expected}`);
  }
}

export type Env = Record<string, string | undefined>;

/** The variable's value, or undefined when unset or blank (compose files often pass blanks). */
export function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, raw, `expected a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(lower)) return true;
  if (['false', '0', 'no', 'off'].includes(lower)) return false;
  throw new ConfigError(name, raw, 'expected true or false');
}

/** Hides a password someone put into the URI before it is echoed in an error. */
function masked(uri: string): string {
  return uri.replace(/\/\/([^/@]*)@/, '//***@');
}

function neo4jUri(env: Env): string | undefined {
  const raw = read(env, 'NEO4J_URI');
  if (raw === undefined) return undefined;
  const schemes = NEO4J_URI_SCHEMES.map((scheme) => `${scheme}://`).join(', ');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('NEO4J_URI', masked(raw), `expected a URI like bolt://localhost:7687 (${schemes})`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
    throw new ConfigError('NEO4J_URI', masked(raw), `the scheme must be one of ${schemes}`);
  }
  if (url.hostname === '') {
    throw new ConfigError('NEO4J_URI', masked(raw), 'the URI names no host');
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(
      'NEO4J_URI',
      masked(raw),
      'put the credentials in NEO4J_USER and NEO4J_PASSWORD, not in the URI',
    );
  }
  if (url.pathname !== '' && url.pathname !== '/') {
    throw new ConfigError(
      'NEO4J_URI',
      masked(raw),
      'a Neo4j URI has no path; set the database with NEO4J_DATABASE',
    );
  }
  return raw;
}

/** Neo4j database names: 3-63 ASCII letters, digits, dots and dashes, starting with a letter. */
function databaseName(env: Env): string {
  const raw = read(env, 'NEO4J_DATABASE') ?? 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(raw)) {
    throw new ConfigError(
      'NEO4J_DATABASE',
      raw,
      'a database name has 3 to 63 letters, digits, dots or dashes and starts with a letter',
    );
  }
  return raw;
}

/** Reads and checks the Neo4j settings; throws ConfigError on the first bad one. */
export function loadNeo4jSettings(env: Env = process.env): Neo4jSettings {
  const dataDir = read(env, 'KG_DATA_DIR') ?? '.data';
  return {
    neo4j: {
      uri: neo4jUri(env),
      user: read(env, 'NEO4J_USER') ?? 'neo4j',
      // Passwords are taken as they are: leading or trailing spaces may be part of them.
      password:
        env.NEO4J_PASSWORD === undefined || env.NEO4J_PASSWORD === '' ? undefined : env.NEO4J_PASSWORD,
      database: databaseName(env),
    },
    dataDir: resolve(dataDir),
    boltPort: integer(env, 'KG_BOLT_PORT', 7687, 0, 65535),
    neo4jHeapMb: integer(env, 'KG_NEO4J_HEAP_MB', 512, 128, 65536),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 10_000, 100, 3_600_000),
    seed: boolean(env, 'KG_SEED', true),
    showNeo4jPassword: boolean(env, 'KG_SHOW_NEO4J_PASSWORD', false),
  };
}

/** One line for the start-up log; the password is never shown. */
export function describeNeo4jSettings(settings: Neo4jSettings): string {
  const neo4j = settings.neo4j.uri
    ? `${settings.neo4j.uri} (database ${settings.neo4j.database}, user ${settings.neo4j.user})`
    : `embedded, data in ${settings.dataDir}/neo4j, Bolt on 127.0.0.1:${settings.boltPort}`;
  return `Neo4j: ${neo4j}; seed on start: ${settings.seed ? 'yes' : 'no'}; query timeout ${settings.queryTimeoutMs} ms`;
}
