// The API's result cache and generation clock on their own (no Neo4j): answers are kept per
// generation stamp, bounded, frozen; a newer generation drops the older answers; the clock reads
// the pointer at most once per max age, shares one read, and forgets it when told of a switch.
import { describe, expect, it } from 'vitest';
import { GenerationClock, generationSwitched } from '../../../cypher/db/generation-clock.ts';
import { ResultCache } from '../../../cypher/db/result-cache.ts';

const limits = { maxBytes: 10_000, maxEntries: 3, maxEntryBytes: 2_000 };

describe('ResultCache', () => {
  it('answers a question asked again, for the same generation and parameters only', () => {
    const cache = new ResultCache(limits);
    expect(cache.get('1@5', 'get-entity', { id: 'iskp' })).toBeUndefined();
    cache.set('1@5', 'get-entity', { id: 'iskp' }, [{ name: 'ISKP' }]);
    expect(cache.get('1@5', 'get-entity', { id: 'iskp' })).toEqual([{ name: 'ISKP' }]);
    expect(cache.get('1@5', 'get-entity', { id: 'ttp' })).toBeUndefined();
    expect(cache.get('1@5', 'list-claims', { id: 'iskp' })).toBeUndefined();
    expect(cache.hits).toBe(1);
  });

  it('drops every answer of an older generation when a newer one is asked for', () => {
    const cache = new ResultCache(limits);
    cache.get('1@5', 'q', {});
    cache.set('1@5', 'get-entity', {}, [{ n: 1 }]);
    expect(cache.get('2@9', 'get-entity', {})).toBeUndefined();
    expect(cache.size.entries).toBe(0);
    // A late answer of the older generation is not kept beside the newer one's.
    cache.set('1@5', 'get-entity', {}, [{ n: 1 }]);
    expect(cache.size.entries).toBe(0);
    // Generation numbers restart at 1 in a wiped database: the stamp still tells the loads apart.
    expect(cache.get('1@77', 'get-entity', {})).toBeUndefined();
  });

  it('keeps at most maxEntries answers, least recently used out first, and no answer over maxEntryBytes', () => {
    const cache = new ResultCache(limits);
    cache.get('g', 'q', {});
    for (const id of ['a', 'b', 'c']) cache.set('g', 'get-entity', { id }, [{ id }]);
    cache.get('g', 'get-entity', { id: 'a' }); // a is now the most recent
    cache.set('g', 'get-entity', { id: 'd' }, [{ id: 'd' }]);
    expect(cache.get('g', 'get-entity', { id: 'b' })).toBeUndefined();
    expect(cache.get('g', 'get-entity', { id: 'a' })).toEqual([{ id: 'a' }]);
    cache.set('g', 'big', {}, [{ text: 'x'.repeat(5_000) }]);
    expect(cache.get('g', 'big', {})).toBeUndefined();
    expect(cache.size.entries).toBeLessThanOrEqual(3);
  });

  it('freezes what it keeps, since every hit hands out the same rows', () => {
    const cache = new ResultCache(limits);
    cache.get('g', 'q', {});
    const rows = cache.set('g', 'get-entity', {}, [{ entity: { aliases: ['IS-K'] } }]);
    expect(() => (rows[0]!.entity as { aliases: string[] }).aliases.push('x')).toThrow(TypeError);
  });

  it('keeps nothing when its size is 0', () => {
    const cache = new ResultCache({ ...limits, maxBytes: 0 });
    cache.get('g', 'q', {});
    cache.set('g', 'q', {}, [{ n: 1 }]);
    expect(cache.get('g', 'q', {})).toBeUndefined();
    expect(cache.enabled).toBe(false);
  });
});

describe('GenerationClock', () => {
  it('reads the pointer once for concurrent requests and again only after its max age or a switch', async () => {
    let reads = 0;
    let gen = 1;
    const clock = new GenerationClock(async () => {
      reads++;
      await new Promise((done) => setTimeout(done, 5));
      return { gen, switchedAt: 1000 + gen };
    }, 60_000);
    const [a, b] = await Promise.all([clock.now(), clock.now()]);
    expect(reads).toBe(1);
    expect(a).toEqual({ gen: 1, stamp: '1@1001' });
    expect(b).toBe(a);
    gen = 2;
    expect((await clock.now()).gen).toBe(1); // within its max age
    generationSwitched();
    expect(await clock.now()).toEqual({ gen: 2, stamp: '2@1002' });
    expect(reads).toBe(2);
  });

  it('reads again once its max age has passed', async () => {
    let reads = 0;
    const clock = new GenerationClock(async () => ({ gen: ++reads, switchedAt: null }), 1);
    await clock.now();
    await new Promise((done) => setTimeout(done, 10));
    expect(await clock.now()).toEqual({ gen: 2, stamp: '2@unstamped' });
  });

  it('does not keep a reading begun before a switch as fresh', async () => {
    let gen = 1;
    let release: () => void = () => {};
    const clock = new GenerationClock(async () => {
      const seen = gen;
      await new Promise<void>((done) => (release = done));
      return { gen: seen, switchedAt: seen };
    }, 60_000);
    const early = clock.now();
    gen = 2;
    generationSwitched();
    release();
    expect((await early).gen).toBe(1);
    const late = clock.now();
    release();
    expect((await late).gen).toBe(2);
  });
});
