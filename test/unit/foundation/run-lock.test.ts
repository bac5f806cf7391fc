// Unit test of the integration run's readers-writer lock (test/support/run-lock.ts): shared
// holders together, exclusive alone, first come first served, released when the holder goes.
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRunLock, startRunLock } from '../../support/run-lock.ts';

let lock: Awaited<ReturnType<typeof startRunLock>> | undefined;
afterEach(async () => {
  await lock?.close();
  lock = undefined;
});

/** Takes the lock and records the order in which requests were granted. */
const grants: string[] = [];
const take = (port: number, mode: 'shared' | 'exclusive', name: string) =>
  acquireRunLock(port, mode).then((release) => {
    grants.push(name);
    return release;
  });
const tick = () => new Promise((done) => setTimeout(done, 50));

describe('the run lock', () => {
  it('grants shared holders together, an exclusive one alone and in turn', async () => {
    lock = await startRunLock();
    grants.length = 0;
    const a = await take(lock.port, 'shared', 'a');
    const b = await take(lock.port, 'shared', 'b');
    const x = take(lock.port, 'exclusive', 'x');
    await tick();
    const c = take(lock.port, 'shared', 'c');
    await tick();
    expect(grants).toEqual(['a', 'b']);
    a();
    await tick();
    expect(grants).toEqual(['a', 'b']);
    b();
    const releaseX = await x;
    await tick();
    // c asked after x: it waits while x holds the lock alone.
    expect(grants).toEqual(['a', 'b', 'x']);
    releaseX();
    (await c)();
    expect(grants).toEqual(['a', 'b', 'x', 'c']);
  });

  it('refuses a mode it does not know, and says which', async () => {
    lock = await startRunLock();
    await expect(acquireRunLock(lock.port, 'both' as 'shared')).rejects.toThrow(
      /refused "both": error: expected "shared" or "exclusive", got "both"/,
    );
  });
});
