/**
 * Stage 2 (map): a read row → the claims it states, the place it happened and the actors it
 * needs, or the reason it states none. One row gives one claim; a rule with `direction: both`
 * (UCDP, where the data does not say who attacked) gives one each way, and a symmetric type
 * (talks, truces) one in canonical order. Claim ids come from the dataset and the row id only,
 * so importing the same row again MERGEs onto the same claim.
 */
import { stableId, toClaimRow, type ClaimRow } from '../model/claim.ts';
import { SYMMETRIC_TYPES, type ActorKind } from '../model/vocabulary.ts';
import { slugify } from '../ingest/1-text/normalize.ts';
import type { LocationRow } from '../graph/writes/write-graph.ts';
import type { Mapping } from './mapping.ts';
import type { EventMatcher } from './match-event.ts';
import type { ActorResolver, Resolved } from './resolve-actor.ts';
import type { Dataset, EventPlace, EventRow, RowError } from './types.ts';

/** A claim with its dataset provenance (written by cypher/import-claim-details.cypher). */
export interface ImportClaim extends ClaimRow {
  dataset: Dataset;
  rowId: string;
  fatalities: number | null;
  citation: string | null;
  url: string | null;
  locationId: string | null;
}

export interface PlaceRow extends LocationRow {
  latitude: number;
  longitude: number;
}

export type Mapped =
  | { kind: 'claims'; claims: ImportClaim[]; place: PlaceRow | null; proposed: Array<{ id: string; name: string; kind: ActorKind }> }
  | { kind: 'skip'; reason: string }
  | { kind: 'error'; error: RowError };

export interface MapContext {
  mapping: Mapping;
  matcher: EventMatcher;
  resolver: ActorResolver;
  articleId: string;
}

/** The place's id: its name and its coordinates to about 10 m, so two datasets share a place. */
export function placeRow(place: EventPlace): PlaceRow {
  const lat = place.latitude.toFixed(4);
  const lon = place.longitude.toFixed(4);
  const id = `place-${slugify(place.name).slice(0, 40)}-${stableId('p', [place.name.toLowerCase(), lat, lon]).slice(2, 10)}`;
  return { id, name: place.name, aliases: [], latitude: Number(lat), longitude: Number(lon) };
}

const rowSlug = (rowId: string) =>
  rowId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function side(resolved: Resolved | null): string | null {
  if (!resolved || resolved.kind === 'ignored') return null;
  return resolved.id;
}

/** Maps one row (pure apart from the resolver's cache and its proposed actors). */
export function mapRow(row: EventRow, ctx: MapContext): Mapped {
  const { mapping } = ctx;
  const match = ctx.matcher.match(row.event);
  if (match.kind === 'unknown')
    return {
      kind: 'error',
      error: {
        line: row.line,
        reason: 'unknown event type',
        detail: `${mapping.event_field} ${JSON.stringify(match.value)} is not a ${mapping.dataset} event type`,
      },
    };
  if (match.kind === 'unmapped')
    return {
      kind: 'skip',
      reason: `unmapped event type: ${mapping.event_match === 'prefix' ? `${match.value.slice(0, 2)}x` : match.value}`,
    };
  const { rule } = match;
  if (rule.skip) return { kind: 'skip', reason: rule.skip };
  if (!row.actor1) return { kind: 'skip', reason: 'no first actor' };
  if (!row.actor2) return { kind: 'skip', reason: 'no second actor' };
  const r1 = ctx.resolver.resolve(row.actor1);
  const r2 = ctx.resolver.resolve(row.actor2);
  const a1 = side(r1);
  const a2 = side(r2);
  const [source, target] = rule.direction === 'reverse' ? [a2, a1] : [a1, a2];
  if (!target) return { kind: 'skip', reason: 'no target actor (not an actor: civilians, unidentified)' };
  if (!source) return { kind: 'skip', reason: 'no source actor (not an actor: civilians, unidentified)' };
  if (source === target) return { kind: 'skip', reason: 'same actor on both sides' };

  const type = rule.type!;
  const place = row.place ? placeRow(row.place) : null;
  const pairs: Array<[string, string, string]> = [[source, target, '']];
  if (rule.direction === 'both' && !SYMMETRIC_TYPES.has(type)) pairs.push([target, source, '-ba']);
  const claims = pairs.map(
    ([s, t, suffix]): ImportClaim => ({
      ...toClaimRow({
        id: `${mapping.dataset}-${rowSlug(row.rowId)}${suffix}`,
        type,
        sourceId: s,
        targetId: t,
        articleId: ctx.articleId,
        sentence: row.sentence,
        date: row.date,
        status: row.status ?? mapping.status,
        confidence: mapping.confidence,
        origin: 'imported',
      }),
      dataset: mapping.dataset,
      rowId: row.rowId,
      fatalities: row.fatalities,
      citation: row.citation,
      url: row.url,
      locationId: place?.id ?? null,
    }),
  );
  const proposed = [r1, r2].flatMap((r) => (r.kind === 'proposed' ? [{ id: r.id, name: r.name, kind: r.actorKind }] : []));
  return { kind: 'claims', claims, place, proposed };
}
