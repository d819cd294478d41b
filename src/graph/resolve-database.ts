/**
 * Which Neo4j to use, in one order for `npm start`, the CLI and the tests:
 *   1. NEO4J_URI (+ NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE): that server, as is;
 *   2. (tests only, see tests/global-setup.ts) a Docker engine: neo4j:5.26-community via testcontainers;
 *   3. otherwise the project's local Neo4j 5.26 (src/neo4j-local), started as a child process.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { startLocalNeo4j } from '../neo4j-local/server.ts';
import { createProgress } from '../progress.ts';

export interface DatabaseTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
  source: 'env' | 'local' | 'docker';
  browserUrl?: string;
  /** Stops what we started (the local server); a no-op for a server we were given. */
  stop(): Promise<void>;
}

export interface ResolveOptions {
  /** The local instance's folder name under NEO4J_LOCAL_DIR/instances. */
  instance?: string;
  /** Browser command run after login (the guide). */
  postConnectCommand?: string;
  /** Use the local instance when it is already running (CLI commands beside `npm start`). */
  reuseRunning?: boolean;
}

/**
 * The local instance may already be running (an `npm start` in another terminal): then the CLI
 * uses it instead of failing on the busy port. Its password file proves it is ours.
 */
async function runningLocal(config: Config, homeDir: string): Promise<DatabaseTarget | undefined> {
  const passwordFile = path.join(homeDir, 'password');
  if (!fs.existsSync(passwordFile)) return undefined;
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const uri = `bolt://127.0.0.1:${config.NEO4J_LOCAL_BOLT_PORT}`;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 1500, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return {
      uri,
      username: 'neo4j',
      password,
      source: 'local',
      browserUrl: `http://127.0.0.1:${config.NEO4J_LOCAL_HTTP_PORT}/browser/`,
      stop: async () => {},
    };
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

/** Resolves (and, for rule 3, starts) the database. */
export async function resolveDatabase(config: Config, logger: Logger, options: ResolveOptions = {}): Promise<DatabaseTarget> {
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
  const homeDir = path.join(config.NEO4J_LOCAL_DIR, 'instances', options.instance ?? 'main');
  if (options.reuseRunning) {
    const running = await runningLocal(config, homeDir);
    if (running) return running;
  }
  let progress: ReturnType<typeof createProgress> | undefined;
  const local = await startLocalNeo4j({
    localDir: config.NEO4J_LOCAL_DIR,
    homeDir,
    boltPort: config.NEO4J_LOCAL_BOLT_PORT,
    httpPort: config.NEO4J_LOCAL_HTTP_PORT,
    heap: config.NEO4J_LOCAL_HEAP,
    pagecache: config.NEO4J_LOCAL_PAGECACHE,
    postConnectCommand: options.postConnectCommand,
    onDownloadProgress: (files) => {
      progress ??= createProgress('Downloading Neo4j from Maven Central (first start only)', 0, 'files');
      progress.update(files);
    },
  }).finally(() => progress?.stop());
  logger.debug({ uri: local.uri }, 'local Neo4j started');
  return {
    uri: local.uri,
    username: local.username,
    password: local.password,
    source: 'local',
    browserUrl: local.browserUrl,
    stop: local.stop,
  };
}
