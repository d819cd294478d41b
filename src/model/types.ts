/** The domain as the API and the rest of the code see it: plain values, no driver types. */
import type { ActorKind, ClaimStatus, RelationType } from './vocabulary.ts';
import type { ClaimOrigin, ReviewState } from './claim.ts';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Created by extraction or an import and not yet reviewed (its description says so). */
  proposed: boolean;
}

/** Which claims back a tie at best: curated, reviewed (accepted or a dataset row), or unreviewed extraction only. */
export type EvidenceKind = 'CURATED' | 'REVIEWED' | 'UNREVIEWED';

/** One dated claim of a relationship: the days it covers and the kind of evidence it is. */
export interface DateSpan {
  start: string;
  end: string;
  evidence: EvidenceKind;
}

/** A place (`:Location`); never an actor. */
export interface Location {
  id: string;
  name: string;
  aliases: string[];
  latitude: number | null;
  longitude: number | null;
}

export interface Relationship {
  id: string;
  type: RelationType;
  source: Actor;
  target: Actor;
  symmetric: boolean;
  status: ClaimStatus;
  confidence: number;
  firstDate: string | null;
  lastDate: string | null;
  evidenceCount: number;
  cameo: { code: string; quadClass: number } | null;
  claimIds: string[];
  bestEvidence: EvidenceKind;
  spans: DateSpan[];
}

export interface Article {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string | null;
}

export interface Claim {
  id: string;
  type: RelationType;
  source: Actor;
  target: Actor;
  article: Article | null;
  citation: string | null;
  sentence: string | null;
  sentenceIndex: number | null;
  summary: string | null;
  date: string | null;
  datePrecision: 'YEAR' | 'MONTH' | 'DAY' | null;
  status: ClaimStatus;
  confidence: number;
  origin: ClaimOrigin;
  review: ReviewState;
  retracted: boolean;
  retractedReason: string | null;
  locationId: string | null;
  createdAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Subgraph {
  nodes: Actor[];
  edges: Relationship[];
  truncated: boolean;
}
