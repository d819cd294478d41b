/** Access to the test database started by tests/global-setup.ts. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createGateway, openDriver, type Gateway } from '../../src/graph/gateway.ts';
import { createLogger } from '../../src/log.ts';

export interface TestDatabase {
  uri: string;
  username: string;
  password: string;
  database?: string;
  source: 'env' | 'docker' | 'local';
  httpUrl?: string;
  /** The local instance's folder (rule 3 only). */
  homeDir?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/** The credentials of the test database. */
export function testDatabase(): TestDatabase {
  return inject('neo4j');
}

/** A gateway to the test database (close it in afterAll); `uri` reaches it another way (e.g. `neo4j://`). */
export function connectTestGateway(timeoutMs = 10_000, uri?: string): Gateway {
  const db = testDatabase();
  return createGateway({
    driver: openDriver(uri ?? db.uri, db.username, db.password),
    database: db.database,
    timeoutMs,
    logger: createLogger('silent'),
  });
}

/** The test database's address with the routing scheme (`neo4j://`, or `neo4j+s://` for TLS). */
export function routingUri(): string {
  return testDatabase().uri.replace(/^bolt(\+s|\+ssc)?:/, (_, tls: string | undefined) => `neo4j${tls ?? ''}:`);
}

/** A prefix unique to one test file, for ids it creates and cleans up. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(3).toString('hex')}`;
}

/** Deletes every node whose id starts with the prefix (and so their relationships). */
export async function deleteByPrefix(gateway: Gateway, prefix: string): Promise<void> {
  await gateway.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
}
