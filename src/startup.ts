/**
 * Bringing the service's dependencies up and down, shared by `npm start`, the CLI and the
 * benchmarks: resolve the database (starting the local Neo4j when needed), connect, apply the
 * schema, and optionally load the sample graph into an empty database.
 */
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { applySchema, isDatabaseEmpty, readServerInfo, upgradeProjection, type ServerInfo } from './graph/bootstrap.ts';
import { createGateway, openDriver, type Gateway } from './graph/gateway.ts';
import { resolveDatabase, type DatabaseTarget, type ResolveOptions } from './graph/resolve-database.ts';
import type { Logger } from './log.ts';
import { loadSampleGraph, type SeedReport } from './seed/load-sample-graph.ts';

export interface Runtime {
  db: DatabaseTarget;
  gateway: Gateway;
  server: ServerInfo;
  seeded?: SeedReport;
  /** Closes the driver and stops the local Neo4j if we started it. */
  close(): Promise<void>;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

/** How long the first connection is retried (a Neo4j container may still be starting). */
export const CONNECT_RETRY_MS = 60_000;

/**
 * Reads the server info, retrying with exponential backoff (250 ms doubling to 5 s) while the
 * database is unreachable; anything else (a wrong password) fails at once.
 */
async function firstContact(gateway: Gateway, logger: Logger, retryMs: number): Promise<ServerInfo> {
  const deadline = Date.now() + retryMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await readServerInfo(gateway);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'SERVICE_UNAVAILABLE') || Date.now() + delay > deadline) throw err;
      logger.warn({ retryInMs: delay }, 'Neo4j is not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** Connects to (or starts) Neo4j and prepares it. */
export async function startRuntime(
  config: Config,
  logger: Logger,
  options: ResolveOptions & { seedIfEmpty?: boolean } = {},
): Promise<Runtime> {
  const db = await resolveDatabase(config, logger, options);
  const driver = openDriver(db.uri, db.username, db.password);
  const gateway = createGateway({ driver, database: db.database, timeoutMs: config.QUERY_TIMEOUT_MS, logger });
  const close = async () => {
    await gateway.close();
    await db.stop();
  };
  try {
    let server: ServerInfo;
    try {
      server = await firstContact(gateway, logger, db.source === 'env' ? CONNECT_RETRY_MS : 0);
    } catch (err) {
      throw new StartupError(
        `could not reach Neo4j at ${db.uri} as ${db.username}: ${(err as Error).message}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to let the project run its own local Neo4j.`,
      );
    }
    await applySchema(gateway);
    await upgradeProjection(gateway);
    let seeded: SeedReport | undefined;
    if (options.seedIfEmpty && (await isDatabaseEmpty(gateway))) seeded = await loadSampleGraph(gateway);
    return { db, gateway, server, seeded, close };
  } catch (err) {
    await close();
    throw err;
  }
}
