/**
 * Construction class: a response to the attack just reported. News reports tell the attack and
 * then how the attacked answered it: "Guards at the camp returned fire", "Troops repulsed the
 * assault", "Police fired back, killing two". The verb names no attacker; it is the one the
 * article reported last (article memory `lastAttacker`, within `RESPONSE_REACH` sentences). A
 * verb with its object or particle from lexicon `responsePhrases` ("return fire", "fire back"),
 * or a verb from `responseVerbs` whose object is an attack noun ("repulsed the assault"), states
 * that its agent attacks that attacker; an attack noun with an owner of its own ("repelled the
 * League's raid") names the attacker itself. The response is not itself the attack a later claim
 * or "the attack" refers to (the memory of the last attack is kept).
 */
import { kids, phrasalLemma, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import { isActor, mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { agentNodes } from './frame.ts';
import { sourcesOf } from './nominal.ts';
import { byId } from './parties.ts';
import { record } from './record.ts';

/** How many sentences after the attack a response may come (the attack, a casualty line, the response). */
export const RESPONSE_REACH = 3;

/** Matches a response to an attack at verb `v` (see the module comment). */
export function matchResponse(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB')) return;
  const L = lexicon().sets;
  const phrasal = phrasalLemma(ctx.g, v.i);
  const objects = kids(ctx.g, v.i, 'obj');
  // ("fired back": the particle may be read as an adverb)
  const words = [phrasal, ...[...objects, ...kids(ctx.g, v.i, 'advmod')].map((o) => `${v.lem} ${o.lem}`)];
  const phrase = words.some((w) => w && L.responsePhrases.has(w));
  const attacks = [phrasal, v.lem].some((w) => w && L.responseVerbs.has(w)) ? objects.filter((o) => nounOf(o.lem, 'ATTACKS')) : [];
  if (!phrase && !attacks.length) return;
  const responders = agentNodes(ctx.g, v)
    .flatMap((a) => mentionsAt(ctx, a))
    .filter(isActor);
  if (!responders.length) return;
  const owners = attacks.flatMap((o) => sourcesOf(ctx, o, undefined)).filter(isActor);
  const recent = ctx.memory.lastAttacker && ctx.sentence.index - ctx.memory.lastVictimSentence <= RESPONSE_REACH;
  const attackers = owners.length ? owners : recent ? [byId(ctx, ctx.memory.lastAttacker!)] : [];
  const targets = attackers.filter((a) => !responders.some((r) => r.id === a.id));
  if (!targets.length) return;
  const fact = factualityOf(ctx.g, v.i);
  record(ctx, { type: 'ATTACKS', sources: responders, targets, at: v, rule: 'response:attacks', fact, keepsLastAttack: true });
}
