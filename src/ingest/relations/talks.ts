/**
 * NEGOTIATES_WITH, CEASEFIRE_WITH and MEDIATES.
 *
 *  - "talks/negotiations/dialogue with X" (party: the noun's owner or the clause's agent) and
 *    "talks between X and Y"; "between the two sides" means the article's principal pair.
 *  - "ceasefire/truce with X", "its ceasefire", "ended the truce": a truce without a named
 *    partner is with the agent's implicit counterpart; ending words make the status "ended".
 *  - Mediators: "mediated by X", "X mediated / acted as a mediator / offered to mediate",
 *    "talks … at the request/insistence of X". The mediated parties are those of the talks in
 *    the same sentence, else the article's principal negotiating pair (resolved after reading
 *    the whole article, since talks are often named after the mediator).
 *  - "X was representing Y in the talks" → X negotiates with Y's counterpart.
 */
import { byAgents, coordinatedAgents, findAgent, isIrrealis, isNegated, readStatus } from './agents.ts';
import { actors, foundInSentence, idOf, mentionAt, targetAfter, type ArticleMemory, type SentenceContext } from './context.ts';
import { emit } from './emit.ts';
import { implicitCounterpart } from './implicit.ts';
import type { ArticleState } from '../article-state.ts';

const TALK_NOUNS = new Set(['talks', 'negotiations', 'negotiation', 'dialogue', 'discussions', 'peace', 'parleys']);
const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice']);
const ENDING = /^(ended|ending|ends|terminated|terminating|termination|terminate|collapsed|collapse|collapses|broke|broken|breaking|scrapped|abandoned|expired|violated|violating|violation|violations|end)$/;
const MEDIATE_WORDS = new Set(['mediate', 'mediated', 'mediates', 'mediating', 'mediator', 'mediators', 'mediation', 'brokered', 'brokering', 'broker', 'facilitated', 'facilitating', 'facilitator']);

function pairBetween(ctx: SentenceContext, from: number): [string, string] | 'principal' | null {
  const at = ctx.tokens.findIndex((w, i) => i >= from && i <= from + 5 && w.lower === 'between');
  if (at < 0) return null;
  const [a, b] = actors(ctx).filter((m) => m.first > at && m.first <= at + 14);
  if (a?.anaphor === 'pair') return 'principal';
  const ida = idOf(ctx, a);
  const idb = idOf(ctx, b, undefined, ida);
  return ida && idb ? [ida, idb] : null;
}

function recordTalks(memory: ArticleMemory, a: string, b: string): void {
  const hit = memory.talks.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  if (hit) hit.count++;
  else memory.talks.push({ a, b, count: 1 });
}

/** The principal negotiating pair of the article: most often named, earliest on ties. */
export function principalPair(memory: ArticleMemory): [string, string] | null {
  let best: ArticleMemory['talks'][number] | undefined;
  for (const p of memory.talks) if (!best || p.count > best.count) best = p;
  return best ? [best.a, best.b] : null;
}

function talkNoun(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  if (!TALK_NOUNS.has(w) || (w === 'peace' && ctx.tokens[t + 1]?.lower !== 'talks') || isNegated(ctx, t) || isIrrealis(ctx, t)) return false;
  const between = pairBetween(ctx, t + 1);
  if (Array.isArray(between)) {
    recordTalks(ctx.memory, between[0], between[1]);
    return emit(ctx, { type: 'NEGOTIATES_WITH', source: between[0], target: between[1], at: t, status: readStatus(ctx, t), rule: 'talks-between' });
  }
  const withAt = ctx.tokens.findIndex((x, i) => i > t && i <= t + 3 && x.lower === 'with');
  if (withAt < 0) {
    // "Islamabad and the TTP held talks": the coordinated subjects are the parties
    const [a, b] = coordinatedAgents(ctx, findAgent(ctx, t, false).mention, t).map((m) => idOf(ctx, m));
    if (!a || !b || a === b) return false;
    recordTalks(ctx.memory, a, b);
    return emit(ctx, { type: 'NEGOTIATES_WITH', source: a, target: b, at: t, status: readStatus(ctx, t), rule: 'parties-held-talks' });
  }
  const partner = targetAfter(ctx, withAt + 1, withAt + 5, new Set(['with']));
  const agent = findAgent(ctx, t, false).mention;
  const source = idOf(ctx, agent);
  const target = idOf(ctx, partner, undefined, source);
  if (!emit(ctx, { type: 'NEGOTIATES_WITH', source: agent, target: partner, at: t, status: readStatus(ctx, t), rule: 'talks-with' })) return false;
  const last = ctx.memory.found[ctx.memory.found.length - 1]!;
  recordTalks(ctx.memory, last.source, last.target || target);
  return true;
}

/** "terminated the truce", "the truce collapsed", "end the ceasefire" — not "until the end of the month". */
function endsNear(ctx: SentenceContext, t: number): boolean {
  for (let k = Math.max(0, t - 5); k < Math.min(ctx.tokens.length, t + 8); k++) {
    const w = ctx.tokens[k]!.lower;
    if (!ENDING.test(w)) continue;
    if (w === 'end' && !/^(to|will|would|did|not|could|may|must)$/.test(ctx.tokens[k - 1]?.lower ?? '')) continue;
    if (w === 'end' && ctx.tokens[k + 1]?.lower === 'of') continue;
    return true;
  }
  return false;
}

function truceNoun(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  const isTruce = TRUCE_NOUNS.has(w) || (w === 'cease' && ctx.tokens[t + 2]?.lower === 'fire');
  if (!isTruce || isNegated(ctx, t)) return false;
  const next = w === 'cease' ? t + 3 : t + 1;
  const status = endsNear(ctx, t) ? 'ended' : readStatus(ctx, t);
  const between = pairBetween(ctx, next);
  if (Array.isArray(between)) return emit(ctx, { type: 'CEASEFIRE_WITH', source: between[0], target: between[1], at: t, status, rule: 'truce-between' });
  let k = t - 1;
  while (k >= 0 && /^(month|long|-|earlier|indefinite|fragile|unilateral|the|a)$/.test(ctx.tokens[k]!.lower)) k--;
  const owner = mentionAt(ctx, ctx.tokens[k]?.kind === 'poss' ? k - 1 : k);
  const agent = owner && !owner.place ? owner : findAgent(ctx, t, false).mention;
  const partner = ctx.tokens[next]?.lower === 'with' ? targetAfter(ctx, next + 1, next + 5, new Set(['with'])) : undefined;
  const source = idOf(ctx, agent);
  if (!source) return false;
  const target = partner ?? implicitCounterpart(ctx, source);
  return emit(ctx, { type: 'CEASEFIRE_WITH', source: agent, target, at: t, status, confidence: partner ? 0.8 : 0.5, rule: 'truce' });
}

function mediationParties(ctx: SentenceContext, t: number): [string, string] | 'principal' {
  const between = pairBetween(ctx, t + 1);
  if (Array.isArray(between)) return between;
  const here = foundInSentence(ctx).filter((c) => c.type === 'NEGOTIATES_WITH').pop();
  return here ? [here.source, here.target] : 'principal';
}

function addMediation(ctx: SentenceContext, mediator: string, parties: [string, string] | 'principal', at: number, rule: string): boolean {
  const run = (memory: ArticleMemory, _state: ArticleState): void => {
    const pair = parties === 'principal' ? principalPair(memory) : parties;
    if (!pair) return;
    for (const party of pair) if (party !== mediator) emit(ctx, { type: 'MEDIATES', source: mediator, target: party, at, status: 'stated', confidence: parties === 'principal' ? 0.6 : 0.75, rule });
  };
  if (parties === 'principal') ctx.memory.pending.push(run);
  else run(ctx.memory, ctx.state);
  return true;
}

function mediation(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  // "talks … at the request / insistence / invitation of X"
  if (/^(request|insistence|invitation|behest|urging)$/.test(w) && ctx.tokens[t - 2]?.lower === 'at' && ctx.tokens[t + 1]?.lower === 'of') {
    const hasTalks = ctx.tokens.some((x) => TALK_NOUNS.has(x.lower));
    const mediator = idOf(ctx, targetAfter(ctx, t + 2, t + 7, new Set(['of'])));
    return hasTalks && Boolean(mediator) && addMediation(ctx, mediator, mediationParties(ctx, t), t, 'at-the-request-of');
  }
  if (!MEDIATE_WORDS.has(w) || isNegated(ctx, t)) return false;
  const agent = findAgent(ctx, t);
  const mediators = agent.passive ? byAgents(ctx, t, 24) : coordinatedAgents(ctx, agent.mention, t);
  let kept = false;
  for (const m of mediators) {
    const id = idOf(ctx, m);
    if (id) kept = addMediation(ctx, id, mediationParties(ctx, t), t, 'mediate') || kept;
  }
  return kept;
}

function representing(ctx: SentenceContext, t: number): boolean {
  if (!/^represent(ing|ed|s)?$/.test(ctx.tokens[t]!.lower)) return false;
  if (!ctx.tokens.slice(t + 1, t + 8).some((x) => TALK_NOUNS.has(x.lower))) return false;
  const agent = findAgent(ctx, t, false).mention;
  const side = idOf(ctx, targetAfter(ctx, t + 1, t + 4));
  const source = idOf(ctx, agent);
  if (!source || !side) return false;
  const status = readStatus(ctx, t);
  ctx.memory.pending.push((memory) => {
    const pair = principalPair(memory);
    const other = pair && (pair[0] === side ? pair[1] : pair[1] === side ? pair[0] : '');
    if (other) emit(ctx, { type: 'NEGOTIATES_WITH', source, target: other, at: t, status, confidence: 0.6, rule: 'representing-in-talks' });
  });
  return true;
}

/** Applies the talks, truce and mediation rules at token `t`. */
export function matchTalks(ctx: SentenceContext, t: number): boolean {
  return talkNoun(ctx, t) || truceNoun(ctx, t) || mediation(ctx, t) || representing(ctx, t);
}
