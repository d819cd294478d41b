/**
 * Stage 3 (write): one batch, one transaction, through the project's write path
 * (src/graph/writes/write-graph.ts): the actors the batch needs that the graph lacks, its places,
 * its claims (MERGE on their stable ids), their dataset provenance, then the projection of the
 * relationships the batch touched — once per batch for its distinct pairs, not once per row.
 * A failed batch rolls back whole; a repeated batch (a driver retry, a re-import, a resumed
 * import) writes the same values onto the same nodes, so nothing changes.
 */
import { query } from '../graph/cypher.ts';
import type { Gateway } from '../graph/gateway.ts';
import { projectRelationships, writeActors, writeClaims, writeLocations, type ActorRow } from '../graph/writes/write-graph.ts';
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

/** Writes one batch in one transaction; returns the ids of the actors it created. */
export async function writeBatch(gateway: Gateway, batch: Batch): Promise<string[]> {
  return gateway.writeTx(
    async (tx) => {
      const created = await writeActors(tx, batch.actors);
      await writeLocations(tx, [...batch.places.values()]);
      const keys = await writeClaims(tx, batch.claims);
      await tx.run(query('import-claim-details'), { claims: batch.claims.map(provenance) });
      await projectRelationships(tx, keys);
      return created;
    },
    { timeoutMs: BATCH_TIMEOUT_MS },
  );
}
