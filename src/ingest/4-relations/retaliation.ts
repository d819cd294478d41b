/**
 * Construction class: revenge vowed for the last attack. "A drone killed X, the Front's chief. The
 * Front vowed revenge", "… vowed to avenge his death", "… vowed to respond": a vow of revenge or
 * of answering an attack (a revenge noun, lexicon `revengeNouns`, or a verb of answering one,
 * `retaliationVerbs`) that names no target of its own is aimed at the maker of the attack reported
 * in this sentence or the two before, when the one vowing it was that attack's victim or the body
 * its victim leads or serves. Any other vow names nobody ("vowed to respond to the floods").
 */
import type { DepGraph, DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import type { ClauseContext } from './clause-context.ts';
import { bodyOfPerson } from './emit.ts';
import { revengeTaken } from './frame.ts';
import { byId } from './parties.ts';

/** True when verb `x` answers an attack: a verb of answering one (lexicon `retaliationVerbs`) or one that takes revenge ("take revenge"). */
export function answersAttack(g: DepGraph, x: DepToken): boolean {
  return lexicon().sets.retaliationVerbs.has(x.lem) || revengeTaken(g, x) !== undefined;
}

/** How many sentences back the attack a revenge vow answers may lie. */
const REVENGE_REACH = 2;

/** The maker of the attack the vow of `vowers` answers (see the module comment), or none. */
export function avengedAttacker(ctx: ClauseContext, vowers: readonly Mention[]): Mention[] {
  const { lastAttacker, lastVictim, lastVictimSentence } = ctx.memory;
  if (!lastAttacker || !lastVictim || ctx.sentence.index - lastVictimSentence > REVENGE_REACH) return [];
  const victimSide = new Set([lastVictim, bodyOfPerson(ctx, lastVictim)]);
  const ids = vowers.map((m) => m.id).filter(Boolean);
  if (!ids.some((id) => victimSide.has(id)) || ids.includes(lastAttacker)) return [];
  return [byId(ctx, lastAttacker)];
}
