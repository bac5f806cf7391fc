// Property-based fuzzing (fast-check, a bounded number of runs) of the GraphQL arguments and the
// export parameters against the app in production mode over the real seeded Neo4j: whatever the
// input, the answer is a 2xx or a coded 4xx, in time, with no stack trace or path, and the graph
// is unchanged.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { graphChecksum, problemsWith, send, useProductionApp, type HostileCase } from './hostile-support.ts';

const RUNS = 40;
/** Each property's whole run; the machine may be shared with other test runs. */
const PROPERTY_TIMEOUT_MS = 240_000;
const SEED = 1414;

const prod = useProductionApp();

/** Strings a hostile client might send: any unicode, Cypher and Lucene syntax, very long ones. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 250 }),
  fc.constantFrom("' OR 1=1 //", '"}) DETACH DELETE n //', '*:*', '~', '\\', '$id', '\u0000', '%zz', '../..'),
  fc.tuple(fc.constantFrom('iskp', 'afghan-taliban', ''), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
  fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)),
);

/** One GraphQL operation with an argument given as a variable, and the value for it. */
const OPERATIONS = [
  'query($v: ID!){ entity(id: $v) { id name } }',
  'query($v: String!){ search(text: $v) { entity { id } } }',
  'query($v: ID!){ neighbourhood(id: $v) { nodes { id } } }',
  'query($v: ID!){ shortestPaths(from: $v, to: "iskp") { nodeIds } }',
  'query($v: ID!){ lineage(id: $v) { nodes { id } } }',
  'query($v: ID!){ source(id: $v) { id } }',
  'query($v: String){ claims(entityId: "iskp", property: $v) { property } }',
  'query($v: String){ groups(filter: {nameContains: $v}) { items { id } } }',
  'query($v: String){ relationships(after: $v) { totalCount } }',
  'query($v: Period){ relationships(filter: {asOf: $v}) { totalCount } }',
  'query($v: [ID!]){ subgraph(filter: {sources: $v}) { nodes { id } } }',
];

const variableValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 120 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 3 }),
);

function gqlCase(query: string, variables: unknown): HostileCase {
  return {
    name: 'fuzzed GraphQL',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: { query, variables },
    expect: '2xx|4xx',
  };
}

it(
  'GraphQL arguments: any value is answered 2xx or coded 4xx, never a 5xx, a hang or a stack',
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), variableValue, async (query, value) => {
        const c = gqlCase(query, { v: value });
        const answer = await send(prod.app, c);
        expect(
          problemsWith(c, answer),
          `${query} ${JSON.stringify(value).slice(0, 200)} → ${answer.text.slice(0, 300)}`,
        ).toEqual([]);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  },
  PROPERTY_TIMEOUT_MS,
);

it(
  'GraphQL literals: any string in the query text is answered 2xx or coded 4xx',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('entity(id: %s) { id }', 'search(text: %s) { entity { id } }'),
        hostileString,
        async (field, value) => {
          const c = gqlCase(`{ ${field.replace('%s', JSON.stringify(value))} }`, {});
          const answer = await send(prod.app, c);
          expect(
            problemsWith(c, answer),
            `${JSON.stringify(value).slice(0, 200)} → ${answer.text.slice(0, 300)}`,
          ).toEqual([]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  },
  PROPERTY_TIMEOUT_MS,
);

const PARAMETERS = [
  'types',
  'categories',
  'stances',
  'modalities',
  'minCredibility',
  'asOf',
  'from',
  'to',
  'includePossible',
  'focus',
  'depth',
  'claims',
  'isolated',
  'file',
];

it(
  'export parameters: any format and scope is answered 2xx or coded 4xx',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('json', 'csv', 'graphml', 'gexf', 'cypher'), fc.string({ maxLength: 12 })),
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...PARAMETERS), fc.string({ maxLength: 6 })),
            fc.oneof(
              hostileString,
              fc.constantFrom('2015', '2015-06', 'asserted,denied', 'RIVAL_OF', 'iskp', '2', 'true'),
            ),
          ),
          { maxLength: 5 },
        ),
        async (format, params) => {
          const query = new URLSearchParams(params).toString();
          const c: HostileCase = {
            name: 'fuzzed export',
            method: 'GET',
            path: `/export/${encodeURIComponent(format)}?${query}`,
            expect: '2xx|4xx',
          };
          const answer = await send(prod.app, c);
          expect(
            problemsWith(c, answer),
            `${c.path.slice(0, 200)} → ${answer.status} ${answer.text.slice(0, 300)}`,
          ).toEqual([]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  },
  PROPERTY_TIMEOUT_MS,
);

it('leaves the graph as it was (checksum of /export/json)', async () => {
  expect(await graphChecksum(prod.app)).toBe(prod.checksumBefore);
});
