// Whether the JVM's JIT compilers have gone quiet: the CPU time of its "C1/C2 CompilerThread"
// threads, read from /proc. The requests are timed once the compilers are nearly idle, as in an
// explorer that has served a while, instead of after a fixed count while C2 still compiles.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds the JVM's compiler threads have used; undefined where /proc cannot say. */
export function compilerCpuMs(pid: number): number | undefined {
  try {
    let total = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!/^C[12] CompilerThre/.test(name)) continue;
      // utime and stime are fields 14 and 15, in clock ticks (100 a second).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
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
