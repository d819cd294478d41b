/**
 * Rows (already plain, see to-plain.ts) to domain values. The read queries return map
 * projections of exactly the fields read here (`a {.id, .name, …}`), not whole nodes and
 * relationships: decoding unused properties (alias text, timestamps, day lists) was the largest
 * share of the API's CPU in the 2026-11-22 profile. A field added here must be added to those
 * projections (cypher/actors-by-ids, list-actors, search-actors, relationships-by-actor,
 * neighbourhood, paths, claims-by-ids).
 */
import type { Plain } from './to-plain.ts';
import type { Actor, Article, Claim, EvidenceKind, Location, Relationship } from '../model/types.ts';
import type { ActorKind, ClaimStatus, RelationType } from '../model/vocabulary.ts';

type Obj = Record<string, Plain>;
const str = (v: Plain | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Plain | undefined, fallback = 0): number => (typeof v === 'number' ? v : fallback);
const strings = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toActor(value: Plain | undefined): Actor {
  const a = value as Obj;
  return {
    id: String(a.id),
    name: String(a.name),
    kind: a.kind as ActorKind,
    aliases: strings(a.aliases),
    description: str(a.description),
    validFrom: str(a.validFrom),
    validTo: str(a.validTo),
    proposed: /^proposed by /.test(String(a.description ?? '')),
  };
}

/** Projection levels (cypher/project-relationships.cypher) as the API names them. */
const EVIDENCE_KINDS: readonly EvidenceKind[] = ['UNREVIEWED', 'REVIEWED', 'CURATED'];
const evidenceKind = (level: Plain | undefined): EvidenceKind => EVIDENCE_KINDS[num(level)] ?? 'UNREVIEWED';

export function toLocation(value: Plain | undefined): Location {
  const l = value as Obj;
  return {
    id: String(l.id),
    name: String(l.name),
    aliases: strings(l.aliases),
    latitude: typeof l.latitude === 'number' ? l.latitude : null,
    longitude: typeof l.longitude === 'number' ? l.longitude : null,
  };
}

/** From `{source, rel, target}` (rel carries its `type`, see toPlain). */
export function toRelationship(value: Plain | undefined): Relationship {
  const { source, rel, target } = value as { source: Obj; rel: Obj; target: Obj };
  const type = rel.type as RelationType;
  const s = toActor(source);
  const t = toActor(target);
  return {
    id: `${type}:${s.id}:${t.id}`,
    type,
    source: s,
    target: t,
    symmetric: rel.symmetric === true,
    status: (rel.status ?? 'stated') as ClaimStatus,
    confidence: num(rel.confidence),
    firstDate: str(rel.firstDate),
    lastDate: str(rel.lastDate),
    evidenceCount: num(rel.evidenceCount),
    cameo: rel.cameo ? { code: String(rel.cameo), quadClass: num(rel.quadClass) } : null,
    claimIds: strings(rel.claimIds),
    bestEvidence: evidenceKind(rel.evidenceLevel),
    spans: strings(rel.evStarts).map((start, i) => ({
      start,
      end: String((rel.evEnds as Plain[])[i]),
      evidence: evidenceKind((rel.evLevels as Plain[] | undefined)?.[i]),
    })),
  };
}

export function toArticle(value: Plain | undefined): Article {
  const a = value as Obj;
  return {
    id: String(a.id),
    title: String(a.title),
    publisher: str(a.publisher),
    url: str(a.url),
    publishedAt: str(a.publishedAt),
    contentHash: str(a.contentHash),
  };
}

/** From `{claim, source, target, article}`. */
export function toClaim(value: Plain): Claim {
  const { claim, source, target, article } = value as { claim: Obj; source: Obj; target: Obj; article: Obj | null };
  return {
    id: String(claim.id),
    type: claim.type as RelationType,
    source: toActor(source),
    target: toActor(target),
    article: article ? toArticle(article) : null,
    citation: str(claim.citation),
    sentence: str(claim.sentence),
    sentenceIndex: typeof claim.sentenceIndex === 'number' ? claim.sentenceIndex : null,
    summary: str(claim.summary),
    date: str(claim.date),
    datePrecision: (str(claim.datePrecision) as Claim['datePrecision']) ?? null,
    status: claim.status as ClaimStatus,
    confidence: num(claim.confidence),
    origin: (claim.origin ?? 'curated') as Claim['origin'],
    review: (claim.review ?? 'unreviewed') as Claim['review'],
    retracted: claim.retracted === true,
    retractedReason: str(claim.retractedReason),
    locationId: str(claim.locationId),
    createdAt: str(claim.createdAt),
  };
}
