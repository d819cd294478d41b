/**
 * Refusal stated by a negated acceptance: "the government will not accept their demand",
 * "Kabul did not heed the call" is a rejection of the demand's owner (REJECTS). The verbs come
 * from the lexicon's `negated` lists; the object is read like the type's own verbs (for
 * REJECTS: the owner of the offer or demand). A future ("will not accept") is a refusal too, so
 * the predicate's own modal and negation are allowed; everything above it (conditions,
 * reported denials) still counts.
 *
 * Construction class: negated-acceptance.
 *
 * Construction class: a demand refused by its addressee. "Valdoria demanded that the League free
 * the hostages. The League refused to do so", "… asked the League to do likewise; the League
 * refused": a verb of refusing (lexicon `refusalVerbs`) with an infinitive or no complement at
 * all, and no object, whose subject is the one the last demand (at most `REFUSAL_REACH` sentences
 * before) was addressed to, rejects that demand's maker.
 *
 * Construction class: an offer refused outright. "When Valdoria offered to extend the truce, the
 * League refused", "X proposed talks. Y declined to do so": a verb of refusing with no complement
 * (or one that only takes the offer up again: lexicon `refusalTakeUps`), whose subject is another
 * side than the maker of the last offer (lexicon `offeringVerbs`, at most `REFUSAL_REACH` sentences
 * before), rejects that offer's maker. ("refused to comment" refuses something else.)
 */
import { kids, type DepToken } from '../2-parse/dependency-graph.ts';
import { agentNodes, patientNodes } from './frame.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, isNegated } from './factuality.ts';
import { lexicon } from '../lexicon.ts';
import { record, sameSide } from './record.ts';
import { ownersOf } from './verbal.ts';
import { byId } from './parties.ts';

/** Matches a negated acceptance verb at `v`. */
export function matchRefusal(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !isNegated(ctx.g, v.i)) return;
  for (const pred of lexicon().predicates) {
    if (!pred.negated.includes(v.lem)) continue;
    const fact = factualityOf(ctx.g, v.i, { allowModal: true, allowNegation: true });
    if (!fact.factual) continue;
    const sources = agentNodes(ctx.g, v).flatMap((n) => mentionsAt(ctx, n));
    const patients = patientNodes(ctx.g, v);
    const targets = pred.object === 'offer' ? patients.flatMap((n) => ownersOf(ctx, n)) : patients.flatMap((n) => mentionsAt(ctx, n));
    if (sources.length && targets.length)
      record(ctx, { type: pred.type, sources, targets, at: v, rule: `negated-acceptance:${pred.type.toLowerCase()}`, fact });
  }
}

/** How many sentences after a demand its addressee's refusal may come. */
export const REFUSAL_REACH = 3;

/** Matches a refusal of the last demand at verb `v` (see the module comment). */
export function matchRefusedDemand(ctx: ClauseContext, v: DepToken): void {
  const last = ctx.memory.lastDemand;
  if (!v.pos.startsWith('VB') || !lexicon().sets.refusalVerbs.has(v.lem) || !last?.targets?.length) return;
  if (ctx.sentence.index - last.sentence > REFUSAL_REACH) return;
  // (with an infinitive, "refused to do so", or bare, "… to do likewise, the Front refused")
  const infinitive = kids(ctx.g, v.i, 'xcomp').some((c) => c.pos.startsWith('VB'));
  if (kids(ctx.g, v.i, 'obj', 'ccomp', 'iobj').length || (!infinitive && kids(ctx.g, v.i, 'xcomp').length)) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const sources = agentNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => last.targets!.includes(m.id));
  if (sources.length) record(ctx, { type: 'REJECTS', sources, targets: [byId(ctx, last.source)], at: v, rule: 'refusal:demand', fact });
}

/** Matches a refusal of the last offer at verb `v` (see the module comment). */
export function matchRefusedOffer(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon().sets;
  const offer = ctx.memory.lastOffer;
  if (!v.pos.startsWith('VB') || !L.refusalVerbs.has(v.lem) || !offer || ctx.sentence.index - offer.sentence > REFUSAL_REACH) return;
  if (kids(ctx.g, v.i, 'obj', 'ccomp', 'iobj').length || kids(ctx.g, v.i, 'xcomp').some((x) => !L.refusalTakeUps.has(x.lem))) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const offerer = byId(ctx, offer.source);
  const sources = agentNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => m.id && !m.place && !sameSide(ctx, [offerer], [m]));
  if (sources.length) record(ctx, { type: 'REJECTS', sources, targets: [offerer], at: v, rule: 'refusal:offer', fact });
}
