/**
 * An import from end to end: read (one layout per dataset) → map (the dataset's mapping file)
 * → write (a batch per transaction). Malformed rows are reported with their line and skipped,
 * rows that map to nothing are counted by reason; neither stops the import. While one batch is
 * written the next is read and mapped, so parsing overlaps the database's work.
 *
 * Resuming: every write is a MERGE on ids derived from the dataset and the row id, so an import
 * that was interrupted is resumed by running it again on the same file — the batches already
 * committed are rewritten with the same values (no change), the rest are added.
 */
import type { Gateway } from '../graph/gateway.ts';
import { writeArticles, type ActorRow, type ArticleRow } from '../graph/writes/write-graph.ts';
import { buildAliasIndex, type AliasIndex } from '../ingest/alias-index.ts';
import { slugify } from '../ingest/normalize.ts';
import { loadGraphActors } from '../ingest/write-article.ts';
import { isActorKind } from '../model/vocabulary.ts';
import { loadMapping, MappingError, type Mapping } from './mapping.ts';
import { mapRow, type MapContext } from './map-rows.ts';
import { compileEventMatcher } from './match-event.ts';
import { readEvents } from './read-events.ts';
import type { TableInput } from './read-table.ts';
import { LAYOUTS } from './readers/index.ts';
import { createActorResolver } from './resolve-actor.ts';
import { MAX_REPORTED_ERRORS, type Dataset, type ImportSummary, type RowError } from './types.ts';
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

/** The source node of a dataset release: an `:Article` (see docs/model.md, "Imported event datasets"). */
export function releaseArticle(mapping: Mapping, release: string): ArticleRow {
  return {
    id: `dataset-${mapping.dataset}-${slugify(release)}`,
    title: `${mapping.source.title}, release ${release}`,
    publisher: mapping.source.publisher,
    url: mapping.source.url,
    publishedAt: null,
    note: 'event dataset release: each claim citing it is one coded event (claim.dataset, claim.rowId)',
  };
}

/** Every id the mapping names must be an actor the alias index knows. */
function checkMappingIds(mapping: Mapping, index: AliasIndex): void {
  const bad = [...new Set([...Object.values(mapping.actors), ...Object.values(mapping.codes)])].filter((id) => !isActorKind(index.actors.get(id)?.kind));
  if (bad.length) throw new MappingError(`knowledge/mappings/${mapping.dataset}.yaml maps to ids that are no known actor: ${bad.join(', ')}`);
}

/** Imports (or with dryRun, only reads and maps) one dataset file; returns the summary. */
export async function importEventFile(gateway: Gateway, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const mapping = loadMapping(options.dataset, options.mappingsDir);
  const graphActors = await loadGraphActors(gateway);
  const index = buildAliasIndex(graphActors);
  checkMappingIds(mapping, index);
  const present = new Set(graphActors.map((a) => a.id));
  const article = releaseArticle(mapping, options.release);
  const ctx: MapContext = { mapping, matcher: compileEventMatcher(mapping), resolver: createActorResolver(mapping, index), articleId: article.id };
  const summary: ImportSummary = { dataset: options.dataset, release: options.release, dryRun: !!options.dryRun, rows: 0, claims: 0, relationships: 0, newActors: [], skipped: {}, errors: [], seconds: 0 };
  const keys = new Set<string>();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const skip = (reason: string) => (summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1);
  const report = (error: RowError) => {
    skip(error.reason);
    if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(error);
  };

  if (!options.dryRun) await gateway.writeTx((tx) => writeArticles(tx, [article]));
  let batch = emptyBatch();
  let writing: Promise<void> = Promise.resolve();
  const flush = async (full: Batch) => {
    await writing; // one batch in flight: the next is mapped meanwhile
    if (options.dryRun || !full.claims.length) return;
    writing = writeBatch(gateway, full).then(() => {
      for (const a of full.actors) present.add(a.id);
      options.onProgress?.(summary.rows);
    });
  };

  for await (const item of readEvents(LAYOUTS[options.dataset], options.input)) {
    summary.rows++;
    if (!item.ok) {
      report(item.error);
      continue;
    }
    const mapped = mapRow(item.row, ctx);
    if (mapped.kind === 'error') report(mapped.error);
    else if (mapped.kind === 'skip') skip(mapped.reason);
    else {
      for (const claim of mapped.claims) {
        batch.claims.push(claim);
        keys.add(`${claim.type}|${claim.sourceId}|${claim.targetId}`);
        for (const id of [claim.sourceId, claim.targetId]) {
          if (present.has(id) || batch.actors.some((a) => a.id === id)) continue;
          batch.actors.push(actorRow(id, index, mapped.proposed, mapping.dataset));
        }
      }
      if (mapped.place) batch.places.set(mapped.place.id, mapped.place);
      summary.claims += mapped.claims.length;
    }
    if (batch.claims.length >= batchSize) {
      await flush(batch);
      batch = emptyBatch();
      if (options.dryRun) options.onProgress?.(summary.rows);
    }
  }
  await flush(batch);
  await writing;
  options.onProgress?.(summary.rows);
  summary.relationships = keys.size;
  summary.newActors = [...ctx.resolver.proposed.values()].filter((a) => !graphActors.some((g) => g.id === a.id));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The row of an actor a claim needs: from the knowledge base or the graph, else the proposal. */
function actorRow(id: string, index: AliasIndex, proposed: Array<{ id: string; name: string; kind: string }>, dataset: Dataset): ActorRow {
  const known = index.actors.get(id);
  if (known && isActorKind(known.kind)) return { id, name: known.name, kind: known.kind, aliases: known.aliases, description: known.description ?? null, validFrom: known.validFrom ?? null, validTo: known.validTo ?? null };
  const p = proposed.find((x) => x.id === id);
  if (!p || !isActorKind(p.kind)) throw new Error(`no actor row for ${id}`);
  return { id, name: p.name, kind: p.kind, aliases: [], description: `proposed by the ${dataset} import; not yet reviewed` };
}
