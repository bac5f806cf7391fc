// What the API keeps per query text is bounded (api/src/bounded-cache.ts): the cache itself, and
// yoga's parsed documents and parse errors, which go into the caches the API gives it
// (createParserCache in api/src/yoga.ts). No Neo4j: the texts sent fail before any query runs.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../api/src/bounded-cache.ts';
import { PREPARED_QUERIES, PREPARED_TEXT_MAX } from '../../../api/src/prepared-queries.ts';
import { createParserCache, createYogaServer } from '../../../api/src/yoga.ts';

describe('BoundedCache', () => {
  it('keeps the most recently used entries up to its bound, and no long key', () => {
    const cache = new BoundedCache<number>(2, 5);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3); // b goes
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    cache.set('c', 4); // set again: replaced, not added
    expect(cache.size).toBe(2);
    expect(cache.get('c')).toBe(4);
    cache.set('longer', 5);
    expect(cache.get('longer')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});

describe('yoga’s parser cache', () => {
  it('holds what yoga parses, within the bound, and no long text', async () => {
    const parserCache = createParserCache();
    const yoga = createYogaServer({
      // Never reached: every text here fails in parsing or validation.
      driver: {} as Driver,
      queryTimeoutMs: 1000,
      production: false,
      corpusDir: '/nonexistent',
      resultCacheMb: 0,
      compileQueriesOn: 0,
      parserCache,
    });
    const ask = (query: string) =>
      yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
    const count = PREPARED_QUERIES + 50;
    for (let i = 0; i < count; i++) {
      const answer = await ask(`{ notAField${i} }`);
      expect(answer.status).toBe(400);
      await ask(`{ broken${i} `);
    }
    expect(parserCache.documentCache.size).toBe(PREPARED_QUERIES);
    expect(parserCache.errorCache.size).toBe(PREPARED_QUERIES);
    // The most recent are kept, the first are not.
    expect(parserCache.documentCache.get(`{ notAField${count - 1} }`)).toBeDefined();
    expect(parserCache.documentCache.get('{ notAField0 }')).toBeUndefined();
    const long = `{ notAField${' '.repeat(PREPARED_TEXT_MAX)} }`;
    expect((await ask(long)).status).toBe(400);
    expect(parserCache.documentCache.get(long)).toBeUndefined();
  });
});
