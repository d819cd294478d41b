/**
 * Bulk path, the projection: after `neo4j-admin` has written claims, the typed relationships
 * they back are computed by the project's one projection (write-graph.ts →
 * cypher/project-relationships.cypher), a chunk of relationship keys per transaction.
 */
import { query } from '../../graph/cypher.ts';
import type { Gateway } from '../../graph/gateway.ts';
import { projectRelationships } from '../../graph/writes/write-graph.ts';
import type { RelationshipKey } from '../../model/claim.ts';
import { assertRelationType } from '../../model/vocabulary.ts';
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

/** The keys of every imported claim in the graph (after neo4j-admin wrote them). */
export async function importedKeys(gateway: Gateway): Promise<RelationshipKey[]> {
  const rows = await gateway.read(query('imported-claim-keys'), {}, { timeoutMs: BATCH_TIMEOUT_MS });
  return rows.map((r) => ({ type: assertRelationType(String(r.type)), sourceId: String(r.sourceId), targetId: String(r.targetId) }));
}
