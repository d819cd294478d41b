/**
 * The local Neo4j's failures end with a clear, coded message instead of a hang or a stack trace.
 * (Starting and stopping it is exercised by the global setup of every test run.)
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { LocalNeo4jError } from '../../src/neo4j-local/errors.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { startLocalNeo4j } from '../../src/neo4j-local/server.ts';
import { testDatabase } from '../helpers/database.ts';

const options = async (homeDir: string) => ({
  localDir: loadConfig().NEO4J_LOCAL_DIR,
  homeDir,
  boltPort: await findFreePort(),
  httpPort: await findFreePort(),
  heap: '256m',
  pagecache: '64m',
  startTimeoutMs: 90_000,
});

async function failure(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  try {
    const started = (await promise) as { stop(): Promise<void> };
    await started.stop();
  } catch (err) {
    expect(err).toBeInstanceOf(LocalNeo4jError);
    return err as LocalNeo4jError;
  }
  throw new Error('expected the start to fail');
}

describe('local Neo4j failures', () => {
  it('refuses a port in use, naming the port and the fixes', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await failure(startLocalNeo4j({ ...(await options('/tmp/conflict-graph-never-used')), boltPort: port }));
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.describe()).toContain(String(port));
      expect(err.describe()).toMatch(/NEO4J_LOCAL_BOLT_PORT/);
    } finally {
      blocker.close();
    }
  });

  it('reports a store locked by the running test server, with the log tail', async (ctx) => {
    const db = testDatabase();
    if (!db.homeDir) return ctx.skip();
    const err = await failure(startLocalNeo4j(await options(db.homeDir)));
    expect(err.code).toBe('STORE_LOCKED');
    expect(err.logTail.length).toBeGreaterThan(0);
    expect(err.describe()).toMatch(/another/);
  }, 120_000);
});
