/**
 * `npm start` as a process: it serves GraphQL, prints where things are, and on SIGTERM drains,
 * closes and exits 0 (here against the test database via NEO4J_URI, rule 1).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { testDatabase } from '../helpers/database.ts';

describe('the main job', () => {
  it('starts, answers health, and stops cleanly on SIGTERM', async () => {
    const db = testDatabase();
    const port = await findFreePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: db.username,
        NEO4J_PASSWORD: db.password,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_ON_EMPTY: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 100 && !output.includes('conflict-graph is up'); i++) await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain(`http://127.0.0.1:${port}/graphql`);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { ok neo4jVersion } }' }),
      });
      expect(((await res.json()) as any).data.health.ok).toBe(true);
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 20_000))]);
      expect(code).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
