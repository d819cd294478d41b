/**
 * Construction class: declared targets. "The Levy will remain our targets", "Valdorian rulers
 * would be the group's first targets", "the Front warned that the Levy's posts are legitimate
 * targets": a target noun (lexicon `targetNouns`) as the predicate of a clause — after a copula or
 * as the complement of a verb of remaining or becoming (lexicon `becomingVerbs`) — declares its
 * subject a target of the noun's owner (its possessor, else the speaker of the verb of saying the
 * clause is reported under). That is a threat: THREATENS owner → subject (CAMEO 13x). "X was the
 * target of the attack" (an of-phrase) tells of an attack, and a negated clause declares nothing.
 */
import { caseOf, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, isNegated, speakerOf } from './factuality.ts';
import { record } from './record.ts';

/** Matches a declared target at noun `n` (see the module comment). */
export function matchDeclaredTarget(ctx: ClauseContext, n: DepToken): void {
  const L = lexicon().sets;
  if (!n.pos.startsWith('NN') || !L.targetNouns.has(n.lem)) return;
  if (kids(ctx.g, n.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of')) return;
  // the clause: the noun itself with a copula, or the verb of remaining it completes
  const verb = tok(ctx.g, n.head);
  const clause = kids(ctx.g, n.i, 'cop').length
    ? n
    : (n.rel === 'xcomp' || n.rel === 'obj') && verb && L.becomingVerbs.has(verb.lem)
      ? verb
      : undefined;
  if (!clause || isNegated(ctx.g, clause.i) || isNegated(ctx.g, n.i)) return;
  const subjects = kids(ctx.g, clause.i, 'nsubj').flatMap((s) => mentionsAt(ctx, s.i));
  if (!subjects.length) return;
  // the verb of saying or vowing the clause is reported under, if any
  const say = clause.rel === 'ccomp' ? tok(ctx.g, clause.head) : undefined;
  const speech = say && (L.speech.has(say.lem) || L.threatSpeech.has(say.lem)) ? say : undefined;
  // (without a possessor only a warning or vow declares: "said X was the main target" describes an attack)
  const possessors = kids(ctx.g, n.i, 'nmod:poss').flatMap((p) => mentionsAt(ctx, p.i));
  const speaker = say && L.threatSpeech.has(say.lem) ? speakerOf(ctx.g, say.i) : undefined;
  const owners = possessors.length ? possessors : speaker !== undefined ? mentionsAt(ctx, speaker) : [];
  if (!owners.length) return;
  // (under a verb of saying or vowing the declaration is as factual as the saying: "vowed that X would stay a target")
  const fact = speech ? factualityOf(ctx.g, speech.i) : factualityOf(ctx.g, clause.i, { allowModal: true });
  const targets = subjects.filter((s) => !owners.some((o) => o.id === s.id));
  if (targets.length) record(ctx, { type: 'THREATENS', sources: owners, targets, at: n, rule: 'declared-target:threatens', fact });
}
