// CPU time of a process or one of its threads, from Linux's /proc/<pid>[/task/<tid>]/stat: its
// name (field 2, in parentheses, may hold spaces) and utime + stime (fields 14 and 15, proc(5)).
// One reading for the benchmarks and the reliability tests that weigh CPU.
import { readFileSync } from 'node:fs';

/** Milliseconds in one clock tick (USER_HZ, 100 on Linux). */
export const TICK_MS = 10;

/** The name and the user + system clock ticks in the text of a stat file. */
export function parseProcStat(stat: string): { name: string; cpuTicks: number } {
  const close = stat.lastIndexOf(')');
  // After the name, fields start at field 3 (state): utime and stime are at 11 and 12.
  const after = stat.slice(close + 2).split(' ');
  return { name: stat.slice(stat.indexOf('(') + 1, close), cpuTicks: Number(after[11]) + Number(after[12]) };
}

/** User + system clock ticks of one process itself (not its reaped children); undefined when it is gone or not on Linux. */
export function processTicks(pid: number): number | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).cpuTicks;
  } catch {
    return undefined;
  }
}
