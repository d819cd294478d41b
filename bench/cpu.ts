/**
 * Who used the CPU during a run: user+system CPU seconds of given processes (from
 * /proc/<pid>/stat) and of the whole machine (from /proc/stat), so a throughput result can say
 * how many CPU-milliseconds each request cost in the API, in Neo4j and in the load generator,
 * and how much of the machine other processes took. Linux only; elsewhere the numbers are NaN.
 */
import fs from 'node:fs';

/** Clock ticks per second of /proc's counters (USER_HZ; 100 on every mainstream Linux). */
const TICKS = 100;

/** CPU seconds (user + system) used so far by a process, or NaN. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return Number.NaN;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores, everything but idle and iowait). */
export function machineBusySeconds(): number {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    return (user + nice + system + irq + softirq + steal) / TICKS;
  } catch {
    return Number.NaN;
  }
}

/** The pid of a process whose command line contains `needle` (e.g. a Neo4j home dir), if any. */
export function findPid(needle: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(needle)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

export interface CpuUse {
  /** CPU seconds per named process over the run. */
  seconds: Record<string, number>;
  /** Busy CPU seconds of the machine over the run, and the part no named process accounts for. */
  machineSeconds: number;
  otherSeconds: number;
  wallSeconds: number;
}

/** Starts measuring; `stop()` returns the deltas. `self` is this process (the load generator). */
export function measureCpu(pids: Record<string, number | undefined>): { stop(): CpuUse } {
  const start = {
    wall: performance.now(),
    machine: machineBusySeconds(),
    self: process.cpuUsage(),
    procs: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? processCpuSeconds(pid) : Number.NaN])),
  };
  return {
    stop() {
      const seconds: Record<string, number> = {};
      for (const [k, pid] of Object.entries(pids)) seconds[k] = pid ? processCpuSeconds(pid) - start.procs[k]! : Number.NaN;
      const self = process.cpuUsage(start.self);
      seconds.loadgen = (self.user + self.system) / 1e6;
      const machineSeconds = machineBusySeconds() - start.machine;
      const named = Object.values(seconds)
        .filter(Number.isFinite)
        .reduce((s, x) => s + x, 0);
      return {
        seconds,
        machineSeconds,
        otherSeconds: Math.max(0, machineSeconds - named),
        wallSeconds: (performance.now() - start.wall) / 1000,
      };
    },
  };
}
