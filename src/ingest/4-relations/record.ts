/**
 * Recording what a pattern found: every source × target pair through the shared `emit`
 * (kind constraints per type, spokesperson lifting, own-side filter), symmetric types as
 * unordered pairs, and reported speech turned into `alleged`.
 */
import type { ClaimStatus, RelationType } from '../../model/vocabulary.ts';
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { sourcesOf } from './nominal.ts';
import { lightVerbOf } from './parties.ts';
import { lexicon } from '../lexicon.ts';
import { affiliationIn, bodyOfPerson, emit, kind, sideOf } from './emit.ts';
import type { Mention } from '../types.ts';
import { oldTokenAt, type ClauseContext } from './clause-context.ts';
import { isActor, mentionsAt } from './arguments.ts';
import { earlierEvent, patientNodes } from './frame.ts';
import { speakerOf, type Factuality } from './factuality.ts';
import { RESPONSE_REACH } from './responses.ts';

/** Light verbs of accusation nouns ("made the allegation that …"): their subject owns the claim. */
let accusationLight: string[] | undefined;
const ACCUSATION_LIGHT = (): string[] =>
  (accusationLight ??= lexicon()
    .predicates.filter((p) => p.type === 'ACCUSES')
    .flatMap((p) => p.light));

/** Relation types whose report by a third party is an accusation against the source. */
const ACCUSATORY = new Set<RelationType>(['SHELTERS', 'SUPPORTS', 'ATTACKS']);

export interface Found {
  type: RelationType;
  sources: Mention[];
  targets: Mention[];
  at: DepToken;
  rule: string;
  fact: Factuality;
  status?: ClaimStatus;
  confidence?: number;
  /** A responsibility claim: a member's claim is the group's (emit `claim`). */
  claim?: boolean;
  /** An act that is not the attack a later claim or "the attack" refers to (a response to it). */
  keepsLastAttack?: boolean;
  /** An act that, reported by one side about another, is only that side's charge: the charge is kept, not the act. */
  chargeOnly?: boolean;
}

/** Emits every pair; returns how many were kept. */
export function record(ctx: ClauseContext, found: Found): number {
  if (!found.fact.factual) return 0;
  const f = { ...found, sources: found.sources.flatMap((s) => reportingSpeaker(ctx, s, found.fact.speechVerb) ?? [s]) };
  let status: ClaimStatus = f.status ?? f.fact.status;
  let accusers: Mention[] = [];
  if (f.fact.speechVerb !== undefined && (status === 'stated' || status === 'past')) {
    const said = tok(ctx.g, f.fact.speechVerb);
    const speaker = speakerOf(ctx.g, f.fact.speechVerb);
    // a claim noun's owner may be a nationality adjective ("Pakistani allegations that …")
    const speakers = said?.pos.startsWith('NN')
      ? sourcesOf(ctx, said, lightVerbOf(ctx, said, ACCUSATION_LIGHT()))
      : speaker !== undefined
        ? speakerMentions(ctx, speaker)
        : [];
    // a speaker reporting their own (or their own state's forces') act states it
    if (!sameSide(ctx, speakers, f.sources)) {
      status = 'alleged';
      // one side saying another shelters or backs someone is an accusation ("Islamabad says Kabul
      // shelters the TTP"); not when the other is only inferred ("police said militants attacked")
      // nor when the speaker is no party to the conflict (a UN team, a newspaper, an analyst)
      // nor when the act is background in a relative clause ("revenge for the offensive the army
      // launched against us" tells of the offensive; it accuses no one of it)
      if (ACCUSATORY.has(f.type) && f.sources.some((s) => s.via !== 'unnamed') && !relativeBetween(ctx, f.at.i, f.fact.speechVerb))
        accusers = speakers.filter((p) => isParty(ctx, p));
    }
  }
  let kept = 0;
  const at = oldTokenAt(ctx, f.at);
  // an attack told as the time of another ("days after Y killed X") is not the one a later claim or "the attack" refers to
  const memory = ctx.memory;
  const last =
    f.type === 'ATTACKS' && (f.keepsLastAttack || earlierEvent(ctx.g, f.at) || counterAttack(ctx, f)) ? lastAttack(memory) : undefined;
  const accused: Mention[] = [];
  const hosting = f.type === 'SHELTERS' && lexicon().sets.hostingVerbs.has(f.at.lem);
  for (const s of f.sources)
    for (const t of f.targets) {
      if (s === t) continue;
      // "killing Front fighters and destroying their posts": a pronoun that would make a side
      // attack another of its own has the wrong antecedent (one naming the attacker itself is
      // re-resolved by emit, which excludes the source)
      if (f.type === 'ATTACKS' && t.anaphor && t.id !== s.id && sameSide(ctx, [s], [t])) continue;
      if (f.chargeOnly && status === 'alleged') {
        if (isActor(s) && isActor(t) && s.id !== t.id && !accused.includes(s)) accused.push(s);
        continue;
      }
      if (
        emit(ctx, {
          type: f.type,
          source: s,
          target: t,
          at,
          rule: f.rule,
          status,
          confidence: f.confidence ?? 0.8,
          claim: f.claim,
          hosting,
        })
      ) {
        kept++;
        if (!accused.includes(s)) accused.push(s);
      }
    }
  if (last) Object.assign(memory, last);
  // only a reported act that was itself kept (both ends resolved, not an actor against itself)
  if (accusers.length && accused.length)
    record(ctx, {
      ...f,
      type: 'ACCUSES',
      sources: accusers,
      targets: accused,
      rule: 'reported:accusation',
      fact: { ...f.fact, speechVerb: undefined },
      status: 'stated',
    });
  if (kept && (f.type === 'NEGOTIATES_WITH' || f.type === 'CEASEFIRE_WITH')) noteTalks(ctx, f.sources, f.targets);
  return kept;
}

/** Pronouns that may report their own speaker (person or body). */
const LOGOPHORIC = new Set(['he', 'it', 'they', 'group']);

/**
 * Construction class: a pronoun reporting its speaker. "the militants said they had executed
 * the soldiers", "the Front said it would fight on", "Brandt said he had ordered the raid": the
 * pronoun subject of a clause that a verb of saying reports is the speaker, when the speaker is
 * a named actor of the pronoun's sort (a person for "he", a body otherwise).
 */
function reportingSpeaker(ctx: ClauseContext, m: Mention, speechVerb: number | undefined): Mention[] | undefined {
  if (speechVerb === undefined || !m.anaphor || !LOGOPHORIC.has(m.anaphor)) return undefined;
  const at = [...ctx.mentionOf].find(([, x]) => x === m)?.[0];
  const subject = at === undefined ? undefined : tok(ctx.g, at);
  if (subject?.rel !== 'nsubj') return undefined;
  let clause = tok(ctx.g, subject.head);
  while (clause?.rel === 'conj') clause = tok(ctx.g, clause.head);
  const speaker = speakerOf(ctx.g, speechVerb);
  // (a verb of saying: the content of a claim noun — "Valdoria's charge that it funds …" — tells of another)
  if (clause?.rel !== 'ccomp' || clause.head !== speechVerb || !tok(ctx.g, speechVerb)?.pos.startsWith('VB') || speaker === undefined)
    return undefined;
  const person = m.anaphor === 'he';
  const speakers = speakerMentions(ctx, speaker).filter((x) => x.id && !x.anaphor && (x.kind === 'Person') === person);
  return speakers.length ? speakers : undefined;
}

/**
 * Construction class: the attacked side killing its attackers. "Six gunmen stormed the Levy
 * post … Levy troops shot dead all six attackers" answers that attack: an attack by the last
 * attack's victim on its attacker (or on unnamed fighters) within `RESPONSE_REACH` sentences, or
 * one by security forces on unnamed attackers ("troops killed all four gunmen" after an attack on
 * a school) within `GUARD_REACH` sentences. Like a response (responses.ts) it is not the attack a
 * later claim or blame refers to.
 */
function counterAttack(ctx: ClauseContext, f: Found): boolean {
  const m = ctx.memory;
  const since = ctx.sentence.index - m.lastVictimSentence;
  if (!m.lastVictim || since > GUARD_REACH) return false;
  // (its attackers by name, or as unnamed fighters: "all ten attackers" when the last attack was told of another group)
  // (or, when the last attack's attacker is not known yet, an armed group's fighters: "troops
  // killed ten fighters of the League" after an unclaimed attack on them; not its camp, a raid of
  // its own)
  const fighters = patientNodes(ctx.g, f.at).some((n) => lexicon().sets.unnamedFighters.has(tok(ctx.g, n)?.lem ?? ''));
  const attackers = f.targets.every(
    (t) => (m.lastAttacker ? t.id === m.lastAttacker : fighters && kind(ctx, t.id) === 'ArmedGroup') || t.via === 'unnamed',
  );
  // (or security forces killing the unnamed attackers of a place they guard: "troops and police
  // killed all four gunmen" after an attack on a university)
  const guards = f.sources.every((s) => kind(ctx, s.id) === 'SecurityForce') && f.targets.every((t) => t.via === 'unnamed');
  return attackers && ((since <= RESPONSE_REACH && f.sources.some((s) => s.id === m.lastVictim)) || guards);
}

/**
 * How many sentences after an attack security forces killing "the attackers" still answer it: a
 * report tells the attack, then quotes and the siege, then how it ended.
 */
export const GUARD_REACH = 10;

/** The article memory's record of the last attack (what emit updates for an ATTACKS relation). */
function lastAttack({ lastVictim, lastVictimSentence, lastAttacker, inferredAttack }: ClauseContext['memory']) {
  return { lastVictim, lastVictimSentence, lastAttacker, inferredAttack };
}

/**
 * True when the way up from token `from` to its governor `to` passes a relative clause, or
 * `from` is an act noun whose own verb is in one ("the offensive the army launched").
 */
function relativeBetween(ctx: ClauseContext, from: number, to: number): boolean {
  if (tok(ctx.g, from)?.pos.startsWith('NN') && kids(ctx.g, from, 'acl:relcl').length) return true;
  for (let t = tok(ctx.g, from), hops = 0; t && t.i !== to && hops < 10; t = tok(ctx.g, t.head), hops++)
    if (t.rel === 'acl:relcl') return true;
  return false;
}

/**
 * True when a source is one of the speakers, or belongs to the same state apparatus as one
 * (knowledge: `stateSideOf`): the speaker reports their own side's act.
 */
/** A side of the conflict: a state body, an armed group or party, or a person the article or knowledge base ties to one. */
export function isParty(ctx: ClauseContext, m: Mention): boolean {
  const k = kind(ctx, m.id);
  if (k === 'Organization' || k === 'Location') return false;
  if (k !== 'Person') return true;
  return Boolean(bodyOfPerson(ctx, m.id) ?? sideOf(ctx, m.id));
}

/**
 * Construction class: a speaker named by what it speaks for ("its defence ministry said", "a
 * spokesman for the group, X, said"): the speaker noun's own mention, else its apposed name, else
 * the body that owns it (possessor, compound or "for"/"of" phrase).
 */
export function speakerMentions(ctx: ClauseContext, speaker: number): Mention[] {
  const own = mentionsAt(ctx, speaker);
  // ("the army chief, General X, said": the person in apposition to a title speaks, not the body
  // the title word names — statements by leaders are the person's)
  const person = kids(ctx.g, speaker, 'appos')
    .flatMap((c) => mentionsAt(ctx, c.i))
    .filter((m) => m.kind === 'Person');
  if (own.length && person.length && !own.some((m) => m.kind === 'Person')) return person;
  if (own.length) return own;
  for (const rels of [['appos'], ['nmod:poss', 'compound', 'nmod']] as const) {
    const found = kids(ctx.g, speaker, ...rels).flatMap((c) => mentionsAt(ctx, c.i));
    if (found.length) return found;
  }
  return [];
}

/** The speaker at token `speaker` (see speakerMentions), when a party to the conflict (an analyst or a paper is not). */
export function partySpeakers(ctx: ClauseContext, speaker: number | undefined): Mention[] {
  return speaker === undefined ? [] : speakerMentions(ctx, speaker).filter((m) => isParty(ctx, m));
}

export function sameSide(ctx: ClauseContext, speakers: Mention[], sources: Mention[]): boolean {
  // a spokesman, leader or member speaks for their body ("the Front's spokesman said its fighters …")
  const bodyOf = (p: Mention) => bodyOfPerson(ctx, p.id);
  if (sources.some((s) => speakers.some((p) => p.id === s.id || bodyOf(p) === s.id))) return true;
  const sides = new Set(speakers.map((s) => sideOf(ctx, s.id)).filter(Boolean));
  return sources.some((s) => sides.has(sideOf(ctx, s.id)));
}

/** Records the pair for later mediation sentences ("Qatar hosted the talks"). */
function noteTalks(ctx: ClauseContext, a: Mention[], b: Mention[]): void {
  const x = a[0]?.id;
  const y = b[0]?.id;
  if (!x || !y || x === y) return;
  const entry = ctx.memory.talks.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
  if (entry) entry.count++;
  else ctx.memory.talks.push({ a: x, b: y, count: 1 });
}

/** The most-mentioned negotiating pair of the article so far, if any. */
export function principalTalks(ctx: ClauseContext): [string, string] | null {
  let best: { a: string; b: string; count: number } | null = null;
  for (const p of ctx.memory.talks) if (!best || p.count > best.count) best = p;
  return best ? [best.a, best.b] : null;
}

/** Dyadic conflict types whose pairs make an article's principal dyad when it reports no talks. */
const DYADIC = new Set<RelationType>(['ATTACKS', 'CEASEFIRE_WITH', 'ACCUSES', 'THREATENS', 'DEMANDS', 'REJECTS']);

/**
 * The article's principal dyad so far: its principal negotiating pair, else the pair of
 * non-persons with most conflict relations (ties: the first). What "both sides", "the two
 * sides" and a mediator with no parties named refer to.
 */
export function principalDyad(ctx: ClauseContext, statesOnly = false): [string, string] | null {
  const kindOf = (id: string) => ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind;
  // "the two countries", "both neighbours": only a pair of governments will do
  const fits = (pair: readonly string[]) => !statesOnly || pair.every((id) => kindOf(id) === 'Government');
  // talks between two persons are between their sides: the body each leads or serves in; a
  // state's forces stand for their state ("the two sides agreed to a ceasefire" after border clashes)
  const side = (id: string) => {
    const body =
      kindOf(id) === 'Person'
        ? (ctx.memory.roles.get(id)?.find((r) => r.type !== 'SPOKESPERSON_FOR')?.target ?? affiliationIn(ctx, id) ?? id)
        : id;
    return kindOf(body) === 'SecurityForce' ? (sideOf(ctx, body) ?? body) : body;
  };
  const talks = principalTalks(ctx);
  if (talks) {
    const [a, b] = talks.map(side) as [string, string];
    const pair: [string, string] = a === b ? talks : [a, b];
    if (fits(pair)) return pair;
  }
  const counts = new Map<string, number>();
  for (const f of ctx.memory.found) {
    if (!DYADIC.has(f.type) || kindOf(f.source) === 'Person' || kindOf(f.target) === 'Person') continue;
    const pair = [side(f.source), side(f.target)];
    if (pair[0] === pair[1] || !fits(pair)) continue;
    const key = pair.sort().join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of counts) if (!best || n > counts.get(best)!) best = key;
  return best ? (best.split('\u0000') as [string, string]) : null;
}

/** Records `type` each way between every pair of `sides` ("A and B fought each other", "clashes between A and B"). */
export function recordEachWay(ctx: ClauseContext, type: RelationType, sides: Mention[], at: DepToken, fact: Factuality): void {
  const rule = `reciprocal:${type.toLowerCase()}`;
  for (const [a, b] of pairsOf(sides)) {
    record(ctx, { type, sources: [a], targets: [b], at, rule, fact });
    record(ctx, { type, sources: [b], targets: [a], at, rule, fact });
  }
}

/** True when `parties` name at least two different actors ("A and B", not "A and A"). */
export function twoSidesAmong(parties: readonly Mention[]): boolean {
  return new Set(parties.map((m) => m.id)).size >= 2;
}

/** All pairs of a party list (for "A, B and C held talks"). */
export function pairsOf(parties: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) if (parties[i]!.id !== parties[j]!.id) out.push([parties[i]!, parties[j]!]);
  return out;
}
