/**
 * Relations stated by a verb, in any clause construction (see frame.ts for active, passive,
 * reduced relative, relative clause, coordination and control).
 *
 * Target construction classes: the direct object; a typed preposition of the verb ("fired on
 * X", "called on X"); the subject of a content clause ("alleged that X…", "demanded that X…");
 * for threats and demands, the target of the controlled verb ("threatened to attack X");
 * for rejections, the owner of the offer or demand rejected ("rejected the TTP's offer").
 */
import {
  caseOf,
  isDefinite,
  isFiniteOrPerfect,
  kids,
  subtreeSpan,
  tok,
  type DepGraph,
  type DepToken,
} from '../2-parse/dependency-graph.ts';
import { kind, roleOf } from './emit.ts';
import { foughtGovernments } from '../article-state.ts';
import { captorsOnCaptives, custodyAgents, earlierCaptors, jailersOfFighters, passedWithinSide } from './custody.ts';
import { coordinatedObject, isWarFoughtFor, sourcesOf } from './nominal.ts';
import type { Mention } from '../types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { implicitAsker, noteSummoner } from './summons.ts';
import { bareSubjunctive, factualityOf, questioned, type Factuality } from './factuality.ts';
import {
  activeSubjects,
  agentNodes,
  amongThose,
  conditionClauses,
  earlierEvent,
  hostileMeans,
  isPassive,
  joinedPartners,
  patientNodes,
  revengeTaken,
} from './frame.ts';
import { hasWord, isAttackLightVerb, isHostileAct, lexicon, nounOf, reachesAct, type Predicate } from '../lexicon.ts';
import { byId, lightVerbOf, mediationParties, stateModifier } from './parties.ts';
import { GUARD_REACH, pairsOf, record, recordEachWay, sameSide, speakerMentions, twoSidesAmong } from './record.ts';
import { reportingParty } from './aim.ts';
import { answersAttack, avengedAttacker } from './retaliation.ts';

/** Predicates a verb token can state, with the preposition its phrasal form requires. */
function predicatesFor(ctx: ClauseContext, v: DepToken): Array<{ pred: Predicate; prep?: string }> {
  const L = lexicon();
  const out: Array<{ pred: Predicate; prep?: string }> = [];
  // (an adverb after the verb that makes a phrasal verb of the lexicon is its particle, also
  // past the object: "brushed aside the charge", "brought A and B together")
  const adverb = kids(ctx.g, v.i, 'advmod').find((a) => a.i > v.i && L.verbs.has(`${v.lem} ${a.lem}`))?.lem;
  // (and, for an attack verb of removal, the particle the parser reads as the first word of a
  // compound preposition past the object: "drove the Front out of the valley")
  const removal = (c: DepToken) => (L.verbs.get(`${v.lem} ${c.lem}`) ?? []).some((p) => p.type === 'ATTACKS');
  const compound = kids(ctx.g, v.i, 'obl')
    .flatMap((o) => kids(ctx.g, o.i, 'case'))
    .find((c) => c.i > v.i && tok(ctx.g, c.i + 1)?.lem === 'of' && removal(c))?.lem;
  const prt = kids(ctx.g, v.i, 'compound:prt')[0]?.lem ?? adverb ?? compound;
  for (const [key, preds] of L.verbs) {
    const [lemma, word] = key.split(' ');
    if (lemma !== v.lem) continue;
    if (!word) {
      if (!prt || !L.verbs.has(`${v.lem} ${prt}`)) for (const pred of preds) out.push({ pred });
      continue;
    }
    // (a particle of no phrasal verb of the lexicon leaves the prepositional form: "sat down with X", "met up with X")
    if (prt === word) for (const pred of preds) out.push({ pred });
    else if ((!prt || !L.verbs.has(`${v.lem} ${prt}`)) && verbPhrases(ctx, v, word).length)
      for (const pred of preds) out.push({ pred, prep: word });
  }
  return out.length ? out : idiomPredicates(ctx, v);
}

/**
 * Construction class: a verb idiom with a fixed prepositional phrase (lexicon `verbIdioms`: "were
 * sent to hell by the troops", "put the hostages to death"): the predicates of the verb it means.
 * Construction class: a resultative of harm (a two-word idiom: "left 20 people dead", "leaving two
 * guards dead"): the adjective after the object — read by the parser as the object's modifier,
 * or as the verb's complement (its small-clause subject made the object: phrase-repairs.ts) —
 * makes the verb the one the idiom means, with the same object.
 */
function idiomPredicates(ctx: ClauseContext, v: DepToken): Array<{ pred: Predicate }> {
  const means = idiomMeaning(ctx, v);
  return means ? (lexicon().verbs.get(means) ?? []).map((pred) => ({ pred })) : [];
}

/** The verb of predicates.yaml that verb `v` means with its fixed phrase (lexicon `verbIdioms`), if any. */
export function idiomMeaning(ctx: ClauseContext, v: DepToken): string | undefined {
  const fixed = (prep: string, noun: string) =>
    prep
      ? kids(ctx.g, v.i, 'obl').some((o) => o.lem.toLowerCase() === noun && kids(ctx.g, o.i, 'case').some((c) => c.lem === prep))
      : kids(ctx.g, v.i, 'xcomp').some((x) => x.lem === noun) ||
        kids(ctx.g, v.i, 'obj').some((o) => kids(ctx.g, o.i, 'amod').some((a) => a.lem === noun && a.i > o.i));
  return lexicon().verbIdioms.find((x) => x.verb === v.lem && fixed(x.prep, x.noun))?.means;
}

/**
 * The `prep` phrases of verb `v`, or when it has none, of its object: the parser often hangs the
 * target of a prepositional verb on the object ("sought an explanation from Kabul").
 */
function verbPhrases(ctx: ClauseContext, v: DepToken, prep: string): ReturnType<typeof prepMentions> {
  const own = prepMentions(ctx, v.i, [prep]);
  return own.length ? own : kids(ctx.g, v.i, 'obj').flatMap((o) => prepMentions(ctx, o.i, [prep]));
}

function all(ctx: ClauseContext, nodes: number[]): Mention[] {
  for (const n of nodes) {
    const ms = mentionsAt(ctx, n);
    if (ms.length) return ms;
  }
  return [];
}

/**
 * Owners of the offer, demand or proposal node `n` ("the TTP's offer", "an offer from X", "the
 * Valdorian proposal"); "the
 * demand" (or "the offer") with no owner, within three sentences of a demand (an offer), is that
 * demand (its maker); so is an indefinite one summing up the clause before (`summarisesClause`).
 */
export function ownersOf(ctx: ClauseContext, n: number): Mention[] {
  const direct = mentionsAt(ctx, n);
  if (direct.length) return direct;
  const t = tok(ctx.g, n);
  const isDemand = (lexicon().nouns.get(t?.lem ?? '') ?? []).some((p) => p.type === 'DEMANDS');
  // (an offer, plan or demand: lexicon `irrealis` nouns; "the Pakistani account" is no offer)
  const offerLike = isDemand || lexicon().sets.irrealis.has(t?.lem ?? '');
  for (const c of kids(ctx.g, n, 'nmod:poss', 'compound', 'amod')) {
    const ms = mentionsAt(ctx, c.i);
    if (ms.length) return ms;
    // "the Pakistani proposal": a nationality adjective owns an offer for its state's government
    const state = c.rel === 'nmod:poss' || !offerLike ? undefined : stateModifier(ctx, c);
    if (state) return [state];
  }
  // (not unnamed people in an of-phrase: "ruled out any withdrawal of troops" rejects whoever
  // demanded the withdrawal, not the troops)
  for (const p of prepMentions(ctx, n, ['from', 'by', 'of'])) {
    const named = p.prep === 'of' ? p.mentions.filter((m) => m.via !== 'unnamed') : p.mentions;
    if (named.length) return named;
  }
  const last = ctx.memory.lastDemand;
  if (isDemand && last && ctx.sentence.index - last.sentence <= DEMAND_REACH && (isDefinite(ctx.g, n) || summarisesClause(ctx.g, n)))
    return [byId(ctx, last.source)];
  const offer = ctx.memory.lastOffer;
  if (
    !isDemand &&
    offerLike &&
    offer &&
    ctx.sentence.index - offer.sentence <= DEMAND_REACH &&
    (isDefinite(ctx.g, n) || summarisesClause(ctx.g, n))
  )
    return [byId(ctx, offer.source)];
  return t ? demandedAct(ctx, t) : [];
}

/**
 * Construction class: an offer named again. "Ostmark offered to send troops. The offer was turned
 * down by Valdoria", "… offered to facilitate talks. We have declined that offer": a definite offer
 * noun with no owner of its own (lexicon `irrealis` nouns) belongs to the agent of the last verb of
 * offering (lexicon `offeringVerbs`), at most `DEMAND_REACH` sentences before. Notes that agent.
 */
function noteOffer(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.offeringVerbs.has(v.lem) || !factualityOf(ctx.g, v.i).factual) return;
  const offerer = all(ctx, agentNodes(ctx.g, v)).find((m) => m.id && !m.place);
  if (offerer) ctx.memory.lastOffer = { source: offerer.id, sentence: ctx.sentence.index };
}

/**
 * Construction class: a noun summing up the clause before it. "X demanded that Y disarm, a demand
 * Y turned down" (or "has turned down"), "It was a demand Y turned down": an indefinite noun set off by a comma, or the
 * predicate of "it was", with a relative clause of its own, names what the clause before did, as
 * "the demand" would.
 */
function summarisesClause(g: DepGraph, n: number): boolean {
  const t = tok(g, n);
  if (!t || !kids(g, n, 'det').some((d) => d.lem === 'a')) return false;
  // (a finite verb or a perfect: "a demand Y turned down", "a demand Y has rejected")
  const relative = kids(g, n, 'acl:relcl', 'acl').some((c) => isFiniteOrPerfect(g, c) && kids(g, c.i, 'nsubj').length > 0);
  const setOff = tok(g, subtreeSpan(g, n)[0] - 1)?.word === ',';
  const itWas = kids(g, n, 'cop').length > 0 && kids(g, n, 'nsubj').some((s) => ['it', 'this', 'that'].includes(s.lem));
  return relative && (setOff || itWas);
}

/**
 * Subjects of content clauses under `n` ("that X …"). A demand's content clause is mandative
 * ("insisted that X leave", "demanded that X should stop"); an indicative one ("insisted that X
 * was mediating") reports a fact, not a demand.
 */
export function contentSubjects(ctx: ClauseContext, n: number, mandative = false): Mention[] {
  // (a that-clause the parser left loose on a noun is its content: "the demand by X that Y leave")
  const loose = kids(ctx.g, n, 'dep').filter((d) => kids(ctx.g, d.i, 'mark').some((m) => m.lem === 'that'));
  // Construction class: a content clause as the predicate. "X's demand is that Y act against Z":
  // the that-clause of the "be" the noun is the subject of is the noun's content
  const t = tok(ctx.g, n);
  const be = t?.rel === 'nsubj' ? tok(ctx.g, t.head) : undefined;
  const predicated = be?.lem === 'be' && be.pos.startsWith('VB') ? kids(ctx.g, be.i, 'ccomp').filter((c) => c.i > n) : [];
  for (const c of [...kids(ctx.g, n, 'ccomp', 'acl'), ...loose, ...predicated]) {
    if (mandative && !isMandative(ctx, c, tok(ctx.g, n))) continue;
    const subj = kids(ctx.g, c.i, 'nsubj', 'nsubj:pass')[0];
    // Construction class: an allegation in the passive. "alleged that X are given sanctuary by
    // Y", "charged that the raid was planned by Y": the one accused is the act's agent, the
    // by-phrase, not the passive subject the act was done to
    // (a passive the parser gave a plain subject, "suspected the raid had been planned by Y", is one too)
    if (subj && isPassive(ctx.g, c)) {
      const agents = kids(ctx.g, c.i, 'obl').filter((o) => caseOf(ctx.g, o.i) === 'by');
      const ms = agents.flatMap((o) => mentionsAt(ctx, o.i));
      if (ms.length) return ms;
    }
    // Construction class: a demand in the passive. "demanded that X be handed over (by Y)", "that
    // the plan be brought before parliament": the subject is what is to be done to, not whom the
    // demand is made of — that is the doer, the by-phrase above when there is one
    if (subj && !(mandative && isPassive(ctx.g, c))) {
      const ms = mentionsAt(ctx, subj.i);
      if (ms.length) return ms;
    }
  }
  return [];
}

/** A demand with a mandative content clause ("demanded that X be handed over"). */
function isMandativeDemand(ctx: ClauseContext, v: DepToken): boolean {
  return kids(ctx.g, v.i, 'ccomp').some((c) => isMandative(ctx, c, v));
}

function isMandative(ctx: ClauseContext, c: DepToken, governor?: DepToken): boolean {
  const aux = kids(ctx.g, c.i, 'aux', 'aux:pass');
  if (aux.some((a) => lexicon().sets.obligation.has(a.lem))) return true;
  if (aux.some((a) => a.pos === 'MD' || /^VB[DZP]$/.test(a.pos))) return false;
  if (aux.some((a) => a.lem === 'be' && a.pos === 'VB')) return true; // "that X be handed over"
  // subjunctive: a bare verb with no tensed auxiliary ("that X leave", "that X be released"); with
  // a plural subject it looks present ("demanded that the Taliban act"), which a past-tense
  // governor would have shifted to the past had it been reported fact
  // (a bare verb after a singular subject is no present tense either: "the demand that Ostmark expel X")
  // (a demand noun's content clause is what is asked for whatever its tense looks like: "X's demand is that the Taliban act")
  if (bareSubjunctive(ctx.g, c) || (c.pos === 'VBP' && /^(VB[DN]|NN)/.test(governor?.pos ?? ''))) return true;
  // a verb whose past is its base form ("insisted that X set up courts"): the tagger reads it as
  // past; under a verb of demanding it is the subjunctive
  return c.pos === 'VBD' && c.word.toLowerCase() === c.lem && /^VB[DN]$/.test(governor?.pos ?? '');
}

/**
 * True when a verb controlled by `v` is a hostile act: an ATTACKS verb or a threat act (lexicon
 * `threatActs`), or an aspectual or attack light verb taking an attack noun with a target ("vowed
 * to continue its war against X", "pledged to step up attacks on X"; "vowed to end the war" is none).
 */
export function controlsHostileAct(ctx: ClauseContext, v: number): boolean {
  const L = lexicon();
  const carries = (x: DepToken) =>
    (L.sets.aspectual.has(x.lem) || isAttackLightVerb(x.lem)) &&
    kids(ctx.g, x.i, 'obj').some((o) => nounOf(o.lem, 'ATTACKS') && prepMentions(ctx, o.i, ['on', 'against', 'at']).length > 0);
  // ("vowed to take revenge on X": frame.ts `revengeTaken`)
  const revenge = (x: DepToken) => revengeTaken(ctx.g, x) !== undefined;
  return controlledVerbs(ctx, v).some((x) => isHostileAct(x.lem) || carries(x) || revenge(x));
}

/** Verbs controlled by `v`, through an aspectual or attempt verb ("vowed to keep fighting X", "to try to kill X"). */
function controlledVerbs(ctx: ClauseContext, v: number): DepToken[] {
  return kids(ctx.g, v, 'xcomp').flatMap((x) => (reachesAct(x.lem) ? [x, ...kids(ctx.g, x.i, 'xcomp')] : [x]));
}

/** Targets reached through a controlled verb ("threatened to attack X", "vowed to avenge Y with attacks on X"). */
export function controlledTargets(ctx: ClauseContext, v: number): Mention[] {
  for (const x of controlledVerbs(ctx, v)) {
    // "vowed to avenge him by striking X": the hostile act revenge is taken by names the target
    // (the avenged one is the speaker's own)
    const avenging = lexicon().sets.revengeVerbs.has(x.lem);
    if (avenging) {
      const struck = hostileMeans(ctx.g, x).flatMap((m) => all(ctx, patientNodes(ctx.g, m)));
      if (struck.length) return struck;
    }
    // ("to take revenge on X": the phrase may hang on the revenge noun)
    const revenge = revengeTaken(ctx.g, x);
    if (revenge) for (const p of prepMentions(ctx, revenge.i, ['on', 'against'])) if (p.mentions.length) return p.mentions;
    // (the object of "avenge" is the one avenged, never the target: "vowed to avenge X")
    const ms = avenging ? [] : all(ctx, patientNodes(ctx.g, x));
    if (ms.length) return ms;
    for (const p of prepMentions(ctx, x.i, ['on', 'against', 'at'])) if (p.mentions.length) return p.mentions;
    // "vowed to avenge him with attacks on X": the target of an attack noun the controlled verb takes
    for (const c of kids(ctx.g, x.i, 'obl', 'obj').filter((c) => nounOf(c.lem, 'ATTACKS')))
      for (const p of prepMentions(ctx, c.i, ['on', 'against', 'at'])) if (p.mentions.length) return p.mentions;
    // "vowed to avenge the killing of X by Y", "to retaliate for Y's strikes": revenge is taken on
    // the one who did the avenged act (lexicon `revengeVerbs`)
    if (lexicon().sets.revengeVerbs.has(x.lem))
      for (const c of kids(ctx.g, x.i, 'obj', 'obl').filter((c) => nounOf(c.lem, 'ATTACKS'))) {
        const doers = sourcesOf(ctx, c, undefined);
        if (doers.length) return doers;
      }
  }
  return [];
}

/** Matches verb `v` against the lexicon and records what it states. */
export function matchVerb(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB')) return;
  noteSummoner(ctx, v);
  noteOffer(ctx, v);
  // "nine soldiers embraced shahadat": the subject was killed
  if (kids(ctx.g, v.i, 'obj').some((o) => lexicon().sets.victimPhrases.has(`${v.lem} ${o.lem}`)))
    noteVictim(ctx, all(ctx, agentNodes(ctx.g, v)), v);
  if (convenedAsBody(ctx, v)) return;
  const senses = predicatesFor(ctx, v);
  // "held X responsible": a sense that needs a complement, when it has it, is the verb's only sense (not DETAINS)
  const complemented = senses.find(({ pred }) => pred.requiresComplement.includes(v.lem) && complementOk(ctx, v, pred))?.pred;
  for (const { pred, prep } of senses) {
    if (pred.requiresComplement.includes(v.lem) && !complementOk(ctx, v, pred)) continue;
    if (complemented && pred !== complemented && pred.type !== complemented.type) continue;
    const agents = agentNodes(ctx.g, v);
    let sources = [...all(ctx, agents), ...all(ctx, joinedPartners(ctx.g, v))];
    const fact = factualityOf(ctx.g, v.i, { allowModal: pred.type === 'DEMANDS' && announcedByOwnSide(ctx, v, sources) });
    if (!fact.factual) {
      // "Who shot X?": a question about the attacker presupposes the attack; its victim is
      // remembered for "the attack" in the answer
      if (pred.type === 'ATTACKS' && asksForAgent(ctx, v)) noteVictim(ctx, all(ctx, patientNodes(ctx.g, v)));
      continue;
    }
    if (onlyDirected(ctx, v, pred.type)) continue;
    if (pred.type === 'SHELTERS' && permittedRefuge(ctx, v, sources, fact)) continue;
    if (pred.type === 'ATTACKS' && sources.length === 0) sources = [...instrumentSubjects(ctx, v, agents), ...instrumentAgents(ctx, v)];
    // "officials said the strikes had targeted X": an unowned military operation as subject is the reporting party's
    if (
      pred.type === 'ATTACKS' &&
      sources.length === 0 &&
      agents.some((a) => hasWord(lexicon().sets.operationNouns, tok(ctx.g, a)?.lem ?? ''))
    )
      sources = reportingParty(ctx, v);
    // "the accord was negotiated between A and B": with no agent, the between-phrase names both parties
    if (pred.symmetric && sources.length === 0) {
      const sides = prepMentions(ctx, v.i, ['between', 'among']).flatMap((p) => p.mentions);
      if (twoSidesAmong(sides)) {
        const rule = `${verbConstruction(ctx, v, agents)}:${pred.type.toLowerCase()}`;
        for (const [a, b] of pairsOf(sides)) record(ctx, { type: pred.type, sources: [a], targets: [b], at: v, rule, fact });
        continue;
      }
    }
    if (pred.type === 'DEMANDS' && sources.length === 0 && isPassive(ctx.g, v) && !agents.length) sources = implicitAsker(ctx, v);
    if ((pred.type === 'DETAINS' || pred.type === 'RELEASES') && sources.length === 0)
      sources = custodyAgents(ctx, v, pred.type === 'DETAINS');
    // an agentless release: whoever the article said took them; with no agent phrase at all, the
    // captor named on the released, else the state that holds an armed group's men (custody.ts)
    if (pred.type === 'RELEASES' && sources.length === 0 && isPassive(ctx.g, v)) {
      const patients = patientNodes(ctx.g, v);
      const released = all(ctx, patients);
      sources = earlierCaptors(ctx, released);
      if (!sources.length && !agents.length) sources = captorsOnCaptives(ctx, patients);
      if (!sources.length && !agents.length) sources = jailersOfFighters(ctx, released);
    }
    // "The Levy arrested forty people. X was among those held": the one who just did it
    const custodian = ctx.memory.lastCustodian;
    if (
      sources.length === 0 &&
      custodian?.type === pred.type &&
      ctx.sentence.index - custodian.sentence <= 2 &&
      amongThose(ctx.g, v).length
    )
      sources = [byId(ctx, custodian.source)];
    if (sources.length === 0) {
      if (pred.type === 'ATTACKS' && !earlierEvent(ctx.g, v)) noteVictim(ctx, all(ctx, patientNodes(ctx.g, v)), v);
      continue;
    }
    if (pred.type === 'RELEASES' && passedWithinSide(ctx, v, sources)) continue;
    if ((pred.type === 'DETAINS' || pred.type === 'RELEASES') && sources[0]?.id)
      ctx.memory.lastCustodian = { type: pred.type, source: sources[0].id, sentence: ctx.sentence.index };
    if (pred.type === 'DEMANDS') noteDemand(ctx, sources, v);
    const rule = `${verbConstruction(ctx, v, agents)}:${pred.type.toLowerCase()}`;
    if (pred.type === 'MEDIATES') {
      const parties = mediationParties(ctx, v, sources);
      if (parties.length) record(ctx, { type: pred.type, sources, targets: parties, at: v, rule, fact });
      continue;
    }
    let targets: Mention[] = [];
    const patients = patientNodes(ctx.g, v);
    // (not the side a war is fought for, but whom it is fought against: "fighting Ostmark's war on the Front")
    const foughtFor = pred.type === 'ATTACKS' ? patients.filter((n) => isWarFoughtFor(ctx, tok(ctx.g, n)!)) : [];
    const foughtAgainst = patients.filter((n) => !foughtFor.includes(n));
    // (fighting another's war backs it militarily — as the narrator states it; in one side's
    // mouth, "they are fighting America's war", it is that side's charge, not a fact of support)
    const backed = foughtFor.flatMap((n) => kids(ctx.g, n, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)));
    if (backed.length)
      record(ctx, { type: 'SUPPORTS', sources, targets: backed, at: v, rule: 'war-fought-for:supports', fact, chargeOnly: true });
    // "released a video of the captives", "aircraft handed over to X": the object (or the passive's
    // subject) puts the verb in another sense
    if (patients.some((n) => pred.notObjects.includes(tok(ctx.g, n)?.lem ?? ''))) continue;
    if (prep) targets = verbPhrases(ctx, v, prep).flatMap((p) => p.mentions);
    // rejecting or denying an accusation is not a rejection of its owner (a denial), but it
    // reports the accusation ("Kabul dismissed Islamabad's allegations": Islamabad accuses Kabul)
    else if (pred.object === 'offer') {
      targets = patients.filter((n) => !lexicon().sets.reportNouns.has(tok(ctx.g, n)?.lem ?? '')).flatMap((n) => ownersOf(ctx, n));
      // "ruled out talks with X": rejecting talks rejects the other party
      if (!targets.length)
        targets = patients
          .filter((n) => lexicon().talkNouns.has(tok(ctx.g, n)?.lem ?? ''))
          .flatMap((n) => prepMentions(ctx, n, ['with']).flatMap((p) => p.mentions));
      const accusations = patients.filter((n) => isAccusationNoun(tok(ctx.g, n)?.lem ?? ''));
      const accusers = accusations.flatMap((n) => ownersOf(ctx, n)).filter((m) => !sources.some((s) => s.id === m.id));
      if (accusers.length) record(ctx, { type: 'ACCUSES', sources: accusers, targets: sources, at: v, rule: 'denial:accuses', fact });
    } else {
      targets = all(ctx, foughtAgainst);
      if (!targets.length) targets = foughtFor.flatMap((n) => prepMentions(ctx, n, ['against', 'on']).flatMap((p) => p.mentions));
      // "blamed the attack on X", "which it blamed on X": the on-phrase names the blamed
      if (lexicon().sets.blameOnVerbs.has(v.lem)) {
        const blamed = prepMentions(ctx, v.i, ['on']).flatMap((p) => p.mentions);
        if (blamed.length) targets = blamed;
      }
      if (!targets.length) targets = prepMentions(ctx, v.i, pred.targetPreps).flatMap((p) => p.mentions);
      // small clause: "held X responsible", "declared X a threat" — the complement's subject
      if (!targets.length && pred.requiresComplement.includes(v.lem))
        for (const x of kids(ctx.g, v.i, 'xcomp').filter((x) => !x.pos.startsWith('VB')))
          targets.push(...kids(ctx.g, x.i, 'nsubj').flatMap((s) => mentionsAt(ctx, s.i)));
      if (!targets.length && (pred.type === 'ACCUSES' || pred.type === 'DEMANDS'))
        targets = contentSubjects(ctx, v.i, pred.type === 'DEMANDS');
      // "shared the evidence with X and demanded that the culprits be handed over": the party
      // of the coordinated act
      if (!targets.length && pred.type === 'DEMANDS' && isMandativeDemand(ctx, v)) targets = coordinatedObject(ctx, v, sources);
      // "asked the new authorities to stop Y": an unresolved addressee is still the addressee (Y
      // is not); "want a helicopter to fly them out" has none
      // (also an addressee in the verb's own preposition: "called on the government to review Y")
      const addressed = [...patients, ...(prep ? prepMentions(ctx, v.i, [prep]).map((p) => p.node) : [])];
      if (!targets.length && pred.type === 'DEMANDS' && !addressed.some((n) => isAddresseeNoun(ctx, n)))
        targets = controlledTargets(ctx, v.i);
      // "the Front demanded the release of its fighters": an armed group's demand with no
      // addressee is made of the government it fights
      if (!targets.length && pred.type === 'DEMANDS') targets = captorOfReleased(ctx, patients, sources);
      if (!targets.length && pred.type === 'DEMANDS' && patients.length) targets = foughtGovernment(ctx, sources);
      // a vow or pledge threatens only through a hostile act ("vowed to crush X", not "vowed to rebuild X")
      if (!targets.length && pred.type === 'THREATENS' && (v.lem === 'threaten' || controlsHostileAct(ctx, v.i)))
        targets = controlledTargets(ctx, v.i);
      // ("vowed to avenge his death", "vowed to respond": the maker of the attack answered — retaliation.ts)
      if (!targets.length && pred.type === 'THREATENS' && controlledVerbs(ctx, v.i).some((x) => answersAttack(ctx.g, x)))
        targets = avengedAttacker(ctx, sources);
      if (!targets.length && pred.type === 'THREATENS')
        for (const n of patients) for (const p of prepMentions(ctx, n, ['against', 'on', 'to'])) targets.push(...p.mentions);
    }
    // "freed hundreds of fighters, among them X": X too
    if (targets.length && pred.type !== 'THREATENS') targets.push(...namedAmong(ctx, v, patients));
    // "A and B clashed", "A and B fought on the border": an intransitive verb of fighting with two sides
    const mutualFight = pred.type === 'ATTACKS' && !patients.length && !targets.length && lexicon().sets.fightingVerbs.has(v.lem);
    // (forces of one state fight side by side, not each other: "navy and army commandos fought …")
    const oneState = pred.type === 'ATTACKS' && sources.every((s) => sameSide(ctx, [sources[0]!], [s]));
    if ((isReciprocal(ctx, patients, agents) || mutualFight) && twoSidesAmong(sources) && !oneState) {
      // "A and B have fought each other": both directions
      recordEachWay(ctx, pred.type, sources, v, fact);
      continue;
    }
    if (!targets.length && pred.type === 'THREATENS') targets = threatenedInClause(ctx, v, sources);
    if (!targets.length && pred.type === 'THREATENS') targets = conditionAddressees(ctx, v, sources);
    // "backed the army's campaign", "blamed the army's operation for …": what is backed or
    // blamed is its owner's
    // (not a relational noun: "blamed its neighbours" blames others than its owner; lexicon `relationalNouns`)
    if (!targets.length && (pred.type === 'SUPPORTS' || pred.type === 'ACCUSES'))
      targets = patients
        .filter((n) => !lexicon().sets.relationalNouns.has(tok(ctx.g, n)?.lem ?? ''))
        .flatMap((n) => kids(ctx.g, n, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)));
    // "the Taliban freed their captives": a captive's possessor is the captor, not the captive's side
    if (pred.type === 'DETAINS' || pred.type === 'RELEASES') {
      const captors = patients
        .filter((n) => lexicon().sets.captiveNouns.has(tok(ctx.g, n)?.lem ?? ''))
        .flatMap((n) => kids(ctx.g, n, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)))
        // "its hostages": a pronoun or the actor's own name ("the Front's prisoners" freed by Valdoria are the Front's men)
        .filter((m) => m.anaphor || sources.some((s) => s.id === m.id))
        .map((m) => m.id);
      // ("freed hostages held by the Front": the by-phrase of taking captive names their captor,
      // from whom they were freed, not whose men were freed — custody.ts captorsOnCaptives)
      const holders = captorsOnCaptives(ctx, patients).map((m) => m.id);
      targets = targets.filter((m) => !captors.includes(m.id) && !holders.includes(m.id));
    }
    // "repulsed an attack by X": fighting off an attack is fighting its attacker
    if (!targets.length && pred.type === 'ATTACKS') targets = attackersOf(ctx, foughtAgainst);
    // "seized several Valdorian posts": taking a position by force is an attack, not a detention
    if (pred.type === 'DETAINS' && patients.some((n) => isPosition(ctx, n))) {
      record(ctx, { type: 'ATTACKS', sources, targets, at: v, rule: `${verbConstruction(ctx, v, agents)}:attacks`, fact });
      continue;
    }
    if (pred.symmetric) {
      if (!targets.length && sources.length > 1)
        for (const [a, b] of pairsOf(sources)) record(ctx, { type: pred.type, sources: [a], targets: [b], at: v, rule, fact });
      else record(ctx, { type: pred.type, sources, targets, at: v, rule, fact });
      continue;
    }
    if (pred.type === 'ATTACKS' && orderedAttack(ctx, v, targets, fact)) continue;
    record(ctx, { type: pred.type, sources, targets, at: v, rule, fact });
    if (pred.type === 'DEMANDS' && withPenalty(ctx, v))
      record(ctx, {
        type: 'THREATENS',
        sources,
        targets: targets.filter((t) => !sameSide(ctx, sources, [t])),
        at: v,
        rule: 'ultimatum:threatens',
        fact,
      });
  }
}

/**
 * Construction class: parties meeting as a body. "A, B and C have met as the Quadrilateral
 * Group", "the four states gathered as the Contact Group": a verb of meeting (lexicon
 * `gatheringVerbs`) whose as-phrase names a body makes its subjects members of that body; they
 * sit in it together, which is no negotiation between them. True when it recorded the membership.
 */
function convenedAsBody(ctx: ClauseContext, v: DepToken): boolean {
  if (!lexicon().sets.gatheringVerbs.has(v.lem)) return false;
  const members = all(ctx, agentNodes(ctx.g, v));
  const body = prepMentions(ctx, v.i, ['as'])
    .flatMap((p) => p.mentions)
    .filter((m) => m.kind !== 'Person' && !m.place && !members.includes(m));
  if (!body.length || !members.length) return false;
  record(ctx, { type: 'MEMBER_OF', sources: members, targets: body, at: v, rule: 'role:convened-as', fact: factualityOf(ctx.g, v.i) });
  return true;
}

/**
 * Construction class: an order to attack. "The Front directed its fighters to attack the Levy":
 * an attack controlled by a verb of ordering (lexicon `orderVerbs`) has not happened; it is the
 * orderer's threat (THREATENS orderer → target). True when it recorded one.
 */
export function orderedAttack(ctx: ClauseContext, v: DepToken, targets: Mention[], fact: Factuality): boolean {
  const order = v.rel === 'xcomp' ? tok(ctx.g, v.head) : undefined;
  if (!order || !lexicon().sets.orderVerbs.has(order.lem)) return false;
  const orderers = agentNodes(ctx.g, order).flatMap((n) => mentionsAt(ctx, n));
  if (orderers.length && targets.length)
    record(ctx, { type: 'THREATENS', sources: orderers, targets, at: v, rule: 'control:threatens', fact });
  return true;
}

/**
 * Construction class: an announced demand. "The minister said Pakistan would ask Kabul to hand
 * over the culprits": a future demand in the complement of a verb of saying, by the speaker's
 * own side, is the demand made (a prediction by anyone else is not).
 */
function announcedByOwnSide(ctx: ClauseContext, v: DepToken, sources: Mention[]): boolean {
  const say = tok(ctx.g, v.head);
  if (v.rel !== 'ccomp' || !say || !lexicon().sets.speech.has(say.lem)) return false;
  if (!kids(ctx.g, v.i, 'aux').some((a) => ['will', 'would', 'shall'].includes(a.lem))) return false;
  const speakers = kids(ctx.g, say.i, 'nsubj').flatMap((s) => speakerMentions(ctx, s.i));
  return sameSide(ctx, speakers, sources);
}

/** The construction class of a verb's clause, for the rule name (and the per-construction report). */
function verbConstruction(ctx: ClauseContext, v: DepToken, agents: number[]): string {
  if (v.rel === 'acl' || v.rel === 'amod') return 'reduced-relative';
  if (v.rel === 'acl:relcl') return 'relative-clause';
  if (isPassive(ctx.g, v)) return 'passive';
  const basic = kids(ctx.g, v.i, 'nsubj').map((c) => c.i);
  if (agents.length && !agents.some((a) => basic.includes(a))) return v.rel === 'conj' ? 'coordination' : 'control';
  return 'active';
}

/** "each other", "one another" as object; "the other" after a subject with "each" ("each side blames the other"). */
function isReciprocal(ctx: ClauseContext, patients: number[], agents: number[]): boolean {
  const each = agents.some((a) => tok(ctx.g, a)?.lem === 'each' || kids(ctx.g, a, 'det').some((d) => d.lem === 'each'));
  return patients.some((n) => {
    const t = tok(ctx.g, n)!;
    return (
      (t.lem === 'other' && kids(ctx.g, n, 'det').some((d) => d.lem === 'each' || (each && d.lem === 'the'))) ||
      (t.lem === 'another' && kids(ctx.g, n).some((d) => d.lem === 'one'))
    );
  });
}

/**
 * Construction class: members named by inclusion. "freed hundreds of fighters, among them X",
 * "walked free, among them X and Y": the names after an "among them" phrase on the verb (as its
 * second object or a dependent of the pronoun) share the verb's relation.
 */
function namedAmong(ctx: ClauseContext, v: DepToken, patients: number[]): Mention[] {
  const them = kids(ctx.g, v.i, 'obl').find((o) => o.lem === 'they' && caseOf(ctx.g, o.i) === 'among');
  if (!them) return [];
  const named = [
    ...kids(ctx.g, v.i, 'obj').filter((o) => o.i > them.i && !patients.slice(0, 1).includes(o.i)),
    ...kids(ctx.g, them.i, 'dep', 'appos'),
  ];
  return named.flatMap((n) => mentionsAt(ctx, n.i));
}

/** "warned that the army would pursue the TTP": the objects of the warned-of clause, not the speaker's own side. */
function threatenedInClause(ctx: ClauseContext, v: DepToken, sources: Mention[]): Mention[] {
  for (const c of kids(ctx.g, v.i, 'ccomp')) {
    // "warned that the Front would attack X", said by another: a forecast of another's act (the
    // subject of a passive clause is its patient: "vowed that the Front would be wiped out")
    const actors = activeSubjects(ctx.g, c).flatMap((s) => mentionsAt(ctx, s.i));
    if (actors.length && !sameSide(ctx, sources, actors)) continue;
    // "vowed that the group would avenge its leader by attacking X": the hostile act the clause's verb is done by
    const means = hostileMeans(ctx.g, c);
    // "vowed that it would keep striking X": an aspectual verb reaches its act
    const continued = reachesAct(c.lem) ? kids(ctx.g, c.i, 'xcomp') : [];
    for (const x of [c, ...means, ...continued]) {
      // (a promised act that is not hostile is no threat: "vowed that it would support X")
      const ms = isHostileAct(x.lem) ? all(ctx, patientNodes(ctx.g, x)).filter((m) => !sameSide(ctx, sources, [m])) : [];
      if (ms.length) return ms;
      // "warned that failure would mean open war with X": the war's other side
      // (the phrase may hang on the clause's verb: "mean war … with X")
      // ("would be in open war with X": the clause's head is the war itself)
      const wars = [...patientNodes(ctx.g, x), ...(x.pos.startsWith('NN') ? [x.i] : [])];
      for (const n of wars.filter((n) => nounOf(tok(ctx.g, n)?.lem ?? '', 'ATTACKS')))
        for (const p of [...prepMentions(ctx, n, ['with', 'on', 'against']), ...prepMentions(ctx, x.i, ['with', 'on', 'against'])]) {
          const others = p.mentions.filter((m) => !sameSide(ctx, sources, [m]));
          if (others.length) return others;
        }
    }
  }
  return [];
}

/**
 * Construction class: a threat with a condition on another side. "threatened to kill the hostages
 * if Valdoria did not comply", "warned it would act unless Ostmark withdrew": the subject of the
 * condition, when it is not the threatener's side, is whom the threat is aimed at.
 */
function conditionAddressees(ctx: ClauseContext, v: DepToken, sources: Mention[]): Mention[] {
  for (const x of [v, ...kids(ctx.g, v.i, 'xcomp', 'ccomp')])
    for (const c of conditionClauses(ctx.g, x)) {
      const addressees = kids(ctx.g, c.i, 'nsubj')
        .flatMap((n) => mentionsAt(ctx, n.i))
        .filter((m) => !sameSide(ctx, sources, [m]));
      if (addressees.length) return addressees;
    }
  return [];
}

/**
 * Construction class: a demand with its penalty. "told Valdoria to free its fighters or face more
 * attacks", "asked X to leave or face the consequences": a demand whose controlled act has an
 * or-alternative of punishment (lexicon `punishmentClauses`, or suffering an attack noun) also
 * threatens the one it is made of (a warning with one already does: verbal THREATENS).
 */
function withPenalty(ctx: ClauseContext, v: DepToken): boolean {
  const L = lexicon().sets;
  const penalty = (x: DepToken, c: DepToken) =>
    kids(ctx.g, c.i, 'cc').some((k) => k.lem === 'or') &&
    [...kids(ctx.g, c.i, 'obj'), ...kids(ctx.g, x.i, 'obj')].some(
      (o) => L.punishmentClauses.has(`${c.lem} ${o.lem}`) || (L.sufferingVerbs.has(c.lem) && nounOf(o.lem, 'ATTACKS') !== undefined),
    );
  return kids(ctx.g, v.i, 'xcomp').some((x) => kids(ctx.g, x.i, 'conj').some((c) => penalty(x, c)));
}

/** How many sentences back a demanded release reaches the one who made the arrests. */
const CAPTOR_REACH = 2;

/**
 * Construction class: a demanded release of captives just told. "The Levy detained five Front
 * fighters. The Front demanded their release": a demand whose object is a noun of release (a
 * RELEASES noun) owned by a pronoun ("their release", "the release of them") is made of whoever last
 * detained people (article memory `lastCustodian`, at most `CAPTOR_REACH` sentences back), when
 * not the demander's own side.
 */
function captorOfReleased(ctx: ClauseContext, patients: number[], sources: Mention[]): Mention[] {
  // ("the release of its men held by X": the by-phrase of taking captive names the captor —
  // custody.ts captorsOnCaptives)
  const released = patients
    .filter((n) => nounOf(tok(ctx.g, n)?.lem ?? '', 'RELEASES') !== undefined)
    // (the parser hangs the participle on the release noun as often as on its of-phrase)
    .flatMap((n) => [
      n,
      ...kids(ctx.g, n, 'nmod')
        .filter((c) => caseOf(ctx.g, c.i) === 'of')
        .map((c) => c.i),
    ]);
  const holders = captorsOnCaptives(ctx, released).filter((m) => !sameSide(ctx, sources, [m]));
  if (holders.length) return holders;
  const custodian = ctx.memory.lastCustodian;
  if (custodian?.type !== 'DETAINS' || ctx.sentence.index - custodian.sentence > CAPTOR_REACH) return [];
  const pronoun = (n: number) =>
    [...kids(ctx.g, n, 'nmod:poss'), ...kids(ctx.g, n, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of')].some((c) =>
      c.pos.startsWith('PRP'),
    );
  const release = patients.some((n) => nounOf(tok(ctx.g, n)?.lem ?? '', 'RELEASES') !== undefined && pronoun(n));
  const captor = byId(ctx, custodian.source);
  return release && !sameSide(ctx, sources, [captor]) ? [captor] : [];
}

/** The government the armed groups among `sources` fight, principal first (one at most). */
function foughtGovernment(ctx: ClauseContext, sources: Mention[]): Mention[] {
  // named or referred to, not inferred from unnamed people ("the hostage-takers demanded …")
  const armed = sources.filter((s) => kind(ctx, s.id) === 'ArmedGroup' && s.via !== 'unnamed');
  if (!armed.length || armed.length !== sources.length) return [];
  const id = foughtGovernments(ctx.state, armed[0]!.id)[0];
  return id ? [byId(ctx, id)] : [];
}

/** A noun that names people or a body ("the new authorities", "officials"), not a thing. */
function isAddresseeNoun(ctx: ClauseContext, n: number): boolean {
  const lem = tok(ctx.g, n)?.lem ?? '';
  const L = lexicon().sets;
  return [lem, lem.replace(/ies$/, 'y')].some((w) => hasWord(L.standIns, w) || hasWord(L.officialStandIns, w));
}

/** An accusation noun of the lexicon ("allegation", "charge", "accusation"; a protest is no accusation to dismiss). */
function isAccusationNoun(lemma: string): boolean {
  return lemma !== 'protest' && (lexicon().nouns.get(lemma) ?? []).some((p) => p.type === 'ACCUSES');
}

/** The attackers of attack nouns among `nodes` ("repulsed an attack by X on Y": X). */
function attackersOf(ctx: ClauseContext, nodes: number[]): Mention[] {
  for (const n of nodes) {
    const t = tok(ctx.g, n);
    if (!t || !nounOf(t.lem, 'ATTACKS')) continue;
    const ms = sourcesOf(ctx, t, undefined);
    if (ms.length) return ms;
    // "repulsed the attack": the attack just reported
    if (isDefinite(ctx.g, n) && ctx.memory.lastAttacker && ctx.sentence.index - ctx.memory.lastVictimSentence <= 2)
      return [byId(ctx, ctx.memory.lastAttacker)];
  }
  return [];
}

/** A military position ("post", "checkpoint", "base": lexicon `militaryStandIns`, not people). */
function isPosition(ctx: ClauseContext, n: number): boolean {
  const lem = tok(ctx.g, n)?.lem ?? '';
  const L = lexicon().sets;
  return (hasWord(L.militaryStandIns, lem) && !L.unnamedSoldiers.has(lem.replace(/s$/, ''))) || hasWord(L.seizablePlaces, lem);
}

/**
 * "told X to hand over Y", "invited X to join talks": a directive's infinitive (lexicon
 * `directives`) is only asked for, whether its verb states the act or is the light verb of an
 * act noun (an ordered attack is a threat: orderedAttack).
 */
export function onlyDirected(ctx: ClauseContext, v: DepToken, type: RelationType): boolean {
  return type !== 'ATTACKS' && v.rel === 'xcomp' && lexicon().sets.directives.has(tok(ctx.g, v.head)?.lem ?? '');
}

/**
 * The maker of a demand, addressed or not, is whom a later "the demand" belongs to; the lemmas
 * of the words in the demand's content (`at`'s subtree: "that Y reverse the merger") are the
 * acts demanded, for a rejection of one by its noun ("ruled out any reversal").
 */
export function noteDemand(ctx: ClauseContext, sources: Mention[], at: DepToken): void {
  const maker = sources.find((m) => m.id && !m.anaphor) ?? sources.find((m) => m.id);
  if (!maker) return;
  // a leader's or spokesman's demand stands for the body's ("their demand", made by its emir)
  const body = roleOf(ctx, maker.id, ['LEADS', 'SPOKESPERSON_FOR']);
  const [from, to] = subtreeSpan(ctx.g, at.i);
  const acts = ctx.g.tokens.filter((t) => t.i > at.i && t.i >= from && t.i <= to && t.pos.startsWith('VB')).map((t) => t.lem.toLowerCase());
  ctx.memory.lastDemand = { source: body ?? maker.id, sentence: ctx.sentence.index, acts };
}

/** How many sentences after a demand "the demand", or its act by a noun or a pronoun, may refer to it. */
const DEMAND_REACH = 3;

/**
 * Construction class: a demanded act rejected by its noun or a pronoun. "X demanded that Y
 * reverse the merger. Y ruled out any reversal of the merger", "… Y turned that down": the object
 * of a rejection, a noun derived from an act the last demand asked for (same stem: "reversal",
 * "reverse"; "withdrawal", "withdraw") or a bare demonstrative in the next sentence, is the
 * demand, so its maker is the one rejected.
 */
function demandedAct(ctx: ClauseContext, t: DepToken): Mention[] {
  const last = ctx.memory.lastDemand;
  const since = ctx.sentence.index - (last?.sentence ?? -99);
  if (!last || since < 1 || since > DEMAND_REACH) return [];
  const demonstrative = /^(that|this)$/i.test(t.word) && t.rel === 'obj' && since === 1;
  const lemma = t.lem.toLowerCase();
  // (a shared stem of all but the last two letters of the shorter word, at least five)
  const sameStem = (a: string) => {
    const k = Math.max(5, Math.min(a.length, lemma.length) - 2);
    return a.length >= 5 && a.slice(0, k) === lemma.slice(0, k);
  };
  const derived = /^NN/.test(t.pos) && lemma.length >= 5 && (last.acts ?? []).some(sameStem);
  return demonstrative || derived ? [byId(ctx, last.source)] : [];
}

/**
 * Construction class: refuge permitted. "accused Lumen of allowing X to shelter in its hills",
 * "let the Front hide there": a verb of sheltering used without an object, controlled by a verb
 * of permitting (the `lightGovernors` of the territory predicate), is the permitter sheltering
 * its controller. True when the clause has that form.
 */
function permittedRefuge(ctx: ClauseContext, v: DepToken, sheltered: Mention[], fact: Factuality): boolean {
  if (patientNodes(ctx.g, v).length || v.rel !== 'xcomp') return false;
  const permit = tok(ctx.g, v.head);
  const permitting = lexicon().predicates.some((p) => p.type === 'SHELTERS' && p.lightGovernors.includes(permit?.lem ?? ''));
  if (!permit || !permitting) return false;
  // (a loose permitting gerund — "accused X of allowing …, a charge Y rejected" misparsed — has no sure controller)
  if (permit.rel === 'dep' && !kids(ctx.g, permit.i, 'mark', 'case').length) return true;
  const hosts = all(ctx, agentNodes(ctx.g, permit));
  if (hosts.length && sheltered.length)
    record(ctx, { type: 'SHELTERS', sources: hosts, targets: sheltered, at: v, rule: 'control:shelters', fact });
  return true;
}

/** Construction class: a question about the agent ("Who attacked X?", "Which group bombed X?"). */
function asksForAgent(ctx: ClauseContext, v: DepToken): boolean {
  if (!questioned(ctx.g, v.i)) return false;
  const wh = (t: DepToken) => /^W(P|DT)$/.test(t.pos) || kids(ctx.g, t.i, 'det').some((d) => d.pos === 'WDT');
  return kids(ctx.g, v.i, 'nsubj').some(wh);
}

/** A victim named without its attacker ("X was killed on Sunday") is what a later "claimed the attack" refers to. */
export function noteVictim(ctx: ClauseContext, victims: Mention[], verb?: DepToken): void {
  const v = victims.find((m) => m.id && !m.anaphor);
  if (!v) return;
  // (unnamed fighters killed soon after an attack — "nine of the ten attackers were killed" — are
  // its attackers dying in the response, not the victims of another attack)
  const m = ctx.memory;
  if (v.via === 'unnamed' && kind(ctx, v.id) === 'ArmedGroup' && m.lastVictim && ctx.sentence.index - m.lastVictimSentence <= GUARD_REACH)
    return;
  // Construction class: a casualty line. "TTP fighters attacked two army posts. Four soldiers were
  // killed …": the same victim just after a reported attack, with no time or place of its own,
  // counts that attack's dead; its attacker stays the one a response ("as troops repulsed the
  // assault") answers.
  const sameAttack =
    verb !== undefined &&
    v.id === ctx.memory.lastVictim &&
    ctx.sentence.index - ctx.memory.lastVictimSentence <= 1 &&
    !ownSetting(ctx, verb);
  ctx.memory.lastVictim = v.id;
  ctx.memory.lastVictimSentence = ctx.sentence.index;
  if (!sameAttack) ctx.memory.lastAttacker = null;
}

/** True when verb `v` has a time or place phrase of its own ("the next week", "in Vessa"). */
function ownSetting(ctx: ClauseContext, v: DepToken): boolean {
  if (kids(ctx.g, v.i, 'obl:tmod', 'obl:npmod', 'nmod:tmod').length) return true;
  return kids(ctx.g, v.i, 'obl').some((o) => ctx.mentionOf.get(o.i)?.place || lexicon().sets.frontedTimeWords.has(o.word.toLowerCase()));
}

/**
 * "the bombing that killed 13 troops", "a TTP blast killed…": an attack noun as subject carries the
 * agent — its possessor or by-phrase, or whoever carried it out or claimed it ("the Front claimed
 * a bombing that killed X", "carried out an attack on a market that killed X": the relative
 * clause is often hung on the attack's target, or on the light verb, by the parser).
 */
function instrumentSubjects(ctx: ClauseContext, v: DepToken, agents: number[]): Mention[] {
  const attack = (t: DepToken | undefined) => (t ? nounOf(t.lem, 'ATTACKS') : undefined);
  for (const a of agents) {
    let t = tok(ctx.g, a);
    if (t && !attack(t) && t.rel.startsWith('nmod') && attack(tok(ctx.g, t.head))) t = tok(ctx.g, t.head);
    if (t?.pos === 'WDT' && v.rel === 'dep') t = kids(ctx.g, v.head, 'obj').find((o) => attack(o));
    const pred = attack(t);
    if (t && pred) {
      const ms = sourcesOf(ctx, t, lightVerbOf(ctx, t, pred.light));
      if (ms.length) return ms;
    }
  }
  return [];
}

/**
 * "was killed by a U.S. drone strike", "died in a TTP attack": an attack noun in the by- or
 * in-phrase carries the agent as its modifier; a definite one with none ("was killed in the
 * assault") is the attack just reported, whose agent the article memory holds.
 */
function instrumentAgents(ctx: ClauseContext, v: DepToken): Mention[] {
  for (const p of kids(ctx.g, v.i, 'obl')) {
    if (!['by', 'in'].includes(caseOf(ctx.g, p.i))) continue;
    if (!nounOf(p.lem, 'ATTACKS')) continue;
    const ms = sourcesOf(ctx, p, undefined);
    if (ms.length) return ms;
    // "X was killed in the assault": a definite attack noun nearby refers to the last attack
    if (isDefinite(ctx.g, p.i) && ctx.memory.lastAttacker && ctx.sentence.index - ctx.memory.lastVictimSentence <= 2)
      return [byId(ctx, ctx.memory.lastAttacker)];
  }
  return [];
}

/** "held X responsible", "asked X to …": the complement that makes the verb a demand or accusation. */
function complementOk(ctx: ClauseContext, v: DepToken, pred: Predicate): boolean {
  const ks = kids(ctx.g, v.i);
  // "charged X with murder", "charging X with attempting to …": a charge states its offence in a
  // with-phrase or with-clause
  const withOffence = (c: DepToken) =>
    (c.rel === 'obl' && caseOf(ctx.g, c.i) === 'with') ||
    (c.rel === 'advcl' && kids(ctx.g, c.i, 'mark', 'case').some((m) => m.lem === 'with'));
  // ("charged that X was arming Y": the charge is its content clause)
  if (pred.type === 'ACCUSES' && v.lem === 'charge')
    return ks.some((c) => withOffence(c) || (c.rel === 'ccomp' && kids(ctx.g, c.i, 'mark').some((m) => m.lem === 'that')));
  // "suspects X of planning the raid", "suspected the raid was planned by X": a suspicion states
  // its offence in an of-phrase (on the verb or on its object) or in a content clause
  const ofOffence = (c: DepToken) => ['obl', 'nmod', 'acl', 'advcl'].includes(c.rel) && caseOf(ctx.g, c.i).split(' ').includes('of');
  if (pred.type === 'ACCUSES' && v.lem === 'suspect')
    return ks.some((c) => c.rel === 'ccomp' || ofOffence(c) || (c.rel === 'obj' && kids(ctx.g, c.i).some(ofOffence)));
  if (pred.type === 'ACCUSES')
    return ks.some(
      (c) =>
        ['responsible', 'accountable', 'guilty', 'culpable'].includes(c.lem) ||
        kids(ctx.g, c.i).some((d) => ['responsible', 'accountable'].includes(d.lem)),
    );
  // "asked X for weapons", "pushed X for talks": a request for something (not a reporter's "asked
  // X for comment", lexicon `askedForNothing`)
  const L = lexicon().sets;
  if (
    (v.lem === 'ask' || v.lem === 'push') &&
    ks.some((c) => c.rel === 'obj') &&
    ks.some((c) => c.rel === 'obl' && caseOf(ctx.g, c.i) === 'for' && !L.askedForNothing.has(c.lem))
  )
    return true;
  // "told X to leave", "told X it must leave" — not "told X that it was over"; "called on X to
  // act" often comes as an infinitive adverbial
  return ks.some(
    (c) =>
      c.rel === 'xcomp' ||
      (c.rel === 'advcl' && kids(ctx.g, c.i, 'mark').some((m) => m.lem === 'to')) ||
      (c.rel === 'ccomp' && kids(ctx.g, c.i, 'aux').some((a) => lexicon().sets.obligation.has(a.lem))),
  );
}
