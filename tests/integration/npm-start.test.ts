/**
 * Issue 13, defect 7 and the SIGTERM fault test: `npm start` with its own local Neo4j (a
 * throwaway NEO4J_LOCAL_DIR sharing the downloaded jars). After the API is killed hard, the next
 * `npm start` stops the stale Neo4j it owns and starts cleanly. SIGTERM to the npm process during
 * a long request (a mutation held on a lock by the test) lets that request complete with its
 * answer, then leaves no API and no java.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { alive, pidFile } from '../../src/neo4j-local/pid-file.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { EDITOR_TOKEN, gql } from '../helpers/app.ts';
import { blockedQuery, holdLock } from '../helpers/locks.ts';
import { allGone, pidsWithArgument, until } from '../helpers/processes.ts';

const localDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-npm-start-'));
const home = path.join(localDir, 'instances', 'main');

/** Pids of this instance's JVM (its command line names the instance folder). */
const javaOfInstance = () => pidsWithArgument(`--home-dir=${home}`);

const UPSERT = 'mutation($i: ActorInput!) { upsertActor(input: $i) { id description } }';

describe('npm start as users run it', () => {
  it('recovers from a hard crash of the API; on SIGTERM to npm finishes the request in flight, then stops everything', async () => {
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
      API_TOKENS: `ed:editor:${EDITOR_TOKEN}`,
      QUERY_TIMEOUT_MS: '30000',
    };
    const api = `http://127.0.0.1:${env.PORT}/healthz`;
    const up = () =>
      fetch(api).then(
        (r) => r.ok,
        () => false,
      );
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

      // 3. SIGTERM to npm during a long request: a mutation waiting on a lock the test holds.
      const base = `http://127.0.0.1:${env.PORT}`;
      expect(
        (await gql(base, UPSERT, { i: { id: 'sigterm-probe', name: 'SIGTERM probe', kind: 'ArmedGroup' } }, EDITOR_TOKEN)).errors,
      ).toBeUndefined();
      const password = fs.readFileSync(path.join(home, 'password'), 'utf8').trim();
      const driver = neo4j.driver(`bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`, neo4j.auth.basic('neo4j', password));
      const secondApiPid = Number(fs.readFileSync(pidFile(home), 'utf8').trim().split(' ')[1]);
      const lock = await holdLock(driver, 'sigterm-probe');
      let settled = false;
      const request = gql(
        base,
        UPSERT,
        { i: { id: 'sigterm-probe', name: 'SIGTERM probe', kind: 'ArmedGroup', description: 'written during shutdown' } },
        EDITOR_TOKEN,
      ).finally(() => {
        settled = true;
      });
      expect(await blockedQuery(driver, 30_000)).toBeDefined();
      const exited = new Promise((r) => second.child.once('exit', r));
      second.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
      expect(settled).toBe(false); // still waiting on the lock...
      expect(alive(secondApiPid)).toBe(true); // ...and the API waits for it
      expect(await up()).toBe(false); // but takes no new request
      await lock.release();
      const answer = await request;
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.upsertActor).toEqual({ id: 'sigterm-probe', description: 'written during shutdown' });
      await driver.close().catch(() => undefined);
      // then everything stops: npm, the API, its Neo4j
      await exited;
      expect(await until(() => allGone([secondApiPid]) && javaOfInstance().length === 0, 60_000), second.output()).toBe(true);
    } finally {
      for (const pid of javaOfInstance()) process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(localDir, { recursive: true, force: true });
  }, 480_000);
});
