/**
 * Verb-triggered relations (see verb-lexicon.ts): agent from agents.ts, target the first
 * actor after the verb in its clause (or after its particle/preposition), passives and object
 * relatives swapped, negated and wanted-but-not-done acts skipped, hedges read as status.
 * "blamed X for the attack (on Y)" also yields X ATTACKS Y (alleged); Y defaults to the victim
 * of the last attack the article described.
 */
import { coordinatedAgents, findAgent, isIrrealis, isNegated, readStatus } from './agents.ts';
import { prepositionBefore } from '../syntax.ts';
import { actors, DEFAULT_TARGET_PREPS, idOf, mentionAt, targetAfter, windowEnd, type SentenceContext } from './context.ts';
import { emit } from './emit.ts';
import { dominantGovernment, implicitCounterpart, preferCoordinated } from './implicit.ts';
import { VERB_RULES, type VerbRule } from './verb-lexicon.ts';
import type { Mention } from '../types.ts';

const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'bombing', 'bombings', 'blast', 'blasts', 'killing', 'killings', 'violence', 'raid', 'ambush', 'carnage', 'massacre']);
const OBJECT_NOUNS = new Set(['demand', 'demands', 'offer', 'proposal', 'request', 'call', 'calls']);

function particleEnd(ctx: SentenceContext, t: number, rule: VerbRule): number {
  if (!rule.particle) return t + 1;
  const next = ctx.tokens[t + 1]?.lower ?? '';
  if (rule.particle.includes(next)) return t + 2;
  // "handed two commanders over", "ruled it out": particle after a short object
  for (let k = t + 2; k <= t + 5 && k < ctx.tokens.length; k++) if (rule.particle.includes(ctx.tokens[k]!.lower) && rule.type !== 'DEMANDS') return k + 1;
  return -1;
}

function applyRule(ctx: SentenceContext, t: number, rule: VerbRule): boolean {
  const after = particleEnd(ctx, t, rule);
  if (after < 0) return false;
  if (rule.needs && !ctx.tokens.slice(t + 1, t + 9).some((w) => rule.needs!.includes(w.lower))) return false;
  if (ctx.tokens[t]!.lower === 'targeted' && ATTACK_NOUNS.has(ctx.tokens[t + 1]?.lower ?? '')) return false; // "targeted attacks"
  if (isNegated(ctx, t) || isIrrealis(ctx, t)) return false;
  const agent = findAgent(ctx, t);
  const status = readStatus(ctx, t, agent.embedded);
  const end = windowEnd(ctx, t);
  let from = after;
  if (rule.targetAfter) {
    const k = ctx.tokens.findIndex((w, i) => i >= after && i < end && w.lower === rule.targetAfter);
    if (k < 0) return false;
    from = k + 1;
  }
  const preps = rule.extraPreps ? new Set([...DEFAULT_TARGET_PREPS, ...rule.extraPreps]) : DEFAULT_TARGET_PREPS;
  let source = agent.mention;
  let target: Mention | string | undefined = agent.passive ? agent.patient : targetAfter(ctx, from, end, preps, rule.territory);
  if (!agent.passive && agent.patient && (!target || /^(for|of|in|with|as|,|\.)$/.test(ctx.tokens[after]?.lower ?? '.'))) target = agent.patient;
  if (agent.passive && !source) {
    if (!rule.agentlessIsState || ctx.tokens[t - 2]?.lower === 'to' || ctx.tokens[t - 1]?.lower === 'be') return false;
    return emit(ctx, { type: rule.type, source: dominantGovernment(ctx.state), target, at: t, status, confidence: 0.4, rule: 'verb-agentless-passive' });
  }
  if (agent.passive && !target && ctx.tokens.slice(Math.max(0, t - 5), t).some((w) => OBJECT_NOUNS.has(w.lower))) {
    target = ctx.memory.found.filter((c) => c.type === 'DEMANDS').pop()?.source; // "the demand was ruled out by X"
  }
  const sourceId = idOf(ctx, source);
  if (!sourceId) return false;
  target = preferCoordinated(ctx, typeof target === 'string' ? undefined : target, sourceId) ?? target;
  let confidence = 0.8;
  if (!target && rule.implicitTarget) {
    target = implicitCounterpart(ctx, sourceId);
    confidence = 0.45;
  }
  let kept = false;
  for (const agentMention of agent.passive ? [source] : coordinatedAgents(ctx, source as Mention, t)) {
    kept = emit(ctx, { type: rule.type, source: agentMention, target, at: t, status, confidence, rule: `verb:${ctx.tokens[t]!.lower}` }) || kept;
  }
  if (kept && rule.type === 'ACCUSES') blameForAttack(ctx, t, typeof target === 'string' ? target : idOf(ctx, target));
  return kept;
}

/** "blamed X for the attack (on Y)" → X ATTACKS Y, alleged. */
function blameForAttack(ctx: SentenceContext, t: number, accused: string): void {
  const forAt = ctx.tokens.findIndex((w, i) => i > t && i < t + 8 && w.lower === 'for');
  if (forAt < 0 || !accused) return;
  const nounAt = ctx.tokens.findIndex((w, i) => i > forAt && i <= forAt + 4 && ATTACK_NOUNS.has(w.lower));
  if (nounAt < 0) return;
  const victim = actors(ctx).find((m) => m.first > nounAt && m.first <= nounAt + 6 && /^(on|against|at)$/.test(prepositionBefore(ctx.tokens, m.first) ?? ''));
  emit(ctx, { type: 'ATTACKS', source: accused, target: victim ?? ctx.memory.lastVictim ?? undefined, at: nounAt, status: 'alleged', confidence: 0.6, rule: 'blamed-for-attack' });
}

/** Applies the verb rules at token `t`; returns true when a relation was recorded. */
export function matchVerb(ctx: SentenceContext, t: number): boolean {
  const rules = VERB_RULES.get(ctx.tokens[t]!.lower);
  if (!rules) return matchDemandNoun(ctx, t);
  for (const rule of rules) if (applyRule(ctx, t, rule)) return true;
  return matchDemandNoun(ctx, t);
}


/** "their demand that …", "the group's demands": a possessed demand is a DEMANDS by its owner. */
export function matchDemandNoun(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  if ((w !== 'demand' && w !== 'demands') || VERB_FORM_BEFORE.test(ctx.tokens[t - 1]?.lower ?? '')) return false;
  const owner = ctx.tokens[t - 1]?.kind === 'poss' ? mentionAt(ctx, t - 2) : mentionAt(ctx, t - 1);
  if (!owner || owner.place || isNegated(ctx, t)) return false;
  const source = idOf(ctx, owner);
  if (!source) return false;
  const addressee = ctx.tokens[t + 1]?.lower === 'on' || ctx.tokens[t + 1]?.lower === 'of' ? targetAfter(ctx, t + 2, t + 6) : undefined;
  return emit(ctx, { type: 'DEMANDS', source: owner, target: addressee ?? implicitCounterpart(ctx, source), at: t, status: readStatus(ctx, t), confidence: addressee ? 0.7 : 0.45, rule: 'noun:demand' });
}

const VERB_FORM_BEFORE = /^(to|will|would|they|we|also|can|could|may|might|should|must)$/;
