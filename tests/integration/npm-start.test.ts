/**
 * Issue 13, defect 7: `npm start` with its own local Neo4j (a throwaway NEO4J_LOCAL_DIR sharing
 * the downloaded jars). SIGTERM to the npm process leaves no API and no java; after the API is
 * killed hard, the next `npm start` stops the stale Neo4j it owns and starts cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { alive, pidFile } from '../../src/neo4j-local/pid-file.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';

const localDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-npm-start-'));
const home = path.join(localDir, 'instances', 'main');

/** Pids of processes whose command line names this instance's folder (its JVM). */
function javaOfInstance(): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`--home-dir=${home}`)) out.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}


async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('npm start as users run it', () => {
  it('stops everything on SIGTERM to npm, and recovers from a hard crash of the API', async () => {
    fs.mkdirSync(localDir, { recursive: true });
    fs.symlinkSync(path.join(loadConfig().NEO4J_LOCAL_DIR, 'dist'), path.join(localDir, 'dist'));
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      NEO4J_LOCAL_DIR: localDir,
      NEO4J_LOCAL_BOLT_PORT: String(await findFreePort()),
      NEO4J_LOCAL_HTTP_PORT: String(await findFreePort()),
      NEO4J_LOCAL_HEAP: '256m',
      NEO4J_LOCAL_PAGECACHE: '64m',
      PORT: String(await findFreePort()),
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
    };
    const api = `http://127.0.0.1:${env.PORT}/healthz`;
    const up = () => fetch(api).then((r) => r.ok, () => false);
    const start = (): { child: ChildProcess; output: () => string } => {
      const child = spawn('npm', ['start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      return { child, output: () => output };
    };
    try {
      // 1. Up, then killed hard: its Neo4j survives the crash.
      const first = start();
      expect(await until(up, 180_000), first.output()).toBe(true);
      expect(first.output()).toContain(`password in ${path.relative(PROJECT_ROOT, path.join(home, 'password'))}`);
      expect(fs.statSync(path.join(home, 'password')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(home, 'data')).mode & 0o777).toBe(0o700);
      const [javaPid, apiPid] = fs.readFileSync(pidFile(home), 'utf8').trim().split(' ').map(Number) as [number, number];
      process.kill(apiPid, 'SIGKILL');
      first.child.kill('SIGKILL');
      expect(await until(async () => !(await up()), 10_000)).toBe(true);
      expect(alive(javaPid)).toBe(true);

      // 2. The next start stops that stale Neo4j and comes up.
      const second = start();
      expect(await until(up, 180_000), second.output()).toBe(true);
      expect(alive(javaPid)).toBe(false);

      // 3. SIGTERM to npm: no API, no java left.
      const exited = new Promise((r) => second.child.once('exit', r));
      second.child.kill('SIGTERM');
      await exited;
      expect(await until(async () => !(await up()) && javaOfInstance().length === 0, 60_000), second.output()).toBe(true);
    } finally {
      for (const pid of javaOfInstance()) process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(localDir, { recursive: true, force: true });
  }, 480_000);
});
