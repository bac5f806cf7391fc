// Configuration: defaults, every variable parsed, and a bad value named (variable and value).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../../api/src/config.ts';
import { CORPUS_DIR } from '../../../cypher/paths.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has defaults for everything: embedded Neo4j, 127.0.0.1:4000, .data, seed on start', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      neo4j: { uri: undefined, user: 'neo4j', password: undefined, database: 'neo4j' },
      host: '127.0.0.1',
      port: 4000,
      dataDir: resolve('.data'),
      boltPort: 7687,
      neo4jHeapMb: 512,
      queryTimeoutMs: 10_000,
      nodeEnv: 'development',
      production: false,
      seed: true,
      showNeo4jPassword: false,
      corpusDir: CORPUS_DIR,
      corsOrigins: [],
      maxInFlightPerClient: 8,
      resultCacheMb: 64,
      compileQueriesOn: 2,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc123.databases.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: ' secret with spaces ',
      NEO4J_DATABASE: 'khorasan-2021',
      HOST: '0.0.0.0',
      PORT: '8080',
      KG_DATA_DIR: '/tmp/kg-data',
      KG_BOLT_PORT: '0',
      KG_NEO4J_HEAP_MB: '1024',
      QUERY_TIMEOUT_MS: '2500',
      NODE_ENV: 'production',
      KG_SEED: 'false',
      KG_CORPUS_DIR: '/tmp/kg-corpus',
      CORS_ORIGINS: 'https://research.example, http://localhost:5173',
      MAX_IN_FLIGHT_PER_CLIENT: '32',
      KG_RESULT_CACHE_MB: '0',
      KG_COMPILE_QUERIES_ON: '0',
    });
    expect(config.resultCacheMb).toBe(0);
    expect(config.compileQueriesOn).toBe(0);
    expect(config.corpusDir).toBe('/tmp/kg-corpus');
    expect(config.corsOrigins).toEqual(['https://research.example', 'http://localhost:5173']);
    expect(config.maxInFlightPerClient).toBe(32);
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc123.databases.example:7687',
      user: 'reader',
      password: ' secret with spaces ',
      database: 'khorasan-2021',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/tmp/kg-data',
      boltPort: 0,
      neo4jHeapMb: 1024,
      queryTimeoutMs: 2500,
      nodeEnv: 'production',
      production: true,
      seed: false,
    });
  });

  it.each([
    'bolt://localhost:7687',
    'bolt+s://h:7687',
    'bolt+ssc://h',
    'neo4j://cluster.local',
    'neo4j+ssc://h:1',
  ])('accepts the URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it('treats blank variables as unset (compose files pass blanks)', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: ' ', KG_SEED: '' })).toMatchObject({
      neo4j: { uri: undefined },
      port: 4000,
      seed: true,
    });
  });

  it.each([
    ['http://localhost:7474', 'the scheme must be one of bolt://'],
    ['localhost:7687', 'the scheme must be one of'],
    ['not a uri', 'expected a URI like bolt://localhost:7687'],
    ['bolt://', 'the URI names no host'],
    ['neo4j://localhost:7687/neo4j', 'set the database with NEO4J_DATABASE'],
  ])('rejects NEO4J_URI=%s, naming variable and value', (uri, why) => {
    const error = configError({ NEO4J_URI: uri });
    expect(error.variable).toBe('NEO4J_URI');
    expect(error.message).toContain(`NEO4J_URI=${JSON.stringify(uri)}`);
    expect(error.message).toContain(why);
  });

  it('never echoes a password written into the URI', () => {
    const error = configError({ NEO4J_URI: 'bolt://neo4j:hunter2@localhost:7687' });
    expect(error.message).not.toContain('hunter2');
    expect(error.message).toContain('NEO4J_USER and NEO4J_PASSWORD');
  });

  it.each([
    ['PORT', 'abc', 'whole number from 0 to 65535'],
    ['PORT', '70000', 'whole number from 0 to 65535'],
    ['PORT', '-1', 'whole number'],
    ['PORT', '80.5', 'whole number'],
    ['KG_BOLT_PORT', '7687x', 'whole number from 0 to 65535'],
    ['QUERY_TIMEOUT_MS', '0', 'whole number from 100'],
    ['KG_NEO4J_HEAP_MB', '16', 'whole number from 128'],
    ['KG_SEED', 'maybe', 'expected true or false'],
    ['NODE_ENV', 'staging', 'development, production or test'],
    ['NEO4J_DATABASE', 'my_db', 'database name'],
    ['NEO4J_DATABASE', '1db', 'starts with a letter'],
    ['HOST', 'local host', 'host name or IP address'],
  ])('rejects %s=%s', (variable, value, why) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.value).toBe(value);
    expect(error.message).toBe(
      `${variable}=${JSON.stringify(value)} is not valid: ${error.message.split(': ').slice(1).join(': ')}`,
    );
    expect(error.message).toContain(why);
  });

  it('accepts the usual spellings of yes and no for KG_SEED', () => {
    for (const yes of ['true', 'TRUE', '1', 'yes', 'on'])
      expect(loadConfig({ KG_SEED: yes }).seed).toBe(true);
    for (const no of ['false', 'False', '0', 'no', 'off'])
      expect(loadConfig({ KG_SEED: no }).seed).toBe(false);
  });

  it('describes the configuration without the password', () => {
    const line = describeConfig(loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'hunter2' }));
    expect(line).toContain('bolt://db:7687');
    expect(line).not.toContain('hunter2');
    expect(describeConfig(loadConfig({}))).toContain('embedded');
  });
});
