/**
 * What the numbers were measured on: CPUs, memory, load, Node, Java and Neo4j versions, and the
 * project commit (read-only `git rev-parse`). The load average is taken at the start and the end:
 * this machine is shared, so a busy neighbour shows up here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { PROJECT_ROOT } from '../src/config.ts';
import { pinnedNeo4jVersion } from '../src/neo4j-local/distribution.ts';
import { findJava } from '../src/neo4j-local/java.ts';

export interface Machine {
  hostname: string;
  platform: string;
  kernel: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  java: string;
  neo4j: string;
  commit: string | null;
  loadAverageStart: number[];
  loadAverageEnd?: number[];
}

/** How busy the machine is right now: load average and CPU pressure (share of time tasks waited for a CPU). */
export interface Noise {
  loadAverage: number[];
  /** /proc/pressure/cpu "some" avg10 and avg60 (percent), when the kernel exposes it. */
  cpuPressure?: { avg10: number; avg60: number };
}

/** Reads the current noise level. */
export function readNoise(): Noise {
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  try {
    const some = fs.readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    const avg = (k: string) => Number(new RegExp(`${k}=([\\d.]+)`).exec(some)?.[1]);
    return { loadAverage, cpuPressure: { avg10: avg('avg10'), avg60: avg('avg60') } };
  } catch {
    return { loadAverage };
  }
}

/** Describes this machine now (Neo4j's version is the pinned one until a server reports its own). */
export function describeMachine(): Machine {
  let java = 'unknown';
  try {
    java = findJava().versionLine;
  } catch (err) {
    java = `not found (${(err as Error).message.slice(0, 80)})`;
  }
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return {
    hostname: os.hostname(),
    platform: `${os.platform()} ${os.arch()}`,
    kernel: os.release(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    java,
    neo4j: pinnedNeo4jVersion(),
    commit: git.status === 0 ? git.stdout.trim() : null,
    loadAverageStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
