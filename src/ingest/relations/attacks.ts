/**
 * ATTACKS from nouns and event follow-ups, SHELTERS and SUPPORTS from phrases.
 *
 *  - "X attacks on Y", "X's airstrikes … on Y", "X launched strikes on Y", "the fight against Y
 *    and Z": attacker = the noun's possessor/modifier, else the clause's agent; targets after
 *    on/against/at, with coordinated targets ("Y and Z").
 *  - An attack without a named attacker still names a victim; later "X claimed responsibility",
 *    "responsibility was claimed by X", "the attacks were attributed to X" complete it.
 *  - "giving/offering (a home|sanctuary|safe haven) to X", "giving X sanctuary" → SHELTERS.
 *  - "Y, its principal supporter" → Y SUPPORTS the owner of "its".
 */
import { findAgent, isIrrealis, isNegated, readStatus } from './agents.ts';
import { prepositionBefore, isSubjectLike } from '../syntax.ts';
import { actors, foundInSentence, mentionAt, targetAfter, windowEnd, type SentenceContext } from './context.ts';
import { emit } from './emit.ts';

const ATTACK_NOUNS = new Set(['attack', 'attacks', 'airstrike', 'airstrikes', 'strike', 'strikes', 'assault', 'assaults', 'bombing', 'bombings', 'raid', 'raids', 'offensive', 'operation', 'operations', 'fight', 'war', 'campaign', 'shelling', 'ambush', 'ambushes', 'onslaught', 'insurgency']);
const HAVEN_NOUNS = new Set(['home', 'sanctuary', 'sanctuaries', 'haven', 'havens', 'refuge', 'shelter', 'hideouts', 'base', 'bases']);
const GIVE_VERBS = new Set(['give', 'gives', 'gave', 'given', 'giving', 'provide', 'provides', 'provided', 'providing', 'offer', 'offers', 'offered', 'offering', 'grant', 'granted', 'granting', 'extend', 'extended', 'extending', 'allow', 'allowed', 'allowing']);
const SUPPORTER_NOUNS = new Set(['supporter', 'backer', 'patron', 'sponsor', 'ally', 'benefactor']);
const ATTACK_CONTEXT = /\b(attack|attacks|attacked|bomb|bomber|bombing|blast|explosion|assault|killed|killing|death toll|suicide|ambush)\b/i;

/** Mentions coordinated with `m` ("the U.S. forces and the overthrown Afghan government"). */
function coordinated(ctx: SentenceContext, first: { end: number }): ReturnType<typeof actors> {
  const out = [];
  let end = first.end;
  for (const m of actors(ctx)) {
    if (m.first <= end) continue;
    const gap = ctx.tokens.slice(end, m.first).map((t) => t.lower).filter((w) => !['the', 'a', 'its', 'their', ','].includes(w));
    if (gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or')) {
      out.push(m);
      end = m.end;
    } else break;
  }
  return out;
}

/**
 * The victim of an attack noun sits behind on/against/at/targeting ("attacks on police"), or
 * behind "of" directly after the noun ("the bombing of X") or after a member noun
 * ("aimed at militants of X").
 */
function governedAsTarget(ctx: SentenceContext, t: number, first: number): boolean {
  const prep = prepositionBefore(ctx.tokens, first);
  if (prep === 'on' || prep === 'against' || prep === 'at' || prep === 'targeting') return true;
  if (prep !== 'of') return false;
  const ofAt = ctx.tokens.findLastIndex((x, i) => i < first && x.lower === 'of');
  return ofAt === t + 1 || /^(militants|fighters|members|hideouts|positions|camps|targets|commanders)$/.test(ctx.tokens[ofAt - 1]?.lower ?? '');
}

function attackNoun(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  if (!ATTACK_NOUNS.has(w) || isNegated(ctx, t) || isIrrealis(ctx, t)) return false;
  if ((w === 'strike' || w === 'attack') && ctx.tokens[t - 1]?.lower === 'to') return false; // infinitive verb
  // "blamed X for the attack", "claimed the bombing": the accusation/claim rules own these
  if (ctx.tokens.slice(Math.max(0, t - 4), t).some((x) => /^(for|claimed|claims|claim)$/.test(x.lower))) return false;
  const end = windowEnd(ctx, t);
  const target = actors(ctx).find((m) => m.first > t && m.first < Math.min(end, t + 14) && governedAsTarget(ctx, t, m.first));
  // possessor or modifier right before the noun: "TTP attacks", "Pakistan's airstrikes", "its attacks"
  let k = t - 1;
  while (k >= 0 && /^(coordinated|deadly|fresh|renewed|cross|border|-|suicide|terrorist|military|air|armed|recent|wave|of|a|the|its|their|new)$/.test(ctx.tokens[k]!.lower) && !mentionAt(ctx, k)) k--;
  if (ctx.tokens[k]?.kind === 'poss') k--;
  const modifier = mentionAt(ctx, k);
  const agent = modifier && !modifier.place && modifier !== target ? modifier : findAgent(ctx, t, false).mention;
  if (!target) return false;
  const status = /^(alleged|suspected)$/.test(ctx.tokens[target.first - 1]?.lower ?? '') ? 'alleged' : readStatus(ctx, t);
  ctx.memory.lastVictim = target.id || ctx.memory.lastVictim;
  let kept = false;
  for (const m of [target, ...coordinated(ctx, target)]) kept = emit(ctx, { type: 'ATTACKS', source: agent, target: m, at: t, status, rule: `noun:${ctx.tokens[t]!.lower}` }) || kept;
  return kept;
}

/** "X claimed responsibility / the attack", "responsibility was claimed by X", "attacks were attributed to X". */
function claimOrAttribution(ctx: SentenceContext, t: number): boolean {
  const w = ctx.tokens[t]!.lower;
  const window = ctx.tokens.slice(Math.max(0, t - 4), t + 4).map((x) => x.lower);
  let agent;
  if (/^claim(ed|s|ing)?$/.test(w) && window.some((x) => x === 'responsibility' || /^(attack|attacks|bombing|blast|assault)$/.test(x))) {
    agent = ctx.tokens[t + 1]?.lower === 'by' ? actors(ctx).find((m) => m.first > t + 1 && m.first <= t + 4) : findAgent(ctx, t, false).mention;
  } else if (w === 'attributed' && ctx.tokens.slice(Math.max(0, t - 5), t).some((x) => /^(attack|attacks|assault|bombing|bombings|violence)$/.test(x.lower)) && ctx.tokens[t + 1]?.lower === 'to') {
    agent = actors(ctx).find((m) => m.first > t + 1 && m.first <= t + 4);
  } else return false;
  if (!agent || !ctx.memory.lastVictim) return false;
  return emit(ctx, { type: 'ATTACKS', source: agent, target: ctx.memory.lastVictim, at: t, status: readStatus(ctx, t), confidence: 0.6, claim: true, rule: 'claim-or-attribution' });
}

function shelterPhrase(ctx: SentenceContext, t: number): boolean {
  if (!GIVE_VERBS.has(ctx.tokens[t]!.lower) || isNegated(ctx, t) || isIrrealis(ctx, t)) return false;
  const havenAt = ctx.tokens.findIndex((x, i) => i > t && i <= t + 5 && HAVEN_NOUNS.has(x.lower));
  if (havenAt < 0) return false;
  const inner = actors(ctx).find((m) => m.first > t && m.end <= havenAt);
  const target = inner ?? (/^(to|for)$/.test(ctx.tokens[havenAt + 1]?.lower ?? '') ? targetAfter(ctx, havenAt + 1, havenAt + 6, new Set(['to', 'for'])) : undefined);
  if (!target) return false;
  const agent = findAgent(ctx, t, false);
  return emit(ctx, { type: 'SHELTERS', source: agent.mention, target, at: t, status: readStatus(ctx, t, agent.embedded), rule: 'give-haven' });
}

function supporterApposition(ctx: SentenceContext, t: number): boolean {
  if (!SUPPORTER_NOUNS.has(ctx.tokens[t]!.lower)) return false;
  let k = t - 1;
  while (k >= 0 && /^(principal|main|chief|key|biggest|major|state|staunch|longtime|former|old|closest|military|financial)$/.test(ctx.tokens[k]!.lower)) k--;
  const owner = mentionAt(ctx, k);
  if (!owner || !/^(its|their)$/i.test(owner.surface) || ctx.tokens[k - 1]?.text !== ',') return false;
  const supporter = mentionAt(ctx, k - 2);
  if (!supporter) return false;
  // the owner of "its" is the clause's agent, not the supporter itself
  const agent = findAgent(ctx, k, false).mention;
  return emit(ctx, { type: 'SUPPORTS', source: supporter, target: agent ?? owner, at: t, status: 'stated', confidence: 0.7, rule: 'supporter-apposition' });
}

/** Records victims named in casualty reports ("… police personnel among the dead") for later claims. */
export function noteVictims(ctx: SentenceContext): void {
  if (!ATTACK_CONTEXT.test(ctx.sentence.text)) return;
  const victims = actors(ctx).filter((m) => m.kind === 'SecurityForce' && !m.anaphor && !/according/i.test(ctx.tokens[m.first - 2]?.lower ?? '') && !isSubjectLike(ctx.tokens, m));
  const last = victims.pop();
  if (last && !foundInSentence(ctx).some((c) => c.type === 'ATTACKS')) ctx.memory.lastVictim = last.id;
}

/** Applies the noun and phrase rules at token `t`. */
export function matchAttackAndShelter(ctx: SentenceContext, t: number): boolean {
  return claimOrAttribution(ctx, t) || attackNoun(ctx, t) || shelterPhrase(ctx, t) || supporterApposition(ctx, t);
}
