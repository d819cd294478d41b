/**
 * Construction class: living or operating under another's protection. "The Front's leaders live
 * in Ostmark under the protection of Lumen", "are based there under Lumen's patronage": the
 * protector (the possessor or of-phrase of a protection noun, lexicon `protectionNouns`, in an
 * "under" phrase) shelters the subject of the clause (SHELTERS protector → subject). So does one
 * whose consent a stay has ("the Front's leaders shelter in Ostmark with Lumen's blessing":
 * lexicon `consentNouns` in a with-phrase of a verb of residing, `residingVerbs`).
 *
 * Construction class: an act done with another's backing. "Police, with the support of the army,
 * launched an operation", "the Front, with Ostmark's backing, seized the pass", "carried out the
 * raid with the help of X": the owner (the possessor or of-phrase) of a SUPPORTS noun in a
 * with-phrase of a verb (or of its subject or object, where the parser hangs it) supports the
 * verb's agent.
 */
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import type { Mention } from '../types.ts';
import { factualityOf } from './factuality.ts';
import { agentNodes, patientNodes, isPassive } from './frame.ts';
import { record } from './record.ts';

/** Matches a protection noun at `n` in an "under" phrase and records who shelters whom. */
export function matchProtection(ctx: ClauseContext, n: DepToken): void {
  const L = lexicon().sets;
  const under = L.protectionNouns.has(n.lem) && kids(ctx.g, n.i, 'case').some((c) => c.lem === 'under');
  // "shelter in X with Y's blessing": consent to a stay (lexicon `consentNouns`, `residingVerbs`)
  const consent = L.consentNouns.has(n.lem) && kids(ctx.g, n.i, 'case').some((c) => c.lem === 'with');
  if (!n.pos.startsWith('NN') || !/^(obl|nmod)$/.test(n.rel) || (!under && !consent)) return;
  // "is based in X province under the protection of Y": the parser may hang it on the place
  let v = tok(ctx.g, n.head);
  for (let hops = 0; v && !v.pos.startsWith('VB') && /^(obl|nmod)$/.test(v.rel) && hops < 2; hops++) v = tok(ctx.g, v.head);
  // a consented stay needs a verb of residing ("say the leaders shelter in X with Y's blessing":
  // the parser may hang the phrase on the verb of saying)
  const stay = consent && !under;
  if (stay && v && !L.residingVerbs.has(v.lem)) v = kids(ctx.g, v.i, 'ccomp').find((c) => L.residingVerbs.has(c.lem)) ?? v;
  if (!v?.pos.startsWith('VB') || (stay && !L.residingVerbs.has(v.lem))) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const protectors = possessorsOf(ctx, n, 'compound', 'amod');
  // the protected: the subject of an intransitive or passive clause ("live", "are based")
  const subjects = v.pos.startsWith('VB') && !isPassive(ctx.g, v) ? agentNodes(ctx.g, v) : patientNodes(ctx.g, v);
  const protectedOnes = subjects.length
    ? subjects.flatMap((s) => mentionsAt(ctx, s))
    : kids(ctx.g, v.i, 'nsubj', 'nsubj:pass').flatMap((s) => mentionsAt(ctx, s.i));
  if (protectors.length && protectedOnes.length)
    record(ctx, { type: 'SHELTERS', sources: protectors, targets: protectedOnes, at: n, rule: 'protection:shelters', fact });
}

/** Matches a SUPPORTS noun in a with-phrase of a verb at `n`: its owner supports the verb's agent (see the module comment). */
export function matchBackedAct(ctx: ClauseContext, n: DepToken): void {
  if (!n.pos.startsWith('NN') || !/^(obl|nmod)$/.test(n.rel) || !nounOf(n.lem, 'SUPPORTS')) return;
  if (!kids(ctx.g, n.i, 'case').some((c) => c.lem === 'with')) return;
  // ("The Levy, with the support of X, launched …": the parser may hang the phrase on the subject;
  // "carried out the raid with the help of X": or on the object)
  const holder = n.rel === 'nmod' ? tok(ctx.g, n.head) : undefined;
  if (holder && holder.rel !== 'nsubj' && holder.rel !== 'obj') return;
  const v = tok(ctx.g, holder ? holder.head : n.head);
  if (!v?.pos.startsWith('VB') || isPassive(ctx.g, v)) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const backers = possessorsOf(ctx, n);
  const backed = agentNodes(ctx.g, v).flatMap((a) => mentionsAt(ctx, a));
  if (backers.length && backed.length)
    record(ctx, { type: 'SUPPORTS', sources: backers, targets: backed, at: n, rule: 'backed-act:supports', fact });
}

/** The actors owning noun `n`: its possessor and of-phrase (and the modifiers `more`: "Lumen's protection", "the protection of Lumen"). */
export function possessorsOf(ctx: ClauseContext, n: DepToken, ...more: string[]): Mention[] {
  return kids(ctx.g, n.i, 'nmod:poss', 'nmod', ...more)
    .filter((c) => c.rel !== 'nmod' || kids(ctx.g, c.i, 'case').some((k) => k.lem === 'of'))
    .flatMap((c) => mentionsAt(ctx, c.i));
}
