/**
 * Resident memory of a child process, read from /proc (Linux): VmRSS now, VmHWM the peak.
 * `resetPeak` writes 5 to /proc/<pid>/clear_refs, which restarts VmHWM from the current RSS, so
 * the peak can be taken over one phase (the throughput runs) rather than the process's life.
 * A sampler also records the highest VmRSS seen, as a cross-check where clear_refs is refused.
 */
import fs from 'node:fs';

export interface MemoryReading {
  rssBytes: number;
  peakBytes: number;
}

/** The process's current and peak RSS, or undefined when /proc cannot tell. */
export function readMemory(pid: number): MemoryReading | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rssBytes: kb('VmRSS'), peakBytes: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Restarts the peak (VmHWM) at the current RSS; false when the kernel refused. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface RssSampler {
  /** Stops sampling; returns the highest RSS seen and VmHWM at the end. */
  stop(): { maxSampledBytes: number; peakBytes: number; peakResetWorked: boolean };
}

/** Resets the peak, then samples VmRSS every `intervalMs` until stopped. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  const peakResetWorked = resetPeak(pid);
  let max = readMemory(pid)?.rssBytes ?? 0;
  const timer = setInterval(() => {
    const m = readMemory(pid);
    if (m && m.rssBytes > max) max = m.rssBytes;
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const end = readMemory(pid);
      if (end && end.rssBytes > max) max = end.rssBytes;
      return { maxSampledBytes: max, peakBytes: end?.peakBytes ?? Number.NaN, peakResetWorked };
    },
  };
}
