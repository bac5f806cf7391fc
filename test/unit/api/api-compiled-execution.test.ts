// Unit tests of compiled execution (api/src/schema/compiled-execution.ts) on a tiny inline schema
// through a real yoga: a query text is compiled on the configured execution and not before, the
// compiled answer equals yoga's executor's, bad variables are told as that executor tells them, and
// the errors it hands on are graphql-js errors that error-codes.ts can code and cut.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql/index.js';
import * as jit from 'graphql-jit';
import { createYoga } from 'graphql-yoga';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCompiledQueries } from '../../../api/src/schema/compiled-execution.ts';
import { useErrorCodes } from '../../../api/src/schema/error-codes.ts';

vi.mock('graphql-jit', async (original) => {
  const real = await original<typeof import('graphql-jit')>();
  return { ...real, compileQuery: vi.fn(real.compileQuery) };
});
const compileQuery = vi.mocked(jit.compileQuery);

const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    enum Kind {
      GROUP
      PLACE
    }
    type Item {
      id: ID!
      kind: Kind!
      broken: String
    }
    type Query {
      items(kinds: [Kind!], first: Int): [Item!]!
      item(id: ID!): Item
    }
  `,
  resolvers: {
    Query: {
      items: (_: unknown, args: { kinds?: string[] | null; first?: number | null }) =>
        [
          { id: 'a', kind: 'GROUP' },
          { id: 'b', kind: 'PLACE' },
        ]
          .filter((item) => !args.kinds || args.kinds.includes(item.kind))
          .slice(0, args.first ?? 10),
      item: (_: unknown, args: { id: string }) => {
        if (args.id === 'bad') throw new GraphQLError('no such item', { extensions: { code: 'NOT_FOUND' } });
        return { id: args.id, kind: 'GROUP' };
      },
    },
    Item: {
      broken: () => {
        throw new Error('x'.repeat(5000));
      },
    },
  },
});

/** A yoga whose queries compile on the `compileOn`th execution (never when undefined). */
function server(compileOn: number | undefined) {
  const yoga = createYoga({
    schema,
    plugins: [useErrorCodes(false), ...(compileOn ? [useCompiledQueries(compileOn)] : [])],
    maskedErrors: false,
    logging: false,
  });
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

afterEach(() => compileQuery.mockClear());

const LIST = 'query($k: [Kind!], $n: Int) { items(kinds: $k, first: $n) { id kind } }';

describe('compiled execution', () => {
  it("compiles a text on its second execution, once, and answers as yoga's executor did", async () => {
    const ask = server(2);
    const first = await ask(LIST, { k: ['PLACE'] });
    expect(compileQuery).not.toHaveBeenCalled();
    const second = await ask(LIST, { k: ['PLACE'] });
    const third = await ask(LIST, { n: 1 });
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(first.body).toEqual({ data: { items: [{ id: 'b', kind: 'PLACE' }] } });
    expect(third.body).toEqual({ data: { items: [{ id: 'a', kind: 'GROUP' }] } });
  });

  it('compiles on the first execution when asked to', async () => {
    await server(1)(LIST);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it("tells bad variables as yoga's executor does, compiled or not", async () => {
    const ask = server(1);
    const { status, body } = await ask(LIST, { k: ['NOPE'] });
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message:
          'Variable "$k" got invalid value "NOPE" at "k[0]"; Value "NOPE" does not exist in "Kind" enum.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await server(2)(LIST, { k: ['NOPE'] })).toEqual({ status, body });
  });

  it("hands on resolvers' errors with their code, path and place, long ones cut", async () => {
    // Over lines ended three ways: the locations are worked out again from the source.
    const query = 'query($id: ID!) {\r\n  item(id: $id) {\n    id\r    broken } }';
    const interpreted = server(undefined);
    const compiled = server(1);
    for (const id of ['bad', 'ok']) {
      const a = await interpreted(query, { id });
      const b = await compiled(query, { id });
      expect(b, id).toEqual(a);
    }
    const { body } = await compiled(query, { id: 'bad' });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'no such item',
        path: ['item'],
        locations: [{ line: 2, column: 3 }],
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
    const broken = (await compiled(query, { id: 'ok' })).body.errors as {
      message: string;
      extensions: object;
    }[];
    expect(broken[0]!.message).toMatch(/… \(message cut at \d+ characters\)$/);
    expect(broken[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
