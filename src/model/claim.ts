/**
 * Claims as the write path takes them, and their normalised row form: symmetric types put in
 * canonical order (source id < target id), partial dates expanded to their span, and stable ids
 * derived from content where the caller has none (so writing the same claim twice is a no-op).
 */
import { createHash } from 'node:crypto';
import { parsePartialDate } from './dates.ts';
import { CAMEO, SYMMETRIC_TYPES, type ClaimStatus, type RelationType } from './vocabulary.ts';

export type ClaimOrigin = 'curated' | 'extracted' | 'imported';
export type ReviewState = 'unreviewed' | 'accepted' | 'rejected';

export interface ClaimInput {
  id?: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  articleId: string;
  summary?: string | null;
  sentence?: string | null;
  sentenceIndex?: number | null;
  date?: string | null;
  status: ClaimStatus;
  confidence: number;
  origin: ClaimOrigin;
  review?: ReviewState;
}

export interface ClaimRow {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  articleId: string;
  summary: string | null;
  sentence: string | null;
  sentenceIndex: number | null;
  date: string | null;
  datePrecision: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  status: ClaimStatus;
  confidence: number;
  origin: ClaimOrigin;
  review: ReviewState;
}

/** The key of the relationship a claim backs. */
export interface RelationshipKey {
  type: RelationType;
  sourceId: string;
  targetId: string;
}

/** A short stable id from the parts that make a claim the same claim. */
export function stableId(prefix: string, parts: readonly unknown[]): string {
  return `${prefix}-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20)}`;
}

/** Orders the endpoints of a symmetric type canonically; other types are left as they are. */
export function canonicalEndpoints(type: RelationType, sourceId: string, targetId: string): [string, string] {
  return SYMMETRIC_TYPES.has(type) && sourceId > targetId ? [targetId, sourceId] : [sourceId, targetId];
}

/** Normalises a claim for writing; throws on an invalid date (callers validate user input first). */
export function toClaimRow(input: ClaimInput): ClaimRow {
  const [sourceId, targetId] = canonicalEndpoints(input.type, input.sourceId, input.targetId);
  const date = input.date ? parsePartialDate(input.date) : undefined;
  if (input.date && !date) throw new Error(`invalid claim date ${input.date}`);
  const id =
    input.id ??
    stableId('claim', [
      input.type,
      sourceId,
      targetId,
      input.articleId,
      input.sentenceIndex ?? null,
      input.summary ?? input.sentence ?? null,
      date?.text ?? null,
    ]);
  return {
    id,
    type: input.type,
    sourceId,
    targetId,
    articleId: input.articleId,
    summary: input.summary ?? null,
    sentence: input.sentence ?? null,
    sentenceIndex: input.sentenceIndex ?? null,
    date: date?.text ?? null,
    datePrecision: date?.precision ?? null,
    dateStart: date?.start ?? null,
    dateEnd: date?.end ?? null,
    status: input.status,
    confidence: input.confidence,
    origin: input.origin,
    review: input.review ?? (input.origin === 'curated' ? 'accepted' : 'unreviewed'),
  };
}

/** The projection parameters of a type: CAMEO code, quad class, symmetry. */
export function projectionInfo(type: RelationType) {
  const cameo = CAMEO[type];
  return { cameo: cameo?.code ?? null, quadClass: cameo?.quadClass ?? null, symmetric: SYMMETRIC_TYPES.has(type) };
}
