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
