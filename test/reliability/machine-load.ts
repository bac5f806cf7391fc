// How busy the rest of the machine was during a window of a fault test: the CPU time all
// processes used (/proc/stat) minus what this test's own processes used (/proc/<pid>/stat), as a
// share of all CPU time in the window. The load average cannot say this: the test's own 50
// clients, explorer and JVM count in it. Linux only, like the tests that use it.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { processTicks } from '../../bench/scale/proc-stat.ts';

interface CpuTotals {
  /** Jiffies of all CPUs, idle included. */
  all: number;
  /** Jiffies of all CPUs spent on work (not idle, not waiting for I/O). */
  busy: number;
}

function cpuTotals(): CpuTotals {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const all = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { all, busy: all - idle };
}

/** user + system jiffies of one process itself (not its reaped children); 0 once it is gone. */
export function processJiffies(pid: number): number {
  return processTicks(pid) ?? 0;
}

export interface OthersLoad {
  /** Share of all CPU time (0..1) used by processes other than ours in the window. */
  othersShare: number;
  /** The 1, 5 and 15 minute load averages at the window's end. */
  loadAverage: number[];
}

/**
 * Starts a window; `end(ours)` gives the others' share, where `ours` lists the processes of this
 * test with the jiffies each had at the start (0 for one started inside the window).
 */
export function startLoadWindow(): { end(ours: { pid: number; atStart: number }[]): OthersLoad } {
  const start = cpuTotals();
  return {
    end(ours) {
      const end = cpuTotals();
      const own = ours.reduce((sum, { pid, atStart }) => sum + Math.max(0, processJiffies(pid) - atStart), 0);
      const all = Math.max(1, end.all - start.all);
      const others = Math.max(0, end.busy - start.busy - own);
      return { othersShare: others / all, loadAverage: loadavg() };
    },
  };
}
