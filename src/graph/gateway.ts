/**
 * The one gateway to Neo4j. Every query of the project runs through `read` (one auto-commit
 * transaction: a single statement needs no BEGIN/COMMIT round trips), `write` (one explicit
 * transaction) or `readTx`/`writeTx` (several statements, one transaction):
 *
 * - reads run in READ sessions and writes in WRITE sessions: with a `neo4j://` routing URI the
 *   driver sends reads to a cluster's followers (or read replicas) and writes to the leader, and
 *   the server refuses a write inside a read transaction. This is what the driver's
 *   `session.executeRead` does too; the gateway opens the transaction itself (see `once`) because
 *   `executeRead` always retries an unreachable server once after about a second, which would
 *   defeat the fail-fast short circuit below;
 * - every session of a gateway shares one bookmark manager, so a read always sees the writes
 *   this process committed before it (causal consistency): on a cluster, a follower that has not
 *   caught up with a mutation yet waits for it instead of answering without it;
 * - every transaction carries a timeout, so a runaway query is stopped by the server;
 * - sessions are closed in `finally`, whatever happens;
 * - driver errors are mapped here, once: unreachable server → SERVICE_UNAVAILABLE, timeout →
 *   QUERY_TIMEOUT; anything else is rethrown and masked by `formatError`;
 * - transactions are retried by the gateway on transient errors, so each unit of work
 *   passed to `writeTx` must be safe to run twice (MERGE on stable ids).
 *
 * - while the database is known to be down (a query just failed as unreachable), every call
 *   fails at once with SERVICE_UNAVAILABLE instead of waiting for connection and retry timeouts;
 *   a probe checks connectivity every PROBE_INTERVAL_MS and closes the short circuit as soon
 *   as the server answers again.
 *
 * Queries are logged at debug level with their name and duration, and counted (`queryCount`)
 * so tests can prove that a request's number of queries does not grow with its results.
 */
import neo4j, { type BookmarkManager, type Driver, type Transaction, Neo4jError } from 'neo4j-driver';
import { AppError, queryTimeout, serviceUnavailable } from '../errors.ts';
import type { Logger } from '../log.ts';
import { recordToPlain, type Plain } from './to-plain.ts';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** A statement inside a transaction opened by `readTx`/`writeTx`. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface GatewayOptions {
  driver: Driver;
  database?: string;
  timeoutMs: number;
  logger: Logger;
}

export interface Gateway {
  read(cypher: string, params?: Params, options?: { timeoutMs?: number }): Promise<Row[]>;
  write(cypher: string, params?: Params): Promise<Row[]>;
  readTx<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  writeTx<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** Statements run since the gateway was created. */
  readonly queryCount: number;
  readonly driver: Driver;
  /** False while the short circuit is open (the database is known to be down). */
  readonly available: boolean;
  /** The bookmarks every session of this gateway waits for: those of the last writes it committed. */
  readonly bookmarkManager: BookmarkManager;
  close(): Promise<void>;
}

/**
 * JavaScript numbers reach Cypher as floats, but SKIP/LIMIT and list slices need integers:
 * parameters with these names are sent as Neo4j integers.
 */
const INTEGER_PARAMS = new Set(['offset', 'first', 'limit', 'maxEdges', 'maxPaths', 'k']);

function withIntegers(params: Params): Params {
  const out: Params = { ...params };
  for (const key of INTEGER_PARAMS) {
    const v = out[key];
    if (typeof v === 'number' && Number.isInteger(v)) out[key] = neo4j.int(v);
  }
  return out;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed.*timeout/i;

/** Tries of a transaction that fails transiently (deadlock, leader switch). */
const MAX_ATTEMPTS = 4;

/** How often a known-down database is probed. */
export const PROBE_INTERVAL_MS = 100;

/** Maps a driver error to a domain error; returns other errors unchanged. */
export function mapDriverError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError) {
    if (
      UNAVAILABLE.has(err.code) ||
      /ECONNREFUSED|ECONNRESET|Could not perform discovery|connection.*(refused|closed|timed out)|acquisition timed out|Failed to connect/i.test(
        err.message,
      )
    )
      return serviceUnavailable();
    if (TIMED_OUT.test(err.code) || /timed? ?out|terminated.*timeout/i.test(err.message)) return queryTimeout();
  }
  return err;
}

/** Creates the gateway over an existing driver (the caller owns the driver's lifetime via close()). */
export function createGateway(options: GatewayOptions): Gateway {
  const { driver, database, logger } = options;
  let count = 0;
  let down = false;
  let probe: NodeJS.Timeout | undefined;
  // One manager for all sessions: a session starts after the writes committed before it.
  const bookmarkManager = neo4j.bookmarkManager();

  /** Opens the short circuit and probes until the server answers again. */
  function markDown(): void {
    if (down) return;
    down = true;
    logger.warn('Neo4j is unreachable: failing fast until it answers again');
    const check = async () => {
      try {
        await driver.verifyConnectivity({ database });
        down = false;
        probe = undefined;
        logger.info('Neo4j answers again');
      } catch {
        probe = setTimeout(check, PROBE_INTERVAL_MS).unref();
      }
    };
    probe = setTimeout(check, PROBE_INTERVAL_MS).unref();
  }

  const wrap = (tx: Pick<Transaction, 'run'>): Tx => ({
    async run(cypher, params = {}) {
      count += 1;
      const started = performance.now();
      const result = await tx.run(cypher, withIntegers(params));
      if (logger.isLevelEnabled('debug')) {
        logger.debug({ cypher: cypher.split('\n')[0], params: Object.keys(params), ms: Math.round(performance.now() - started) }, 'cypher');
      }
      return result.records.map(recordToPlain);
    },
  });

  /**
   * One explicit transaction in its own session (closed in `finally`); the session's access
   * mode routes reads to readers in a cluster, as `executeRead` would. Explicit, because the
   * driver's managed transactions always retry once after a second, also when the server is
   * simply gone.
   */
  async function once<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs: number, autoCommit = false): Promise<T> {
    const session = driver.session({
      database,
      bookmarkManager,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      // a single read statement runs as an auto-commit transaction: no BEGIN/COMMIT round trips
      // (it is retried below like any read; bookmarks and the timeout apply all the same)
      if (autoCommit) return await work(wrap({ run: (cypher, params) => session.run(cypher, params, { timeout: timeoutMs }) }));
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        const result = await work(wrap(tx));
        await tx.commit();
        return result;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
    } finally {
      await session.close();
    }
  }

  /**
   * Retries transient failures (deadlocks, a cluster leader switching) here rather than in the
   * driver, whose retry loop waits about a second before its second try even when the server
   * is simply gone: an unreachable server opens the short circuit at once instead.
   */
  async function inSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    timeoutMs = options.timeoutMs,
    autoCommit = false,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      if (down) throw serviceUnavailable();
      try {
        return await once(mode, work, timeoutMs, autoCommit);
      } catch (err) {
        const mapped = mapDriverError(err);
        if (mapped instanceof AppError && mapped.code === 'SERVICE_UNAVAILABLE') {
          markDown();
          throw mapped;
        }
        if (attempt >= MAX_ATTEMPTS || !Neo4jError.isRetryable(err)) throw mapped;
        await new Promise((r) => setTimeout(r, 50 * 2 ** attempt * (0.8 + Math.random() * 0.4)));
      }
    }
  }

  return {
    read: (cypher, params, opts) => inSession('READ', (tx) => tx.run(cypher, params), opts?.timeoutMs, true),
    write: (cypher, params) => inSession('WRITE', (tx) => tx.run(cypher, params)),
    readTx: (work, opts) => inSession('READ', work, opts?.timeoutMs),
    writeTx: (work, opts) => inSession('WRITE', work, opts?.timeoutMs),
    get queryCount() {
      return count;
    },
    driver,
    get available() {
      return !down;
    },
    bookmarkManager,
    close: async () => {
      clearTimeout(probe);
      await driver.close();
    },
  };
}

/** Opens a driver for the given server (the caller verifies connectivity). */
export function openDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxConnectionPoolSize: 50,
    // Short on purpose (the database is near): a down server is known within a second, and
    // the gateway's short circuit answers SERVICE_UNAVAILABLE at once from then on.
    connectionAcquisitionTimeout: 3_000,
    connectionTimeout: 500,
    // Transient failures are retried by the gateway (see inSession), not by the driver.
    userAgent: 'conflict-graph/0.1',
    // Integers arrive as JS numbers (ids and counts here stay far below 2^53); decoding them as
    // Integer objects was a measurable share of the API's CPU in the benchmarks.
    disableLosslessIntegers: true,
  });
}
