import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOurNeo4j, pidFile, stopStaleNeo4j } from './pid-file.ts';

describe('the local instance pid file', () => {
  it('never stops a process that is not our Neo4j, and drops the stale file', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-pid-'));
    fs.mkdirSync(path.join(home, 'run'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(pidFile(home), `${other.pid} 999999\n`);
      expect(isOurNeo4j(other.pid!, home)).toBe(false);
      expect(await stopStaleNeo4j(home)).toBe('none');
      expect(other.exitCode).toBeNull();
      expect(fs.existsSync(pidFile(home))).toBe(false);
    } finally {
      other.kill();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('stops a stale process whose command line names this instance folder (owner gone)', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-pid-'));
    fs.mkdirSync(path.join(home, 'run'));
    // Stands in for the JVM: same command-line shape as CommunityEntryPoint's.
    const stale = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 30000)',
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
    ]);
    const exited = new Promise((r) => stale.once('exit', r));
    try {
      fs.writeFileSync(pidFile(home), `${stale.pid} 999999\n`);
      expect(isOurNeo4j(stale.pid!, home)).toBe(true);
      expect(await stopStaleNeo4j(home, 5000)).toBe('stopped');
      await exited;
    } finally {
      stale.kill('SIGKILL');
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
