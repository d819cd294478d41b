/** What the explorer reads from /graphql (the fields its queries select). */
// The vocabulary is the server's own (one list for the API, the database and this page).
import type { ActorKind, RelationType } from '../../src/model/vocabulary.ts';

export { ACTOR_KINDS, RELATION_TYPES } from '../../src/model/vocabulary.ts';
export type { ActorKind, RelationType };
export type EvidenceKind = 'CURATED' | 'REVIEWED' | 'UNREVIEWED';
export type EvidenceFilter = 'CURATED' | 'REVIEWED' | 'ALL';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  proposed?: boolean;
}

export interface Span {
  start: string;
  end: string;
  evidence: EvidenceKind;
}

export interface Edge {
  id: string;
  type: RelationType;
  source: { id: string };
  target: { id: string };
  symmetric: boolean;
  status: string;
  confidence: number;
  evidenceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  bestEvidence: EvidenceKind;
  cameo: { code: string; quadClass: number } | null;
  spans: Span[];
}

export interface Subgraph {
  nodes: Actor[];
  edges: Edge[];
  truncated: boolean;
}

export interface Claim {
  id: string;
  type: RelationType;
  source: Actor;
  target: Actor;
  sentence: string | null;
  sentenceIndex: number | null;
  summary: string | null;
  citation: string | null;
  date: string | null;
  status: string;
  confidence: number;
  origin: 'curated' | 'extracted' | 'imported';
  review: 'unreviewed' | 'accepted' | 'rejected';
  recordedAt?: string | null;
  location?: { id: string; name: string } | null;
  passage?: { before: string; sentence: string; after: string } | null;
  article: { id: string; title: string; publisher: string | null; url: string | null; publishedAt: string | null } | null;
}

export interface PathHop {
  from: Actor;
  to: Actor;
  type: RelationType;
  direction: 'FORWARD' | 'BACKWARD' | 'BOTH';
  relationship: Edge & { evidence: Claim[] };
}

export interface Path {
  length: number;
  summary: string;
  hops: PathHop[];
}
