/**
 * Making a write transaction wait, for fault tests that must strike while it is open: an open,
 * never committed transaction holds write locks on an actor and its ties, and `SHOW
 * TRANSACTIONS` tells when another transaction is blocked on them.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { until } from './processes.ts';

export interface Lock {
  /** Rolls the locking transaction back (nothing it wrote stays); safe on a dead server. */
  release(): Promise<void>;
}

/** Locks the actor `actorId` and its ties to other actors; throws if the actor does not exist. */
export async function holdLock(driver: Driver, actorId: string): Promise<Lock> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  const res = await tx.run('MATCH (a:Actor {id: $id}) SET a.faultTestLock = true RETURN count(a) AS n', { id: actorId });
  if (Number(res.records[0]!.get('n')) !== 1) throw new Error(`no actor ${actorId} to lock`);
  await tx.run('MATCH (:Actor {id: $id})-[r]-(:Actor) SET r.faultTestLock = true', { id: actorId });
  return {
    async release() {
      await tx.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
    },
  };
}

/** Waits until a transaction is blocked on a lock; returns the query it is blocked in (undefined: none within `ms`). */
export async function blockedQuery(driver: Driver, ms: number): Promise<string | undefined> {
  let query: string | undefined;
  await until(async () => {
    const session = driver.session();
    try {
      const res = await session.run("SHOW TRANSACTIONS YIELD status, currentQuery WHERE status STARTS WITH 'Blocked' RETURN currentQuery");
      query = res.records[0]?.get('currentQuery') as string | undefined;
      return query !== undefined;
    } finally {
      await session.close();
    }
  }, ms);
  return query;
}
