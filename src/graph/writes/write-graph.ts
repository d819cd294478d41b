/**
 * The batched write path every writer shares (sample graph, mutations, ingestion, the scale
 * generator): actors, places, articles and claims are MERGEd on stable ids, then the typed
 * relationships the claims back are re-projected. All functions take an open transaction, so a
 * unit of work (one article, one mutation, one batch) commits or fails whole.
 */
import { query, template } from '../cypher.ts';
import type { Tx } from '../gateway.ts';
import { projectionInfo, type ClaimRow, type RelationshipKey } from '../../model/claim.ts';
import { STATUS_STRENGTH, type ActorKind, type RelationType } from '../../model/vocabulary.ts';

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface LocationRow {
  id: string;
  name: string;
  aliases: string[];
  description?: string | null;
  /** WGS 84 coordinates, when the source gives them (event datasets). */
  latitude?: number | null;
  longitude?: number | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash?: string | null;
  note?: string | null;
  /** The article's text (ingested articles), for Claim.passage. */
  text?: string | null;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Upserts actors (one statement per kind label); returns the ids that were new. */
export async function writeActors(tx: Tx, actors: readonly ActorRow[]): Promise<string[]> {
  const created: string[] = [];
  for (const [kind, group] of groupBy(actors, (a) => a.kind)) {
    const rows = group.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...new Set(a.aliases.filter((x) => x && x !== a.name))],
      description: a.description ?? null,
      validFrom: a.validFrom ?? null,
      validTo: a.validTo ?? null,
    }));
    const result = await tx.run(template('upsert-actors', { kind }), { actors: rows });
    for (const r of result) if (r.created) created.push(String(r.id));
  }
  return created;
}

export async function writeLocations(tx: Tx, locations: readonly LocationRow[]): Promise<void> {
  if (locations.length)
    await tx.run(query('upsert-locations'), {
      locations: locations.map((l) => ({
        ...l,
        description: l.description ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
      })),
    });
}

export async function writeArticles(tx: Tx, articles: readonly ArticleRow[]): Promise<void> {
  if (articles.length)
    await tx.run(query('upsert-articles'), {
      articles: articles.map((a) => ({ ...a, contentHash: a.contentHash ?? null, note: a.note ?? null, text: a.text ?? null })),
    });
}

/** Records claims (their actors and article must exist); returns the relationship keys touched. */
export async function writeClaims(tx: Tx, claims: readonly ClaimRow[]): Promise<RelationshipKey[]> {
  if (!claims.length) return [];
  const written = await tx.run(query('upsert-claims'), { claims });
  if (written.length !== claims.length) {
    throw new Error(`only ${written.length} of ${claims.length} claims were written: an actor or article is missing`);
  }
  return uniqueKeys(claims);
}

/** The distinct relationship keys of some claims. */
export function uniqueKeys(claims: readonly Pick<ClaimRow, 'type' | 'sourceId' | 'targetId'>[]): RelationshipKey[] {
  const seen = new Map<string, RelationshipKey>();
  for (const c of claims) seen.set(`${c.type}|${c.sourceId}|${c.targetId}`, { type: c.type, sourceId: c.sourceId, targetId: c.targetId });
  return [...seen.values()];
}

/**
 * Re-projects relationships from their live claims; returns the keys whose relationship no longer
 * exists. Keys are de-duplicated first: the projection query would count a repeated key's claims twice.
 */
export async function projectRelationships(tx: Tx, keys: readonly RelationshipKey[]): Promise<RelationshipKey[]> {
  const removed: RelationshipKey[] = [];
  for (const [type, group] of groupBy(uniqueKeys(keys), (k) => k.type)) {
    const rows = await tx.run(template('project-relationships', { type: type as RelationType }), {
      keys: group.map((k) => ({ sourceId: k.sourceId, targetId: k.targetId })),
      type,
      strength: STATUS_STRENGTH,
      ...projectionInfo(type as RelationType),
    });
    for (const r of rows)
      if (!r.exists) removed.push({ type: type as RelationType, sourceId: String(r.sourceId), targetId: String(r.targetId) });
  }
  return removed;
}
