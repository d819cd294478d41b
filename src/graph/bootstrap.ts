/**
 * Start-up work on the database: check the server answers, apply `cypher/schema.cypher`
 * (every statement is `IF NOT EXISTS`, so applying it again changes nothing), and tell whether
 * the database is empty (the sample graph is loaded only then).
 */
import { query, schemaStatements } from './cypher.ts';
import type { Gateway } from './gateway.ts';
import { projectRelationships } from './writes/write-graph.ts';
import { assertRelationType } from '../model/vocabulary.ts';

export interface ServerInfo {
  version: string;
  edition: string;
  database: string;
}

/** The server's version, edition and the database in use. */
export async function readServerInfo(gateway: Gateway): Promise<ServerInfo> {
  const [row] = await gateway.read(query('server-info'), {}, { timeoutMs: 5_000 });
  return { version: String(row?.version), edition: String(row?.edition), database: String(row?.database) };
}

/** Applies every constraint and index of cypher/schema.cypher, then waits for indexes to come online. */
export async function applySchema(gateway: Gateway): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await gateway.write(statement);
  await gateway.write('CALL db.awaitIndexes(60)');
  return statements.length;
}

/** True when the database holds no node at all. */
export async function isDatabaseEmpty(gateway: Gateway): Promise<boolean> {
  const [row] = await gateway.read(query('count-nodes'));
  return Number(row?.count ?? 0) === 0;
}

/**
 * Re-projects relationships written before the projection kept evidence levels (an older
 * database), so the `evidence` filters see every tie. Runs in chunks until none is left;
 * on an up-to-date database it is one cheap read. Returns how many were re-projected.
 */
export async function upgradeProjection(gateway: Gateway, chunk = 2_000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await gateway.read(query('stale-relationship-keys'), { limit: chunk });
    if (!rows.length) return total;
    const keys = rows.map((r) => ({
      type: assertRelationType(String(r.type)),
      sourceId: String(r.sourceId),
      targetId: String(r.targetId),
    }));
    await gateway.writeTx((tx) => projectRelationships(tx, keys));
    total += keys.length;
  }
}
