// Whether the JVM's JIT compilers have gone quiet: the CPU time of its "C1/C2 CompilerThread"
// threads, read from /proc. The requests are timed once the compilers are nearly idle, as in an
// explorer that has served a while, instead of after a fixed count while C2 still compiles.
import { readdirSync, readFileSync } from 'node:fs';
import { parseProcStat, TICK_MS } from './proc-stat.ts';

/** CPU milliseconds the JVM's compiler threads have used; undefined where /proc cannot say. */
export function compilerCpuMs(pid: number): number | undefined {
  try {
    let total = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const { name, cpuTicks } = parseProcStat(readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8'));
      if (/^C[12] CompilerThre/.test(name)) total += cpuTicks * TICK_MS;
    }
    return total;
  } catch {
    return undefined;
  }
}

/**
 * Repeats `work` in windows of `windowMs` until the compilers used under `share` of one CPU in a
 * window, or `capMs` passed. Says how long it took and how busy the compilers were last.
 */
export async function untilJitSettles(
  pid: number,
  work: () => Promise<unknown>,
  options: { windowMs?: number; share?: number; capMs?: number } = {},
): Promise<{ ms: number; lastShare: number | undefined; settled: boolean }> {
  const windowMs = options.windowMs ?? 1_000;
  const share = options.share ?? 0.05;
  const capMs = options.capMs ?? 30_000;
  const started = performance.now();
  let lastShare: number | undefined;
  while (performance.now() - started < capMs) {
    const before = compilerCpuMs(pid);
    if (before === undefined) return { ms: performance.now() - started, lastShare, settled: false };
    const windowStart = performance.now();
    while (performance.now() - windowStart < windowMs) await work();
    lastShare = (compilerCpuMs(pid)! - before) / (performance.now() - windowStart);
    if (lastShare < share) return { ms: performance.now() - started, lastShare, settled: true };
  }
  return { ms: performance.now() - started, lastShare, settled: false };
}
