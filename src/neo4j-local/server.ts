/**
 * Runs the project's local Neo4j 5.26 Community as a child process of this Node process.
 *
 * It starts the server the way `bin/neo4j console` would (one JVM running
 * `org.neo4j.server.CommunityEntryPoint` with the flags Neo4j's launcher passes), waits until
 * Bolt accepts the generated credentials, and stops it with SIGTERM (Neo4j's clean shutdown),
 * escalating to SIGKILL only if it hangs. A process `exit` hook kills it as a last resort, so a
 * crash of the API never leaves a Java process behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureDistribution } from './distribution.ts';
import { FIXES, LocalNeo4jError } from './errors.ts';
import { prepareInstance, tailFile, type InstanceOptions } from './instance.ts';
import { findJava } from './java.ts';
import { isPortFree } from './ports.ts';
import { removePidFile, stopStaleNeo4j, writePidFile } from './pid-file.ts';

export interface LocalNeo4jOptions extends InstanceOptions {
  /** Where downloaded jars are cached (`<localDir>/dist/<version>`). */
  localDir: string;
  startTimeoutMs?: number;
  onDownloadProgress?: (files: number) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  version: string;
  browserUrl: string;
  homeDir: string;
  /** Stops the server and resolves when the JVM has exited. Safe to call twice. */
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** What an early exit code of CommunityEntryPoint means (from Neo4j's sources). */
function exitError(code: number | null, logTail: string[]): LocalNeo4jError {
  const log = logTail.join('\n');
  if (/lock|locked by another/i.test(log) || code === 2) {
    if (/lock/i.test(log)) {
      return new LocalNeo4jError(
        'STORE_LOCKED',
        `the database store is locked by another process (another \`npm start\` or Neo4j using the same folder?). Stop that process, or ${FIXES.uri}.`,
        logTail,
      );
    }
  }
  if (code === 3)
    return new LocalNeo4jError(
      'BAD_CONFIG',
      'Neo4j refused its configuration (exit 3). Check the NEO4J_LOCAL_* settings; the generated neo4j.conf is in the instance conf/ folder.',
      logTail,
    );
  return new LocalNeo4jError(
    'START_FAILED',
    `Neo4j exited during start-up (exit ${code}). See the log below; or ${FIXES.uri}, or ${FIXES.docker}.`,
    logTail,
  );
}

/** Waits until Bolt accepts the credentials, the JVM dies, or the time runs out. */
async function awaitBolt(uri: string, password: string, child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw exitError(child.exitCode, tailFile(logFile));
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    throw new LocalNeo4jError(
      'START_TIMEOUT',
      `Neo4j did not accept Bolt connections on ${uri} within ${Math.round(timeoutMs / 1000)} s.`,
      tailFile(logFile),
    );
  } finally {
    await driver.close();
  }
}

/** Starts the local Neo4j (downloading it first if needed) and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const java = findJava();
  // A Neo4j of this instance left running by a run that crashed holds the ports and the store.
  await stopStaleNeo4j(options.homeDir);
  for (const port of [options.boltPort, options.httpPort]) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        'PORT_IN_USE',
        `port ${port} on 127.0.0.1 is already in use (another \`npm start\` or Neo4j?). Stop it, choose other ports with NEO4J_LOCAL_BOLT_PORT / NEO4J_LOCAL_HTTP_PORT, or ${FIXES.uri}.`,
      );
    }
  }
  const dist = await ensureDistribution(options.localDir, options.onDownloadProgress);
  const instance = prepareInstance(options, java, dist.libDir);
  const heap = options.heap;
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${path.join(instance.homeDir, 'plugins')}/*:${dist.libDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${instance.homeDir}`,
    `--config-dir=${instance.confDir}`,
  ];
  const console = fs.openSync(path.join(instance.homeDir, 'logs', 'console.log'), 'a');
  const child = spawn(java.executable, args, {
    stdio: ['ignore', console, console],
    env: { ...process.env, NEO4J_HOME: instance.homeDir, NEO4J_CONF: instance.confDir },
  });
  fs.closeSync(console);
  if (child.pid) writePidFile(instance.homeDir, child.pid);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
    removePidFile(instance.homeDir);
  };

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  try {
    await awaitBolt(uri, instance.password, child, options.startTimeoutMs ?? 180_000, instance.logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    uri,
    username: 'neo4j',
    password: instance.password,
    version: dist.version,
    browserUrl: `http://127.0.0.1:${options.httpPort}/browser/`,
    homeDir: instance.homeDir,
    stop,
  };
}
