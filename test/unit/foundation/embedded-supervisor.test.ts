// The supervisor's restart schedule with fake JVMs: the first crash restarts at once, only
// repeated failures wait (a failed start, or a JVM that dies again soon after it came back), and a
// JVM that stayed up long enough makes the next crash a first one again.
import { describe, expect, it } from 'vitest';
import { restartDelayMs, superviseEmbedded, type Backoff } from '../../../cypher/db/embedded-supervisor.ts';
import type { EmbeddedNeo4j, JvmExit } from '../../../cypher/embedded/launcher.ts';

// Timers only ever fire late on a busy machine: the checks below are lower bounds, and "at once"
// means well before the first backoff step.
const BACKOFF: Backoff = { stableMs: 600, firstDelayMs: 150, maxDelayMs: 600 };
const AT_ONCE_MS = 100;

interface FakeJvm extends EmbeddedNeo4j {
  die(): void;
}

let nextPid = 100;
function fakeJvm(): FakeJvm {
  let die: (how: JvmExit) => void = () => {};
  const exited = new Promise<JvmExit>((done) => (die = done));
  const pid = nextPid++;
  return {
    uri: `bolt://127.0.0.1:${pid}`,
    port: pid,
    pid,
    user: 'neo4j',
    password: 'x'.repeat(32),
    stop: async () => die({ code: 0, signal: null, requested: true }),
    exited,
    lastOutput: () => [],
    die: () => die({ code: null, signal: 'SIGKILL', requested: false }),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(test: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 5000; !test(); await sleep(5))
    if (Date.now() > deadline) throw new Error('timed out');
}

/** Supervises a first fake JVM; `starts` says, per start, whether it fails. */
function supervise(starts: boolean[]) {
  const first = fakeJvm();
  const aborter = new AbortController();
  const startedAt: number[] = [];
  const jvms: FakeJvm[] = [];
  const lines: string[] = [];
  let downAt = 0;
  const { stopped } = superviseEmbedded({
    first,
    restart: true,
    signal: aborter.signal,
    backoff: BACKOFF,
    onProgress: (line) => lines.push(line),
    onDown: () => (downAt = Date.now()),
    onRestartFailed: () => {},
    start: async () => {
      startedAt.push(Date.now() - downAt);
      if (starts.shift() === false) throw new Error('no ready line');
      const jvm = fakeJvm();
      jvms.push(jvm);
      return jvm;
    },
  });
  return { first, jvms, startedAt, lines, stop: () => (aborter.abort(), stopped) };
}

describe('restartDelayMs', () => {
  it('is 0 for the first try, then doubles up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 5].map((tries) => restartDelayMs(tries, BACKOFF))).toEqual([
      0, 150, 300, 600, 600, 600,
    ]);
    expect(restartDelayMs(0)).toBe(0);
    expect(restartDelayMs(1)).toBe(1000);
    expect(restartDelayMs(10)).toBe(30_000);
  });
});

describe('superviseEmbedded', () => {
  it('restarts at once on the first crash', async () => {
    const run = supervise([true]);
    run.first.die();
    await sleep(AT_ONCE_MS);
    expect(run.startedAt).toHaveLength(1);
    expect(run.startedAt[0]).toBeLessThan(AT_ONCE_MS);
    expect(run.lines.join('\n')).toContain('neo4j: restarting now (try 1)');
    expect(run.lines.join('\n')).toMatch(/serving again at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+\)/);
    await run.stop();
  });

  it('waits longer after each failed start', async () => {
    const run = supervise([false, false, true]);
    run.first.die();
    await until(() => run.startedAt.length === 3);
    const [first, second, third] = run.startedAt as [number, number, number];
    expect(first).toBeLessThan(AT_ONCE_MS);
    expect(second - first).toBeGreaterThanOrEqual(145);
    expect(third - second).toBeGreaterThanOrEqual(295);
    await run.stop();
  });

  it('backs off when a restarted JVM dies again soon, and not after it stayed up', async () => {
    const run = supervise([true, true, true]);
    run.first.die();
    await until(() => run.jvms.length === 1);
    run.jvms[0]!.die(); // died again at once: a repeated crash
    await until(() => run.jvms.length === 2);
    expect(run.startedAt[1]).toBeGreaterThanOrEqual(145);
    await sleep(BACKOFF.stableMs + 50); // this one stays up past stableMs
    run.jvms[1]!.die();
    await until(() => run.startedAt.length === 3);
    expect(run.startedAt[2]).toBeLessThan(AT_ONCE_MS);
    await run.stop();
  });

  it('stops waiting and starting once the signal aborts', async () => {
    const run = supervise([false, true]);
    run.first.die();
    await until(() => run.startedAt.length === 1);
    await run.stop();
    await sleep(250);
    expect(run.startedAt).toHaveLength(1);
  });
});
