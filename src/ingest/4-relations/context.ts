/**
 * What every relation rule sees: one sentence with its resolved mentions, plus
 * the article-level memory rules share (relations found so far, talks and their parties, the
 * last attack's victim, who speaks for or leads whom).
 */
import type { ClaimStatus, EntityKind, RelationType } from '../../model/vocabulary.ts';
import type { ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Token } from '../1-text/tokens.ts';
import type { Mention } from '../types.ts';
import { lexicon } from '../lexicon.ts';

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
  /** Who carried out that attack, for "X was killed in the assault" (a definite attack noun, nearby). */
  lastAttacker: string | null;
  /** That attack when its attacker was only inferred from unnamed people ("a suicide bomber"). */
  inferredAttack: { source: string; target: string; sentence: number } | null;
  /** Bodies the article calls another's media wing or propaganda arm, and whom they speak for (roles.ts). */
  speaksFor: Map<string, string>;
  /** Who made the last demand, on whom (when said) and in which sentence, for "the demand was ruled out by X", "X refused to …". */
  lastDemand: { source: string; sentence: number; targets?: string[]; acts?: string[] } | null;
  /** Who last offered something (a verb of offering's agent) and in which sentence, for "the offer was turned down by X" (4-relations/verbal.ts). */
  lastOffer: { source: string; sentence: number } | null;
  /** Who last detained or freed people (named or not), for "X was among those held". */
  lastCustodian: { type: RelationType; source: string; sentence: number } | null;
  /** Who last summoned someone and in which sentence, for "X was asked to …" (4-relations/summons.ts). */
  lastSummoner: { source: string; sentence: number } | null;
  /** Who last spoke (a verb of saying's actor) and in which sentence, for "the statement said …" (4-relations/statements.ts). */
  lastSpeaker: { source: string; sentence: number } | null;
  /** Role relations per person (LEADS, MEMBER_OF, SPOKESPERSON_FOR → bodies), for lifting. */
  /** Roles the article gave each person (`former` when it said the role was held before). */
  roles: Map<string, Array<{ type: RelationType; target: string; former?: boolean }>>;
}

export interface SentenceContext {
  sentence: Sentence;
  tokens: readonly Token[];
  mentions: Mention[];
  state: ArticleState;
  memory: ArticleMemory;
}

/** Fresh article memory. */
export function createMemory(): ArticleMemory {
  return {
    found: [],
    talks: [],
    lastVictim: null,
    lastVictimSentence: -1,
    lastCustodian: null,
    lastSummoner: null,
    lastSpeaker: null,
    lastAttacker: null,
    inferredAttack: null,
    lastDemand: null,
    lastOffer: null,
    speaksFor: new Map(),
    roles: new Map(),
  };
}

export type KindFilter = (kind: EntityKind, id: string) => boolean;

const POSSESSIVE = /^(its|their|his|her)$/i;

/** The id a mention stands for under a constraint: anaphors take their first fitting candidate. */
export function idOf(ctx: SentenceContext, m: Mention | undefined, fits?: KindFilter, exclude?: string, excludeToo?: string): string {
  if (!m) return '';
  const kindOfId = (id: string): EntityKind => ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind ?? 'Organization';
  const options = m.anaphor ? (m.candidates ?? []) : [m.id];
  // A possessive determiner on a member noun may be bound by the other argument ("the Front
  // ordered its fighters to …" is the Front's own): then it stands for that argument, not for
  // the next candidate. A plain pronoun cannot be ("the Front attacked it"), nor the owner of a
  // thing ("Valdoria rejected its demand"), so those move on to the next candidate.
  const owned = ctx.tokens[m.end]?.lower.replace(/s$/, '') ?? '';
  const bound = m.anaphor && POSSESSIVE.test(m.surface) && lexicon().sets.memberNouns.has(owned);
  for (const id of options) {
    if (!id || (fits && !fits(kindOfId(id), id))) continue;
    if (id === exclude || (excludeToo && id === excludeToo)) {
      if (bound) return '';
      continue;
    }
    return id;
  }
  return '';
}
