/**
 * Responsibility claims made sentences after the attack they own.
 *
 * Construction class: a bare responsibility claim. News reports describe the attack first — "two
 * bombers struck the Levy's training centre", "the blasts at a Levy post killed nine" — and the
 * claim later, often after quotes or a subheading: "The Front claimed responsibility within
 * hours", "Responsibility was claimed by the Front". A claim verb (lexicon `claimVerbs`) whose
 * object (or passive subject) is a claim noun (lexicon `claimNouns`) with no for- or of-phrase of
 * its own states that its agent attacked the victim of the attack the article reported last
 * (article memory `lastVictim`), when that report came at most `CLAIM_REACH` sentences before and
 * its attacker was not named, was only inferred from unnamed people, or was the claimer. "The Front claimed it" ("them", "most of
 * them": lexicon `claimQuantifiers`) is the same claim with the pronoun for the attack, reaching
 * only the sentence before. A claim with its act ("claimed responsibility
 * for the attack on X") is the nominal pattern's (nominal.ts).
 *
 * Construction class: an attack reported without its attacker. "The twin blasts at the Levy
 * centre were the deadliest this year": an attack noun with a target phrase and no agent notes
 * its target as the last victim, for the claim that follows (see `noteAgentlessAttack`).
 */
import { caseOf, isReflexive, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, type Predicate } from '../lexicon.ts';
import { isActor, mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import type { Mention } from '../types.ts';
import { factualityOf, type Factuality } from './factuality.ts';
import { agentNodes, earlierEvent } from './frame.ts';
import { byId } from './parties.ts';
import { record } from './record.ts';
import { retractInferredAttack } from './emit.ts';
import { noteVictim } from './verbal.ts';

/**
 * How many sentences back a bare claim still reaches: a wire report's claim paragraph follows the
 * attack, quotes and a subheading (measured: up to eight sentences after the attack on the pooled
 * outside sets; "the attack" with a determiner only, nominal.ts, reaches two).
 */
export const CLAIM_REACH = 12;

/** How many sentences back "claimed it" reaches: the pronoun stands for the attack just told. */
export const PRONOUN_REACH = 1;

/** Matches a bare responsibility claim at noun `n` (see the module comment). */
export function matchBareClaim(ctx: ClauseContext, n: DepToken): void {
  const L = lexicon().sets;
  // ("claimed it", "claimed them", "claimed most of them": the pronoun stands for the attacks just told)
  const pronoun =
    n.rel === 'obj' &&
    ((n.pos === 'PRP' && /^(it|them)$/i.test(n.word)) ||
      (L.claimQuantifiers.has(n.word.toLowerCase()) &&
        kids(ctx.g, n.i, 'nmod').some((c) => /^(it|them)$/i.test(c.word) && caseOf(ctx.g, c.i) === 'of')));
  if (!pronoun && (!n.pos.startsWith('NN') || !L.claimNouns.has(n.lem) || !/^(obj|nsubj:pass)$/.test(n.rel))) return;
  const verb = tok(ctx.g, n.head);
  if (!verb?.pos.startsWith('VB') || !L.claimVerbs.has(verb.lem)) return;
  // "responsibility for the bombing", "credit for the attack": the act is named (nominal.ts)
  if (!pronoun && kids(ctx.g, n.i, 'nmod').some((c) => ['for', 'of'].includes(caseOf(ctx.g, c.i)))) return;
  if (kids(ctx.g, verb.i, 'obl').some((c) => caseOf(ctx.g, c.i) === 'for')) return;
  const victim = ctx.memory.lastVictim;
  if (!victim || ctx.sentence.index - ctx.memory.lastVictimSentence > (pronoun ? PRONOUN_REACH : CLAIM_REACH)) return;
  const claimers = agentNodes(ctx.g, verb)
    .flatMap((a) => mentionsAt(ctx, a))
    .filter((m) => m.id !== victim);
  const inferred = inferredAttacker(ctx);
  if (!claimers.length || !yieldsTo(ctx, claimers)) return;
  // no group claims an attack on its allies ("X, an umbrella of factions allied with Y, claimed responsibility")
  if (claimers.some((c) => allied(ctx, c.id, victim))) return;
  const fact = factualityOf(ctx.g, verb.i);
  // ("X, a commander of the Front, claimed responsibility": a member's claim is the group's)
  if (inferred && fact.factual && fact.status === 'stated') retractInferredAttack(ctx, claimers);
  record(ctx, { type: 'ATTACKS', sources: claimers, targets: [byId(ctx, victim)], at: verb, rule: 'claim:bare', fact, claim: true });
}

/** True when the last attack's attacker was only inferred from unnamed people ("a suicide bomber …"). */
function inferredAttacker(ctx: ClauseContext): boolean {
  const known = ctx.memory.lastAttacker;
  return known !== null && ctx.memory.inferredAttack?.source === known;
}

/**
 * True when the last attack may be `claimants`' by a later claim or blame: its attacker was not
 * named, was only inferred from unnamed people (emit.ts retractInferredAttack), or is one of them.
 */
function yieldsTo(ctx: ClauseContext, claimants: readonly Mention[]): boolean {
  const known = ctx.memory.lastAttacker;
  return !known || inferredAttacker(ctx) || claimants.some((c) => c.id === known);
}

/** How many sentences back a bare blame reaches: the attack and its casualty or response line. */
export const BLAME_REACH = 2;

/**
 * Construction class: a bare blame. After an attack the report says whom one side holds
 * responsible without naming the act again: "Eight guards were killed. The military blamed the
 * Front", "police say they suspect the League". A verb of blaming (lexicon `blameVerbs`) whose
 * object is an actor and that has no act of its own (no for-, on- or of-phrase, no clause) states,
 * by the blamer's word (`alleged`), that the one blamed made the attack the article reported at
 * most `BLAME_REACH` sentences before (article memory `lastVictim`), when that attack's attacker
 * was not named, was only inferred from unnamed people, or is the one blamed. The blamer's
 * accusation is the verb pattern's (verbal.ts).
 */
export function matchBareBlame(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.blameVerbs.has(v.lem)) return;
  if (
    kids(ctx.g, v.i, 'obl', 'xcomp', 'advcl', 'ccomp').some(
      (c) => c.pos.startsWith('VB') || ['for', 'on', 'of'].includes(caseOf(ctx.g, c.i)),
    )
  )
    return;
  blameLastAttack(
    ctx,
    v,
    kids(ctx.g, v.i, 'obj').flatMap((o) => mentionsAt(ctx, o.i)),
  );
}

/**
 * Construction class: suspicion that falls on someone. "Eight guards were killed. Suspicion fell
 * early on the League", "blame pointed to the Front": a verb of falling or pointing (lexicon
 * `suspicionVerbs`) whose subject is a noun of suspicion (lexicon `suspicionNouns`) blames the
 * one its on/at/to-phrase names, as a bare blame does.
 */
export function matchSuspicionFallen(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon().sets;
  if (!v.pos.startsWith('VB') || !L.suspicionVerbs.has(v.lem)) return;
  if (!kids(ctx.g, v.i, 'nsubj').some((s) => L.suspicionNouns.has(s.lem.toLowerCase()))) return;
  blameLastAttack(
    ctx,
    v,
    prepMentions(ctx, v.i, ['on', 'upon', 'at', 'to', 'with']).flatMap((p) => p.mentions),
  );
}

/**
 * The last attack (at most `BLAME_REACH` sentences back) made, by the word of the sentence at `v`
 * (`alleged`), by `blamed`, when its attacker was not named, only inferred, or one of them.
 */
function blameLastAttack(ctx: ClauseContext, v: DepToken, candidates: Mention[]): void {
  const victim = ctx.memory.lastVictim;
  if (!victim || ctx.sentence.index - ctx.memory.lastVictimSentence > BLAME_REACH) return;
  const blamed = candidates.filter((m) => isActor(m) && m.id !== victim);
  if (!blamed.length || !yieldsTo(ctx, blamed)) return;
  const stated = factualityOf(ctx.g, v.i);
  if (!stated.factual) return;
  record(ctx, {
    type: 'ATTACKS',
    sources: blamed,
    targets: [byId(ctx, victim)],
    at: v,
    rule: 'blame:bare',
    fact: { ...stated, status: 'alleged' },
  });
}

/**
 * An attack noun with no agent ("the blasts at the Levy centre", "a bomb attack on a Levy post")
 * makes its target the last victim, with no attacker, for a later bare claim. `pred` is the
 * noun's ATTACKS predicate, `fact` its factuality.
 */
export function noteAgentlessAttack(ctx: ClauseContext, n: DepToken, pred: Predicate, fact: Factuality): void {
  if (pred.type !== 'ATTACKS' || !fact.factual || fact.status !== 'stated' || earlierEvent(ctx.g, n)) return;
  noteVictimIn(ctx, n.i, pred.targetPreps);
}

/**
 * Construction class: a bomb going off. "A bomb exploded at a Levy post", "a blast ripped through
 * a Levy convoy": a verb of a bomb going off (lexicon `blastVerbs`) whose subject is an attack
 * noun and that has no agent notes the actor of its place phrase (lexicon `blastPreps`) as the
 * last victim, for a later claim. It states no relation by itself.
 */
export function noteBlast(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  if (!v.pos.startsWith('VB') || !L.sets.blastVerbs.has(v.lem)) return;
  const subject = kids(ctx.g, v.i, 'nsubj')[0];
  const pred = subject && L.nouns.get(subject.lem)?.find((p) => p.type === 'ATTACKS');
  if (!subject || !pred || mentionsAt(ctx, subject.i).length) return;
  if (kids(ctx.g, subject.i, 'nmod:poss', 'compound').some((c) => mentionsAt(ctx, c.i).length)) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual || fact.status !== 'stated') return;
  noteVictimIn(ctx, v.i, [...L.sets.blastPreps]);
}

/**
 * Construction class: a self-detonation. "A Front bomber blew himself up near a Levy post", "the
 * attacker detonated his vest among Levy recruits": a verb of detonating (lexicon
 * `detonationVerbs`, with its particle) whose object is a reflexive or a charge (lexicon
 * `detonatedNouns`) attacks the actors of its place phrase (lexicon `detonationPreps`; not
 * places), by its subject — a named attacker, or unnamed bombers standing for their group.
 */
export function matchSelfDetonation(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  if (!v.pos.startsWith('VB')) return;
  const prt = kids(ctx.g, v.i, 'compound:prt')[0]?.lem;
  if (!L.sets.detonationVerbs.has(prt ? `${v.lem} ${prt}` : v.lem)) return;
  const charge = (o: DepToken) => isReflexive(o) || L.sets.detonatedNouns.has(o.lem);
  if (!kids(ctx.g, v.i, 'obj').some(charge)) return;
  const sources = agentNodes(ctx.g, v).flatMap((n) => mentionsAt(ctx, n));
  const targets = prepMentions(ctx, v.i, [...L.sets.detonationPreps]).flatMap((p) => p.mentions.filter(isActor));
  if (!sources.length || !targets.length) return;
  record(ctx, { type: 'ATTACKS', sources, targets, at: v, rule: 'self-detonation', fact: factualityOf(ctx.g, v.i) });
}

/** Notes the first actor (not a place) of the `preps` phrases of token `i` as the last victim. */
function noteVictimIn(ctx: ClauseContext, i: number, preps: readonly string[]): void {
  noteVictim(
    ctx,
    prepMentions(ctx, i, preps).flatMap((p) => p.mentions.filter(isActor)),
  );
}

/** True when the article so far has one of `a`, `b` supporting, sheltering or belonging to the other. */
function allied(ctx: ClauseContext, a: string, b: string): boolean {
  return ctx.memory.found.some((f) => ALLIANCE.has(f.type) && ((f.source === a && f.target === b) || (f.source === b && f.target === a)));
}

const ALLIANCE = new Set(['SUPPORTS', 'SHELTERS', 'MEMBER_OF', 'LEADS']);
