/**
 * Types shared by the extraction pipeline and its public result (the `extract --json` contract).
 */
import type { ClaimStatus, EntityKind, RelationType } from '../model/vocabulary.ts';

/** What a mention stands for before and after resolution. */
export type AnaphorKind = 'he' | 'it' | 'they' | 'we' | 'group' | 'party' | 'government' | 'country' | 'pair' | 'both' | 'office';

export interface Mention {
  /** Resolved entity id ('' when an anaphor found no antecedent). */
  id: string;
  kind: EntityKind;
  /** Text as written. */
  surface: string;
  /** Token range [first, end) within the sentence. */
  first: number;
  end: number;
  /** Character offsets into the original text. */
  start: number;
  stop: number;
  via: 'alias' | 'acronym' | 'nationality' | 'proposed' | 'fuzzy' | 'anaphor' | 'unnamed';
  /** A place name used as a place ("inside Afghanistan"), not as an actor. */
  place: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
  anaphor?: AnaphorKind;
  /** Antecedent candidates for anaphors, preferred first (relation rules may choose another). */
  candidates?: string[];
  /** An "it" that continues a document the previous sentence opened with ("The statement accused …. It warned …"). */
  document?: boolean;
  confidence: number;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** True when the entity comes from the knowledge base or the caller, false when proposed from the text. */
  known: boolean;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
  date: string | null;
  status: ClaimStatus;
  confidence: number;
  sentenceIndex: number;
  /** Character offsets of the evidence sentence in the original text. */
  start: number;
  end: number;
  /** Name of the rule that produced it (for debugging and review). */
  rule: string;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: string[];
  sentenceCount: number;
  publishedAt: string | null;
}
