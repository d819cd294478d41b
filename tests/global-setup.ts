/**
 * Starts the real Neo4j the integration tests run against, once per `npm test`, following the
 * project's resolution order:
 *   1. NEO4J_URI set: that server (its data is left alone except for the test's own ids);
 *   2. a reachable Docker engine: neo4j:5.26-community through testcontainers;
 *   3. otherwise the local Neo4j 5.26 in a throwaway folder on free ports, so a running
 *      `npm start` (ports 7474/7687, .neo4j/instances/main) is never touched.
 * The schema and the sample graph are loaded once here; tests get the credentials by `inject`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { applySchema } from '../src/graph/bootstrap.ts';
import { createGateway, openDriver } from '../src/graph/gateway.ts';
import { createLogger } from '../src/log.ts';
import { startLocalNeo4j } from '../src/neo4j-local/server.ts';
import { findFreePort } from '../src/neo4j-local/ports.ts';
import { loadSampleGraph } from '../src/seed/load-sample-graph.ts';
import type { TestDatabase } from './helpers/database.ts';

async function dockerAvailable(): Promise<boolean> {
  if (process.env.TESTS_SKIP_DOCKER === 'true') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startDatabase(): Promise<TestDatabase & { stop(): Promise<void> }> {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    return {
      uri: config.NEO4J_URI,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD!,
      database: config.NEO4J_DATABASE,
      source: 'env',
      stop: async () => {},
    };
  }
  if (await dockerAvailable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('test-password-5c1f').start();
    return {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      source: 'docker',
      stop: async () => void (await container.stop()),
    };
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-graph-test-neo4j-'));
  const local = await startLocalNeo4j({
    localDir: config.NEO4J_LOCAL_DIR,
    homeDir: home,
    boltPort: await findFreePort(),
    httpPort: await findFreePort(),
    heap: '512m',
    pagecache: '256m',
  });
  return {
    uri: local.uri,
    username: local.username,
    password: local.password,
    source: 'local',
    httpUrl: local.browserUrl,
    homeDir: home,
    stop: async () => {
      await local.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const db = await startDatabase();
  const gateway = createGateway({
    driver: openDriver(db.uri, db.username, db.password),
    database: db.database,
    timeoutMs: 30_000,
    logger: createLogger('silent'),
  });
  try {
    await applySchema(gateway);
    await loadSampleGraph(gateway);
  } catch (err) {
    await db.stop();
    throw err;
  } finally {
    await gateway.close();
  }
  const { stop, ...credentials } = db;
  project.provide('neo4j', credentials);
  process.stderr.write(`[tests] Neo4j (${db.source}) ready at ${db.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return async () => {
    await stop();
  };
}
