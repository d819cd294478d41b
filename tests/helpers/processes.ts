/** Processes the fault tests start, watch and kill (Linux: read from /proc). */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../src/config.ts';
import { alive } from '../../src/neo4j-local/pid-file.ts';

/** Polls `check` every 250 ms until it holds or `ms` have passed; returns the last answer. */
export async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

function procEntries(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number);
}

/** Pids of processes whose command line contains `needle` (e.g. `--home-dir=<folder>` of a Neo4j). */
export function pidsWithArgument(needle: string): number[] {
  return procEntries().filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
    } catch {
      return false; // gone meanwhile
    }
  });
}

/** Every descendant of `pid` (children, their children...), read from /proc/<pid>/stat. */
export function descendantsOf(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const p of procEntries()) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      parentOf.set(p, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone meanwhile */
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** Whether none of the pids runs any more (a zombie, exited but not reaped, counts as gone). */
export function allGone(pids: readonly number[]): boolean {
  return pids.every((pid) => {
    if (!alive(pid)) return true;
    try {
      return /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true;
    }
  });
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<void>;
}

/** `node --import tsx src/main.ts` (what `npm start` runs) with `env` on top of this process's. */
export function startApiProcess(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, url: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}
