// SIGTERM stops the explorer in order: no new connections, a request in flight still gets its
// answer, then the driver closes and the JVM stops; nothing is left running. The request is made
// slow for real by freezing the JVM (SIGSTOP) and thawing it after the SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { alive, killChildren, removeFolders, startExplorer, until } from './explorer-child.ts';
import { askGraph, askUntilServed } from './explorer-requests.ts';

afterAll(() => {
  killChildren();
  removeFolders();
});

describe('graceful shutdown', () => {
  it('answers a request in flight after SIGTERM, refuses new ones, and leaves no JVM', async () => {
    const explorer = await startExplorer({ KG_SEED: 'false', QUERY_TIMEOUT_MS: '30000' });
    await askUntilServed(explorer.url);
    const jvm = explorer.jvmPid();
    process.kill(jvm, 'SIGSTOP');
    let thawed = false;
    try {
      const inFlight = askGraph(explorer.url);
      await new Promise((done) => setTimeout(done, 500));
      explorer.child.kill('SIGTERM');
      await until(
        'the shutdown to wait for the request',
        () => /waiting up to 10 s for 1 request/.test(explorer.output()),
        10_000,
      );
      // A new connection is refused while the old request is still being answered.
      await expect(fetch(new URL('healthz', explorer.url))).rejects.toThrow();
      process.kill(jvm, 'SIGCONT');
      thawed = true;
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.code).toBeUndefined();
    } finally {
      if (!thawed) process.kill(jvm, 'SIGCONT');
    }
    expect(await explorer.exit).toEqual({ code: 0, signal: null });
    await until(`JVM pid ${jvm} to exit`, () => !alive(jvm), 15_000);
    expect(explorer.output()).toContain('stopping (SIGTERM)');
    expect(explorer.output()).not.toContain('cut off');
  }, 300_000);
});
