/**
 * A fresh local Neo4j per graph size: instance `bench-<size>` under NEO4J_LOCAL_DIR (the
 * project's .neo4j, so the downloaded jars are reused), on free ports, with memory scaled to the
 * size, started through the project's own `startRuntime`. `stop()` stops the server and deletes
 * the instance folder: the database is throwaway, only the measurements are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import type { Logger } from '../src/log.ts';
import { findFreePort } from '../src/neo4j-local/ports.ts';
import { startRuntime, type Runtime } from '../src/startup.ts';

export const LOCAL_DIR = path.join(PROJECT_ROOT, '.neo4j');

export interface Memory {
  heap: string;
  pagecache: string;
}

/** Heap and page cache for a graph of `actors` actors (the page cache should hold the store). */
export function memoryFor(actors: number): Memory {
  if (actors >= 500_000) return { heap: '2g', pagecache: '3g' };
  if (actors >= 50_000) return { heap: '1g', pagecache: '1g' };
  return { heap: '768m', pagecache: '512m' };
}

export interface BenchDatabase {
  runtime: Runtime;
  instance: string;
  homeDir: string;
  memory: Memory;
  /** Bytes under the instance's data folder (store files + transaction logs). */
  storeBytes(): StoreSize;
  /** Stops Neo4j and deletes the instance folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StoreSize {
  total: number;
  store: number;
  transactionLogs: number;
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

/** Starts a new, empty instance named `bench-<label>` (a leftover folder of that name is removed first). */
export async function startBenchDatabase(
  label: string,
  actors: number,
  logger: Logger,
  memory = memoryFor(actors),
): Promise<BenchDatabase> {
  const instance = `bench-${label}`;
  const homeDir = path.join(LOCAL_DIR, 'instances', instance);
  fs.rmSync(homeDir, { recursive: true, force: true });
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  const config = loadConfig({
    NEO4J_LOCAL_DIR: LOCAL_DIR,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_HTTP_PORT: String(httpPort),
    NEO4J_LOCAL_HEAP: memory.heap,
    NEO4J_LOCAL_PAGECACHE: memory.pagecache,
    QUERY_TIMEOUT_MS: '120000',
    LOG_LEVEL: 'warn',
  });
  let runtime: Runtime;
  try {
    runtime = await startRuntime(config, logger, { instance, seedIfEmpty: false });
  } catch (err) {
    fs.rmSync(homeDir, { recursive: true, force: true });
    throw err;
  }
  let stopped = false;
  return {
    runtime,
    instance,
    homeDir,
    memory,
    storeBytes() {
      const data = path.join(homeDir, 'data');
      return {
        total: folderBytes(data),
        store: folderBytes(path.join(data, 'databases', 'neo4j')),
        transactionLogs: folderBytes(path.join(data, 'transactions', 'neo4j')),
      };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await runtime.close();
      } finally {
        fs.rmSync(homeDir, { recursive: true, force: true });
      }
    },
  };
}
