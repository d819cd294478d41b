/**
 * A live import from end to end: read (one layout per dataset) → map (the dataset's mapping
 * file) → write (a batch per transaction, src/import/write-batch.ts). Malformed rows are reported
 * with their line and skipped, rows that map to nothing are counted by reason; neither stops the
 * import. While one batch is written the next is read and mapped, so parsing overlaps the
 * database's work.
 *
 * Resuming: every write is a MERGE on ids derived from the dataset and the row id, so an import
 * that was interrupted is resumed by running it again on the same file — the batches already
 * committed are rewritten with the same values (no change), the rest are added.
 */
import type { Gateway } from '../graph/gateway.ts';
import { writeArticles } from '../graph/writes/write-graph.ts';
import { loadGraphActors } from '../graph/repositories/write-article.ts';
import { actorRow, mappedRows, setUpMapping } from './map-stream.ts';
import type { TableInput } from './read-table.ts';
import type { Dataset, ImportSummary } from './types.ts';
import { emptyBatch, writeBatch, type Batch } from './write-batch.ts';

export const DEFAULT_BATCH_SIZE = 5_000;

export interface ImportOptions {
  dataset: Dataset;
  input: TableInput;
  /** Names the source node (one per dataset release). */
  release: string;
  dryRun?: boolean;
  batchSize?: number;
  mappingsDir?: string;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rows: number) => void;
}

/** Imports (or with dryRun, only reads and maps) one dataset file; returns the summary. */
export async function importEventFile(gateway: Gateway, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const graphActors = await loadGraphActors(gateway);
  const setup = setUpMapping(options.dataset, options.release, graphActors, !!options.dryRun, options.mappingsDir);
  const { summary } = setup;
  const existed = new Set(graphActors.map((a) => a.id));
  const present = new Set(existed);
  const keys = new Set<string>();
  /** Places already sent: a place's id is its name and coordinates, so writing it again changes nothing. */
  const placed = new Set<string>();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  if (!options.dryRun) await gateway.writeTx((tx) => writeArticles(tx, [setup.article]));
  let batch = emptyBatch();
  let pending = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  const flush = async (full: Batch) => {
    await writing; // one batch in flight: the next is mapped meanwhile
    if (options.dryRun || !full.claims.length) return;
    writing = writeBatch(gateway, full).then(() => {
      for (const a of full.actors) present.add(a.id);
      options.onProgress?.(summary.rows);
    });
    writing.catch(() => {}); // a failed batch is rethrown at the next flush, not reported as unhandled meanwhile
  };

  for await (const mapped of mappedRows(setup, options.input)) {
    for (const claim of mapped.claims) {
      batch.claims.push(claim);
      keys.add(`${claim.type}|${claim.sourceId}|${claim.targetId}`);
      for (const id of [claim.sourceId, claim.targetId]) {
        if (present.has(id) || pending.has(id)) continue;
        pending.add(id);
        batch.actors.push(actorRow(setup, id));
      }
    }
    if (mapped.place && !placed.has(mapped.place.id)) {
      placed.add(mapped.place.id);
      batch.places.set(mapped.place.id, mapped.place);
    }
    if (batch.claims.length >= batchSize) {
      await flush(batch);
      batch = emptyBatch();
      pending = new Set();
      if (options.dryRun) options.onProgress?.(summary.rows);
    }
  }
  await flush(batch);
  await writing;
  options.onProgress?.(summary.rows);
  summary.relationships = keys.size;
  summary.newActors = [...setup.ctx.resolver.proposed.values()].filter((a) => !existed.has(a.id));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
