/**
 * Bulk path, the projection: after `neo4j-admin` has written claims, the typed relationships
 * they back are computed by the project's one projection (write-graph.ts →
 * cypher/project-relationships.cypher), a chunk of relationship keys per transaction.
 */
import type { Gateway } from '../../graph/gateway.ts';
import { projectRelationships } from '../../graph/writes/write-graph.ts';
import type { RelationshipKey } from '../../model/claim.ts';
import { BATCH_TIMEOUT_MS } from '../write-batch.ts';

/** Projects every key, `chunk` keys per transaction; returns the seconds it took. */
export async function projectAll(gateway: Gateway, keys: readonly RelationshipKey[], chunk = 2_000): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < keys.length; i += chunk) {
    const part = keys.slice(i, i + chunk);
    await gateway.writeTx((tx) => projectRelationships(tx, part), { timeoutMs: BATCH_TIMEOUT_MS });
  }
  return (performance.now() - started) / 1000;
}
