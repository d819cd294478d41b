/**
 * Finding the agent (source) of a trigger and reading its modality.
 *
 * Agent, in order of preference:
 *   1. passive with "by": "was mediated by X" → X (the clause subject becomes the patient);
 *   2. a gerund after "accused/blamed X of": "accused Kabul of sheltering" → X;
 *   3. the owner of a purpose infinitive: "the country's drive to expel" → the country;
 *   4. in a relative clause: its own subject ("which Islamabad blames") or else the
 *      antecedent ("the TTP, which has attacked");
 *   5. the first subject-like mention of the trigger's clause before the trigger, climbing to
 *      earlier clauses of the sentence (coordinated verbs share their subject: "X rejected the
 *      offer and urged …"), skipping relative clauses.
 */
import type { ClaimStatus } from '../../model/vocabulary.ts';
import { clauseAt, isSubjectLike } from '../syntax.ts';
import type { Mention } from '../types.ts';
import { actors, clauseSubject, foundInSentence, isParenthetical, mentionAt, type SentenceContext } from './context.ts';

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const DEMAND_VERBS = new Set(['urged', 'urge', 'urges', 'urging', 'called', 'call', 'calls', 'calling', 'pressed', 'pressing', 'press', 'asked', 'ask', 'asking', 'demanded', 'demanding', 'pressured', 'pushed', 'vowed', 'threatened', 'warned', 'deny', 'refused', 'declined']);

export interface Agent {
  mention: Mention | undefined;
  /** For passives and object relatives: the patient found on the way. */
  patient?: Mention;
  passive: boolean;
  /** Found through an accusation ("accused X of …"): the act is alleged. */
  embedded?: boolean;
}

/** True when the trigger at `t` is a passive participle ("was detained", "were reportedly handed"). */
export function isPassive(ctx: SentenceContext, t: number): boolean {
  if (/ing$/.test(ctx.tokens[t]!.lower)) return false; // "have been detaining" is progressive
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    const w = ctx.tokens[k]!.lower;
    if (BE.has(w)) return true;
    if (!/ly$|^(also|later|already|reportedly|allegedly|not|never|once|being|been)$/.test(w)) return false;
  }
  return false;
}

/** Mentions right after "by" within `limit` tokens after `t` (coordinated "by X and overseen by Y" included). */
export function byAgents(ctx: SentenceContext, t: number, limit = 14): Mention[] {
  const out: Mention[] = [];
  for (let k = t + 1; k < Math.min(ctx.tokens.length, t + limit); k++) {
    if (ctx.tokens[k]!.lower !== 'by') continue;
    const m = actors(ctx).find((a) => a.first > k && a.first <= k + 7 && !/^(its|their|his)$/i.test(a.surface));
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

function relativeAntecedent(ctx: SentenceContext, relAt: number): Mention | undefined {
  let k = relAt - 1;
  while (k >= 0 && ctx.tokens[k]!.kind === 'punct') k--;
  const direct = mentionAt(ctx, k);
  if (direct) return direct;
  // "the TTP, a banned organization, which …" / "X, a little-known outfit that …": the head before the apposition
  return actors(ctx).filter((m) => m.end <= relAt && relAt - m.end <= 8 && !m.place).pop();
}

/** The agent of the trigger at token `t`. */
export function findAgent(ctx: SentenceContext, t: number, allowPassive = true): Agent {
  const tokens = ctx.tokens;
  if (allowPassive && isPassive(ctx, t)) {
    const by = byAgents(ctx, t, 6)[0];
    return { mention: by, patient: subjectBefore(ctx, t), passive: true };
  }
  // "accused/blamed X of -ing …": X is the agent of the gerund
  if (tokens[t - 1]?.lower === 'of' && /ing$/.test(tokens[t]!.lower)) {
    for (const c of foundInSentence(ctx)) {
      if (c.type !== 'ACCUSES' || c.at >= t) continue;
      const target = actors(ctx).find((m) => m.first > c.at && m.first < t);
      if (target) return { mention: target, passive: false, embedded: true };
    }
  }
  // "X's drive to expel …"
  if (tokens[t - 1]?.lower === 'to' && tokens[t - 3]?.kind === 'poss') {
    const owner = mentionAt(ctx, t - 4);
    if (owner) return { mention: owner, passive: false };
  }
  let k = clauseAt(ctx.clauses, t);
  const clause = ctx.clauses[k]!;
  // "an outfit that officials believe is made up of …": the relative pronoun is the subject
  // of the verb after the parenthetical "officials believe"
  const prev = ctx.clauses[k - 1];
  if (clause.type === 'comp' && prev?.type === 'rel' && !clauseSubject(ctx, k, t)) {
    const aside = actors(ctx).find((m) => m.first >= prev.start && m.first < prev.end);
    if (aside && isParenthetical(ctx, aside)) return { mention: relativeAntecedent(ctx, prev.start), passive: false };
  }
  if (clause.type === 'rel') {
    const own = clauseSubject(ctx, k, t);
    const antecedent = relativeAntecedent(ctx, clause.start);
    if (own && !/^(which|who|that)$/.test(ctx.tokens[own.first]!.lower)) return { mention: own, patient: antecedent, passive: false };
    return { mention: antecedent, passive: false };
  }
  const fromVerbPhrase = clause.type === 'vp';
  for (; k >= 0; k--) {
    const type = ctx.clauses[k]!.type;
    if (k !== clauseAt(ctx.clauses, t) && (type === 'rel' || (fromVerbPhrase && type === 'comp'))) continue;
    const subject = clauseSubject(ctx, k, t);
    if (subject) return { mention: subject, passive: false };
  }
  return { mention: undefined, passive: false };
}

/**
 * The agent and the actors coordinated with it before the trigger: "Qatar and Turkey mediated"
 * gives both (one relation each).
 */
export function coordinatedAgents(ctx: SentenceContext, agent: Mention | undefined, t: number): Mention[] {
  if (!agent) return [];
  const out = [agent];
  let end = agent.end;
  let lastGap = '';
  for (const m of actors(ctx)) {
    if (m.first < end || m.first >= t) continue;
    const gap = ctx.tokens.slice(end, m.first).map((w) => w.lower).filter((w) => w !== 'the');
    if (m.possessive || gap.length !== 1 || !['and', ','].includes(gap[0]!)) break;
    out.push(m);
    end = m.end;
    lastGap = gap[0]!;
  }
  // "X, Y and Z" is a list; "X, the Y" without a closing "and" is an apposition
  return lastGap === 'and' ? out : [agent];
}

/** First subject-like mention in the trigger's clause before it (the patient of a passive). */
export function subjectBefore(ctx: SentenceContext, t: number): Mention | undefined {
  const k = clauseAt(ctx.clauses, t);
  const c = ctx.clauses[k]!;
  return actors(ctx).find((m) => m.first >= c.start && m.first < t && (isSubjectLike(ctx.tokens, m) || (/^(its|their)$/i.test(m.surface) && MEMBER_NOUNS.has(ctx.tokens[m.end]?.lower ?? ''))));
}

/** "their inmates were freed": members stand for their group. */
const MEMBER_NOUNS = new Set(['inmates', 'prisoners', 'fighters', 'members', 'commanders', 'leaders', 'men', 'militants', 'cadres', 'detainees']);

const NEGATORS = new Set(['not', 'never', 'no', "n't", 'neither', 'nor', 'without', 'refused', 'rejects']);

/** "did not attack", "has never refused": the trigger is negated. */
export function isNegated(ctx: SentenceContext, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    const w = ctx.tokens[k]!.lower;
    if (NEGATORS.has(w) || (w === 't' && ctx.tokens[k - 1]?.text === "'")) return true;
    if ([',', ';'].includes(ctx.tokens[k]!.text)) break;
  }
  return false;
}

/**
 * "urged Kabul to hand over militants", "vowed to strike": an act inside the complement of a
 * demand or threat is wanted, not done — the demand/threat relation already records it.
 */
export function isIrrealis(ctx: SentenceContext, t: number): boolean {
  let k = t - 1;
  // "to stop giving", "to cease harbouring": stopping an act does not assert it either
  if (/^(stop|stopping|stopped|cease|ceasing|ceased|quit|end)$/.test(ctx.tokens[k]?.lower ?? '')) return true;
  if (ctx.tokens[k]?.lower === 'not') k--;
  if (ctx.tokens[k]?.lower !== 'to') return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (DEMAND_VERBS.has(ctx.tokens[j]!.lower)) return true;
  // "made no commitment to … or to hand over": an intention that is negated
  const clauseStart = ctx.clauses[clauseAt(ctx.clauses, t)]!.start;
  return ctx.tokens.slice(clauseStart, k).some((w) => w.lower === 'no' || w.lower === 'not' || w.lower === 'never');
}

const HEDGES = new Set(['alleged', 'allegedly', 'reportedly', 'reported', 'claimed', 'claims', 'believe', 'believes', 'believed', 'suspected', 'purportedly', 'accused', 'accusing', 'blamed', 'blames', 'claim', 'insisted', 'insists']);
const DENIALS = new Set(['denied', 'denies', 'deny', 'distanced']);
const PAST = new Set(['former', 'then', 'previous', 'ex', 'erstwhile']);

/** Status from hedges in the trigger's clause and the clause that introduces it. */
export function readStatus(ctx: SentenceContext, t: number, embedded = false): ClaimStatus {
  const k = clauseAt(ctx.clauses, t);
  const from = ctx.clauses[Math.max(0, k - 1)]!.start;
  const words = ctx.tokens.slice(from, Math.min(ctx.tokens.length, t + 4)).map((w) => w.lower);
  const governing = ctx.clauses[k]!.type === 'comp' ? ctx.tokens.slice(ctx.clauses[k - 1]?.start ?? 0, ctx.clauses[k]!.start) : ctx.tokens.slice(Math.max(0, t - 2), t);
  if (!embedded && governing.some((w) => DENIALS.has(w.lower))) return 'denied'; // "denied that X attacked", "denied attacking"
  if (embedded || words.some((w) => HEDGES.has(w))) return 'alleged';
  if (ctx.tokens.slice(Math.max(0, t - 3), t).some((w) => PAST.has(w.lower))) return 'past';
  return 'stated';
}
