/**
 * Issue 13, defect 6: while Neo4j is down, reads answer SERVICE_UNAVAILABLE in < 1 s; within 2 s
 * of Neo4j being back they are served again. Runs its own throwaway local Neo4j (stopped and
 * restarted here), so the suite's shared database is never disturbed.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway, openDriver, type Gateway } from '../../src/graph/gateway.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/server.ts';
import { errorCode, gql } from '../helpers/app.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-graph-down-'));
let neo4j: LocalNeo4j;
let options: Parameters<typeof startLocalNeo4j>[0];
let gateway: Gateway;
let server: Server;
let url: string;
let close: () => Promise<void>;

describe('fail fast while Neo4j is down', () => {
  beforeAll(async () => {
    options = {
      localDir: loadConfig().NEO4J_LOCAL_DIR,
      homeDir: home,
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heap: '256m',
      pagecache: '64m',
    };
    neo4j = await startLocalNeo4j(options);
    const config = loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'silent' });
    gateway = createGateway({ driver: openDriver(neo4j.uri, 'neo4j', neo4j.password), timeoutMs: 5000, logger: createLogger('silent') });
    const { app, apollo } = await createApp({ config, gateway, logger: createLogger('silent') });
    server = await new Promise<Server>((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    close = async () => {
      server.closeAllConnections();
      server.close();
      await apollo.stop();
      await gateway.close();
    };
  }, 240_000);
  afterAll(async () => {
    await close?.();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE in < 1 s, then serves again within 2 s of Neo4j being back', async () => {
    expect((await gql(url, '{ health { ok } }')).data.health.ok).toBe(true);
    await neo4j.stop();
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const res = await gql(url, '{ actors(first: 1) { totalCount } }');
      latencies.push(performance.now() - started);
      expect(errorCode(res)).toBe('SERVICE_UNAVAILABLE');
    }
    const ready = performance.now();
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect(performance.now() - ready).toBeLessThan(1000);
    process.stderr.write(
      `[neo4j-down] SERVICE_UNAVAILABLE: first ${latencies[0]!.toFixed(0)} ms, max of the rest ${Math.max(...latencies.slice(1)).toFixed(0)} ms\n`,
    );
    expect(Math.max(...latencies)).toBeLessThan(1000);

    neo4j = await startLocalNeo4j(options);
    const back = performance.now();
    let served = false;
    while (!served && performance.now() - back < 5000) {
      served = (await gql(url, '{ actors(first: 1) { totalCount } }')).errors === undefined;
      if (!served) await new Promise((r) => setTimeout(r, 50));
    }
    const recovery = performance.now() - back;
    process.stderr.write(`[neo4j-down] served again ${recovery.toFixed(0)} ms after Neo4j was back\n`);
    expect(served).toBe(true);
    expect(recovery).toBeLessThan(2000);
  }, 240_000);
});
