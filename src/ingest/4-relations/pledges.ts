/**
 * Construction class: a pledge of violence. "The Front pledged to strike the Levy", "promised
 * further attacks on X", "swore to avenge its commander by attacking X": a verb of promising
 * (lexicon `pledgeVerbs`) threatens (CAMEO 13x) whom the hostile act it controls (an infinitive)
 * or names (an attack noun as its object, with an on/against/at-phrase) is aimed at, by the
 * pledge's actor. A pledge of anything else ("pledged support to X", "promised to rebuild X")
 * threatens nobody, which is why these verbs are not THREATENS verbs of predicates.yaml.
 */
import { kids, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { agentNodes } from './frame.ts';
import { record, sameSide } from './record.ts';
import { controlledTargets, controlsHostileAct } from './verbal.ts';

/** Matches a verb of promising at `v`. */
export function matchPledgedAttack(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.pledgeVerbs.has(v.lem)) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const sources = agentNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => !m.place);
  if (!sources.length) return;
  const named = kids(ctx.g, v.i, 'obj')
    .filter((o) => nounOf(o.lem, 'ATTACKS'))
    .flatMap((o) => prepMentions(ctx, o.i, ['on', 'against', 'at']).flatMap((p) => p.mentions));
  const targets = (controlsHostileAct(ctx, v.i) ? controlledTargets(ctx, v.i) : named).filter((m) => !sameSide(ctx, sources, [m]));
  if (targets.length) record(ctx, { type: 'THREATENS', sources, targets, at: v, rule: 'pledge:threatens', fact });
}
