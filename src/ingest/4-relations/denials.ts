/**
 * Construction class: a denied part in an attack. After an attack a report often gives a
 * party's denial: "The Front denied any role in the bombing", "a spokesman said the group had
 * nothing to do with the attack", "had no hand in it", "the League distanced itself from the
 * raid". The corpus records such a denial as the attack with status `denied` (the party's word
 * that it did not), which ranks below any claim or allegation of the same attack. Three forms:
 * - a verb of denying (lexicon `denialVerbs`) whose object is a noun of involvement (lexicon
 *   `culpabilityNouns`, `disclaimedNouns`) with an in/for/behind-phrase naming an attack;
 * - "have nothing to do with" an attack, or "have no role (hand, part) in" one;
 * - a verb of distancing (lexicon `distancingVerbs`) with a from-phrase naming an attack: its
 *   object (not a reflexive) or else its subject is the one who denies.
 * The attack's target is its own on/against-phrase, or a gerund's of-phrase ("the killing of two
 * Levy officers"); a definite attack noun ("the attack", "it") with none is the attack the
 * article reported last (article memory `lastVictim`, at most `CLAIM_REACH` sentences back, as
 * for a claim). A denial is not the attack a later claim refers to: the attack memory is kept.
 */
import { caseOf, isDefinite, isReflexive, kids, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { isActor, mentionsAt, prepMentions } from './arguments.ts';
import { CLAIM_REACH } from './claims.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, isNegated } from './factuality.ts';
import { agentNodes } from './frame.ts';
import { byId } from './parties.ts';
import { record, sameSide } from './record.ts';

/** Matches a denied part in an attack at verb `v` (see the module comment). */
export function matchDeniedAttack(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || isNegated(ctx.g, v.i)) return;
  const L = lexicon().sets;
  const found = L.denialVerbs.has(v.lem)
    ? deniedInvolvement(ctx, v)
    : v.lem === 'have'
      ? disownedAct(ctx, v)
      : L.distancingVerbs.has(v.lem)
        ? distancedFrom(ctx, v)
        : undefined;
  if (!found) return;
  const deniers = found.deniers.flatMap((n) => mentionsAt(ctx, n)).filter(isActor);
  // (a side disowning an attack on its own people — "the ministry rejected responsibility for the
  // attack on its convoy" — denies a failure, not an attack)
  const targets = attackTargets(ctx, found.attack).filter((t) => !sameSide(ctx, deniers, [t]));
  if (!deniers.length || !targets.length) return;
  const fact = factualityOf(ctx.g, v.i);
  record(ctx, { type: 'ATTACKS', sources: deniers, targets, at: v, rule: 'denial:attacks', fact, status: 'denied', keepsLastAttack: true });
}

interface Denial {
  /** The attack noun denied. */
  attack: DepToken;
  /** Tokens naming who denies. */
  deniers: number[];
}

/** An attack noun in one of `preps` phrases of token `i`. */
function attackIn(ctx: ClauseContext, i: number, preps: readonly string[]): DepToken | undefined {
  return kids(ctx.g, i, 'nmod', 'obl').find((c) => preps.includes(caseOf(ctx.g, c.i) ?? '') && attackNoun(c));
}

/** An attack noun, or a pronoun standing for the attack just told ("had no hand in it"). */
function attackNoun(t: DepToken): boolean {
  return (t.pos.startsWith('NN') && nounOf(t.lem, 'ATTACKS') !== undefined) || (t.pos === 'PRP' && /^(it|them)$/i.test(t.word));
}

/** A noun of a part in an act: "role", "hand", "involvement", "responsibility". */
function involvement(t: DepToken): boolean {
  const L = lexicon().sets;
  return L.culpabilityNouns.has(t.lem) || L.disclaimedNouns.has(t.lem);
}

/** "denied any role in the bombing", "denied responsibility for the attack". */
function deniedInvolvement(ctx: ClauseContext, v: DepToken): Denial | undefined {
  const noun = kids(ctx.g, v.i, 'obj').find(involvement);
  const attack = noun && (attackIn(ctx, noun.i, ['in', 'for', 'behind']) ?? attackIn(ctx, v.i, ['in', 'for', 'behind']));
  return attack ? { attack, deniers: agentNodes(ctx.g, v) } : undefined;
}

/** "had nothing to do with the attack", "had no hand in it". */
function disownedAct(ctx: ClauseContext, v: DepToken): Denial | undefined {
  const obj = kids(ctx.g, v.i, 'obj')[0];
  if (!obj) return undefined;
  const deniers = kids(ctx.g, v.i, 'nsubj').map((s) => s.i);
  if (obj.lem === 'nothing') {
    const doing = kids(ctx.g, obj.i, 'acl').find((d) => d.lem === 'do') ?? kids(ctx.g, v.i, 'ccomp', 'xcomp').find((d) => d.lem === 'do');
    const attack = doing && attackIn(ctx, doing.i, ['with']);
    return attack ? { attack, deniers } : undefined;
  }
  if (!involvement(obj) || !kids(ctx.g, obj.i, 'det').some((d) => d.lem === 'no')) return undefined;
  const attack = attackIn(ctx, obj.i, ['in']) ?? attackIn(ctx, v.i, ['in']);
  return attack ? { attack, deniers } : undefined;
}

/** "distanced itself from the attack", "distanced the group from the raid". */
function distancedFrom(ctx: ClauseContext, v: DepToken): Denial | undefined {
  const attack = attackIn(ctx, v.i, ['from']);
  if (!attack) return undefined;
  const obj = kids(ctx.g, v.i, 'obj').find((o) => !isReflexive(o));
  return { attack, deniers: obj ? [obj.i] : agentNodes(ctx.g, v) };
}

/** The attack's own target, else for a definite attack the last one reported nearby. */
function attackTargets(ctx: ClauseContext, attack: DepToken): Mention[] {
  const pred = lexicon()
    .nouns.get(attack.lem)
    ?.find((p) => p.type === 'ATTACKS');
  // (a gerund's of-phrase is its object: "the killing of two Levy officers")
  const preps = [...(pred?.targetPreps ?? []), ...(attack.word.toLowerCase().endsWith('ing') ? ['of'] : [])];
  const own = prepMentions(ctx, attack.i, preps).flatMap((p) => p.mentions.filter(isActor));
  if (own.length) return own;
  const victim = ctx.memory.lastVictim;
  const definite = attack.pos === 'PRP' || isDefinite(ctx.g, attack.i);
  if (!definite || !victim || ctx.sentence.index - ctx.memory.lastVictimSentence > CLAIM_REACH) return [];
  return [byId(ctx, victim)];
}
