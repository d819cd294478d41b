/**
 * What every relation rule sees: one sentence with its resolved mentions and clauses, plus
 * the article-level memory rules share (relations found so far, talks and their parties, the
 * last attack's victim, who speaks for or leads whom).
 */
import type { ClaimStatus, EntityKind, RelationType } from '../../model/vocabulary.ts';
import type { ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { clauseAt, isSubjectLike, prepositionBefore, type Clause } from '../3-mentions/syntax.ts';
import type { Token } from '../1-text/tokens.ts';
import type { Mention } from '../types.ts';

export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  sentenceIndex: number;
  /** Token index of the trigger within the sentence. */
  at: number;
  status: ClaimStatus;
  confidence: number;
  rule: string;
}

export interface ArticleMemory {
  found: Candidate[];
  /** Negotiating pairs seen, in order, with how often. */
  talks: Array<{ a: string; b: string; count: number }>;
  /** The most recent attacked actor, for "claimed the attack", "blamed X for the attack". */
  lastVictim: string | null;
  /** Sentence index of that attack: a later "the attack" refers to it only nearby. */
  lastVictimSentence: number;
  /** Work to finish once the whole article is read (mediators of "the talks"). */
  pending: Array<(memory: ArticleMemory, state: ArticleState) => void>;
  /** Role relations per person (LEADS, MEMBER_OF, SPOKESPERSON_FOR → bodies), for lifting. */
  roles: Map<string, Array<{ type: RelationType; target: string }>>;
}

export interface SentenceContext {
  sentence: Sentence;
  tokens: readonly Token[];
  mentions: Mention[];
  clauses: Clause[];
  state: ArticleState;
  memory: ArticleMemory;
}

/** Fresh article memory. */
export function createMemory(): ArticleMemory {
  return { found: [], talks: [], lastVictim: null, lastVictimSentence: -1, pending: [], roles: new Map() };
}

/** Relations already found in the current sentence (scans back from the end: linear overall). */
export function foundInSentence(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = ctx.memory.found.length - 1; i >= 0; i--) {
    const c = ctx.memory.found[i]!;
    if (c.sentenceIndex !== ctx.sentence.index) break;
    out.unshift(c);
  }
  return out;
}

/** Actor mentions (not places, resolved) in token order. */
export function actors(ctx: SentenceContext): Mention[] {
  return ctx.mentions.filter((m) => !m.place && m.kind !== 'Location' && (m.id || m.anaphor));
}

/** The mention covering token `i`, if any. */
export function mentionAt(ctx: SentenceContext, i: number): Mention | undefined {
  return ctx.mentions.find((m) => m.first <= i && i < m.end);
}

export type KindFilter = (kind: EntityKind, id: string) => boolean;

/** The id a mention stands for under a constraint: anaphors take their first fitting candidate. */
export function idOf(ctx: SentenceContext, m: Mention | undefined, fits?: KindFilter, exclude?: string): string {
  if (!m) return '';
  const kindOfId = (id: string): EntityKind => ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind ?? 'Organization';
  const options = m.anaphor ? m.candidates ?? [] : [m.id];
  for (const id of options) if (id && id !== exclude && (!fits || fits(kindOfId(id), id))) return id;
  return '';
}

/** Possessive determiners are never targets themselves ("its neighbour" is not "it"). */
export function isPossessiveDeterminer(m: Mention): boolean {
  return /^(its|their|his)$/i.test(m.surface);
}

/**
 * The first actor mention after token `from` (up to `to`), skipping possessive determiners and
 * mentions behind prepositions that do not introduce a patient ("in", "with", "by", "from"…).
 */
export function targetAfter(ctx: SentenceContext, from: number, to = ctx.tokens.length, allow: ReadonlySet<string> = DEFAULT_TARGET_PREPS, territory = false): Mention | undefined {
  const pool = territory ? ctx.mentions.filter((m) => !m.place || m.via === 'nationality') : actors(ctx);
  for (const m of pool) {
    if (m.first < from || m.first >= to || isPossessiveDeterminer(m) || m.anaphor === 'pair') continue;
    if (/^(he|it|they|she|we)$/i.test(m.surface) && COMPLEMENT_VERBS.test(ctx.tokens[m.end]?.lower ?? '')) continue; // "hinted it may …": subject of a new clause
    const prep = prepositionBefore(ctx.tokens, m.first);
    if (prep && !allow.has(prep) && !(prep === 'in' && ctx.tokens[m.first - 2]?.lower === 'power')) continue;
    return m;
  }
  return undefined;
}

const COMPLEMENT_VERBS = /^(may|might|will|would|could|should|can|had|has|have|was|were|is|are|did)$/;

export const DEFAULT_TARGET_PREPS: ReadonlySet<string> = new Set(['on', 'against', 'at', 'of', 'to', 'upon', 'over', 'targeting']);

/** End of the target search window: the next coordinated or relative clause (complements stay in). */
export function windowEnd(ctx: SentenceContext, i: number): number {
  const k = clauseAt(ctx.clauses, i);
  for (let j = k + 1; j < ctx.clauses.length; j++) if (ctx.clauses[j]!.type === 'coord' || ctx.clauses[j]!.type === 'rel') return ctx.clauses[j]!.start;
  return ctx.tokens.length;
}

/** The subject mention of clause `k` before token `before`, if any. */
export function clauseSubject(ctx: SentenceContext, k: number, before: number): Mention | undefined {
  const c = ctx.clauses[k]!;
  return actors(ctx).find((m) => m.first >= c.start && m.first < Math.min(c.end, before) && isSubjectLike(ctx.tokens, m) && !isParenthetical(ctx, m));
}

/** "that officials believe is …": a mention followed by a belief verb inside a clause is an aside. */
export function isParenthetical(ctx: SentenceContext, m: Mention): boolean {
  return /^(believe|believes|say|says|said|claim|claims|think|allege|alleges|suspect)$/.test(ctx.tokens[m.end]?.lower ?? '') && ctx.clauses[clauseAt(ctx.clauses, m.first)]!.type === 'rel';
}
