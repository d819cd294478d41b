/**
 * Read and map, shared by the live import and the bulk files: a dataset file's rows as mapped
 * claims, counting every row that gives none (malformed by its reason, with its line; unmapped
 * by its reason) in the summary as it goes.
 */
import { buildAliasIndex, type AliasIndex } from '../ingest/3-mentions/alias-index.ts';
import type { KnownActor } from '../knowledge/actors.ts';
import { isActorKind } from '../model/vocabulary.ts';
import type { ActorRow, ArticleRow } from '../graph/writes/write-graph.ts';
import { slugify } from '../ingest/1-text/normalize.ts';
import { loadMapping, MappingError, type Mapping } from './mapping.ts';
import { mapRow, type MapContext, type Mapped } from './map-rows.ts';
import { compileEventMatcher } from './match-event.ts';
import { readEvents } from './read-events.ts';
import type { TableInput } from './read-table.ts';
import { LAYOUTS } from './readers/index.ts';
import { createActorResolver } from './resolve-actor.ts';
import { MAX_REPORTED_ERRORS, type Dataset, type ImportSummary, type RowError } from './types.ts';

export interface MapSetup {
  mapping: Mapping;
  index: AliasIndex;
  ctx: MapContext;
  article: ArticleRow;
  summary: ImportSummary;
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

/** Loads the mapping, builds the alias index over the graph's actors and checks the mapping's ids. */
export function setUpMapping(
  dataset: Dataset,
  release: string,
  graphActors: readonly KnownActor[],
  dryRun: boolean,
  mappingsDir?: string,
): MapSetup {
  const mapping = loadMapping(dataset, mappingsDir);
  const index = buildAliasIndex(graphActors);
  const bad = [...new Set([...Object.values(mapping.actors), ...Object.values(mapping.codes)])].filter(
    (id) => !isActorKind(index.actors.get(id)?.kind),
  );
  if (bad.length) throw new MappingError(`knowledge/mappings/${dataset}.yaml maps to ids that are no known actor: ${bad.join(', ')}`);
  const article = releaseArticle(mapping, release);
  const ctx: MapContext = {
    mapping,
    matcher: compileEventMatcher(mapping),
    resolver: createActorResolver(mapping, index),
    articleId: article.id,
  };
  const summary: ImportSummary = {
    dataset,
    release,
    dryRun,
    rows: 0,
    claims: 0,
    relationships: 0,
    newActors: [],
    skipped: {},
    errors: [],
    seconds: 0,
  };
  return { mapping, index, ctx, article, summary };
}

/** The rows of a file that give claims; the others are counted in `setup.summary`. */
export async function* mappedRows(setup: MapSetup, input: TableInput): AsyncGenerator<Extract<Mapped, { kind: 'claims' }>> {
  const { summary } = setup;
  const skip = (reason: string) => (summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1);
  const report = (error: RowError) => {
    skip(error.reason);
    if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(error);
  };
  for await (const item of readEvents(LAYOUTS[setup.mapping.dataset], input)) {
    summary.rows++;
    if (!item.ok) {
      report(item.error);
      continue;
    }
    const mapped = mapRow(item.row, setup.ctx);
    if (mapped.kind === 'error') report(mapped.error);
    else if (mapped.kind === 'skip') skip(mapped.reason);
    else {
      summary.claims += mapped.claims.length;
      yield mapped;
    }
  }
}

/** The row of an actor a claim needs: from the knowledge base or the graph, else its proposal. */
export function actorRow(setup: MapSetup, id: string): ActorRow {
  const known = setup.index.actors.get(id);
  if (known && isActorKind(known.kind))
    return {
      id,
      name: known.name,
      kind: known.kind,
      aliases: known.aliases,
      description: known.description ?? null,
      validFrom: known.validFrom ?? null,
      validTo: known.validTo ?? null,
    };
  const p = setup.ctx.resolver.proposed.get(id);
  if (!p) throw new Error(`no actor row for ${id}`);
  return { id, name: p.name, kind: p.kind, aliases: [], description: `proposed by the ${setup.mapping.dataset} import; not yet reviewed` };
}
