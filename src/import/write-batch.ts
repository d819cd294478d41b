/**
 * Stage 3 (write): one batch, one transaction, through the project's write path
 * (src/graph/writes/write-graph.ts): the actors the batch needs that the graph lacks, its new
 * places, its claims, then the projection of the relationships the batch touched — once per batch
 * for its distinct pairs, not once per row. Claims new to the graph (the bulk of a first import)
 * are created in one statement with their provenance; claims already there (a re-import, a resumed
 * import, a revised release) are MERGEd on their ids as every other writer does.
 * A failed batch rolls back whole; a repeated batch writes the same values onto the same nodes.
 */
import { query } from '../graph/cypher.ts';
import type { Gateway, Tx } from '../graph/gateway.ts';
import { projectRelationships, uniqueKeys, writeActors, writeClaims, writeLocations, type ActorRow } from '../graph/writes/write-graph.ts';
import type { ImportClaim, PlaceRow } from './map-rows.ts';

/** A batch is bigger than a request: give it minutes, not the API's seconds. */
export const BATCH_TIMEOUT_MS = 300_000;

export interface Batch {
  claims: ImportClaim[];
  places: Map<string, PlaceRow>;
  actors: ActorRow[];
}

export function emptyBatch(): Batch {
  return { claims: [], places: new Map(), actors: [] };
}

const provenance = (c: ImportClaim) => ({
  id: c.id,
  articleId: c.articleId,
  dataset: c.dataset,
  rowId: c.rowId,
  fatalities: c.fatalities,
  citation: c.citation,
  url: c.url,
  locationId: c.locationId,
});

/** One claim per id, the later row winning, as two MERGEs of the same id would leave it. */
function lastPerId(claims: readonly ImportClaim[]): ImportClaim[] {
  return [...new Map(claims.map((c) => [c.id, c])).values()];
}

/** Creates claims the transaction found absent: one statement, no MERGE checks. */
async function createClaims(tx: Tx, claims: readonly ImportClaim[]): Promise<void> {
  const [row] = await tx.run(query('create-imported-claims'), { claims });
  const count = Number(row?.count ?? 0);
  if (count !== claims.length) throw new Error(`only ${count} of ${claims.length} claims were written: an actor or article is missing`);
}

/** Updates claims already in the graph, with their provenance. */
async function updateClaims(tx: Tx, claims: readonly ImportClaim[]): Promise<void> {
  await writeClaims(tx, claims);
  await tx.run(query('import-claim-details'), { claims: claims.map(provenance) });
}

/** Writes one batch in one transaction; returns the ids of the actors it created. */
export async function writeBatch(gateway: Gateway, batch: Batch): Promise<string[]> {
  return gateway.writeTx(
    async (tx) => {
      const created = await writeActors(tx, batch.actors);
      await writeLocations(tx, [...batch.places.values()]);
      const claims = lastPerId(batch.claims);
      const found = await tx.run(query('existing-claim-ids'), { ids: claims.map((c) => c.id) });
      const existing = new Set(found.map((r) => String(r.id)));
      const fresh = claims.filter((c) => !existing.has(c.id));
      const known = claims.filter((c) => existing.has(c.id));
      if (fresh.length) await createClaims(tx, fresh);
      if (known.length) await updateClaims(tx, known);
      await projectRelationships(tx, uniqueKeys(claims));
      return created;
    },
    { timeoutMs: BATCH_TIMEOUT_MS },
  );
}
