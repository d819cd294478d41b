/**
 * Relationship and claim filters as query parameters. Defaults are explicit (all types of the
 * vocabulary, no window), so every query sees the same parameter set; bad values are
 * BAD_USER_INPUT before any Cypher runs.
 */
import { badInput } from '../errors.ts';
import { parsePartialDate } from '../model/dates.ts';
import { RELATION_TYPES, type ClaimStatus, type RelationType } from '../model/vocabulary.ts';

export interface WindowInput {
  from?: string | null;
  to?: string | null;
}

/** Which claims count as evidence: curated only, reviewed (curated, accepted, imported), or all. */
export type EvidenceFilter = 'CURATED' | 'REVIEWED' | 'ALL';

/** The level a relationship's claims must reach (see cypher/project-relationships.cypher: 2, 1, 0). */
export const EVIDENCE_LEVELS: Readonly<Record<EvidenceFilter, number>> = Object.freeze({ CURATED: 2, REVIEWED: 1, ALL: 0 });

/** `$minLevel` for an evidence filter; absent means ALL (every live claim counts). */
export function evidenceParam(evidence: EvidenceFilter | null | undefined): number {
  return EVIDENCE_LEVELS[evidence ?? 'ALL'];
}

export interface RelationshipFilterInput extends WindowInput {
  evidence?: EvidenceFilter | null;
  types?: readonly RelationType[] | null;
  direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null;
  minConfidence?: number | null;
  statuses?: readonly ClaimStatus[] | null;
}

/** `from`/`to` as the first and last day they cover; `to` before `from` is refused. */
export function windowParams({ from, to }: WindowInput): { fromDay: string | null; toDay: string | null } {
  const start = from ? parsePartialDate(from) : undefined;
  const end = to ? parsePartialDate(to) : undefined;
  if (from && !start) throw badInput(`not a date: ${from}`);
  if (to && !end) throw badInput(`not a date: ${to}`);
  if (start && end && end.end < start.start) throw badInput(`the window ends (${to}) before it starts (${from})`);
  return { fromDay: start?.start ?? null, toDay: end?.end ?? null };
}

/** The relationship types to use: the given ones, or the whole vocabulary; an empty list is refused. */
export function typesParam(types: readonly RelationType[] | null | undefined): RelationType[] {
  if (types && types.length === 0) throw badInput('types must name at least one relationship type (omit it for all)');
  return types ? [...new Set(types)] : [...RELATION_TYPES];
}

export function confidenceParam(minConfidence: number | null | undefined): number | null {
  if (minConfidence === null || minConfidence === undefined) return null;
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw badInput(`minConfidence must be between 0 and 1 (got ${minConfidence})`);
  return minConfidence;
}

/** All relationship filter parameters. */
export function relationshipParams(filter: RelationshipFilterInput) {
  return {
    types: typesParam(filter.types),
    direction: filter.direction ?? 'BOTH',
    minConfidence: confidenceParam(filter.minConfidence),
    statuses: filter.statuses?.length ? [...filter.statuses] : null,
    minLevel: evidenceParam(filter.evidence),
    ...windowParams(filter),
  };
}
