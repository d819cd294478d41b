/**
 * The pid file of a local instance (`<home>/run/conflict-graph-neo4j.pid`, mode 0600): the
 * JVM's pid and its owner's (this Node process), written when this process starts its Neo4j,
 * removed when it stops it. If the API died hard (SIGKILL,
 * a crash) its Neo4j may still run; the next start finds the file and stops that JVM — but
 * only when its owner is gone (a live owner is another `npm start`: left alone) and after
 * checking it is ours: alive, and a Neo4j whose command line names this very `--home-dir`
 * (a recycled pid, or any other process, is never touched).
 */
import fs from 'node:fs';
import path from 'node:path';

export const pidFile = (home: string) => path.join(home, 'run', 'conflict-graph-neo4j.pid');

export function writePidFile(home: string, pid: number): void {
  fs.writeFileSync(pidFile(home), `${pid} ${process.pid}\n`, { mode: 0o600 });
}

export function removePidFile(home: string): void {
  fs.rmSync(pidFile(home), { force: true });
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whether `pid` is a running Neo4j of this instance folder (Linux: /proc; elsewhere never assumed). */
export function isOurNeo4j(pid: number, home: string): boolean {
  if (!alive(pid)) return false;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(`--home-dir=${path.resolve(home)}`) && args.some((a) => a.includes('org.neo4j.server.'));
  } catch {
    return false;
  }
}

/** Stops the stale Neo4j a previous run of ours left behind; 'none' when there is nothing of ours. */
export async function stopStaleNeo4j(home: string, timeoutMs = 60_000): Promise<'stopped' | 'none'> {
  let pid: number;
  let owner: number;
  try {
    [pid, owner] = fs.readFileSync(pidFile(home), 'utf8').trim().split(/\s+/).map(Number) as [number, number];
  } catch {
    return 'none';
  }
  if (owner && owner !== process.pid && alive(owner)) return 'none';
  if (!Number.isInteger(pid) || pid <= 1 || !isOurNeo4j(pid, home)) {
    removePidFile(home);
    return 'none';
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
  removePidFile(home);
  return 'stopped';
}
