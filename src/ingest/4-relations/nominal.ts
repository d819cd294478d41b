/**
 * Relations stated by a noun (nominalisation), alone or through a light verb.
 *
 * Construction classes:
 * - possessor / by-phrase as source, typed preposition as target: "the TTP's attack on a
 *   checkpoint", "an attack by the Front against police", "Qatar's mediation";
 * - compound or nationality modifier as source: "a TTP attack", "Pakistani airstrikes";
 * - light verbs: the verb's subject is the source ("carried out an attack on", "held talks
 *   with", "agreed a ceasefire with", "levelled accusations against", "claimed responsibility
 *   for the attack"); "ending" light verbs mark the tie ended ("ended the ceasefire");
 * - talks and truces: their parties (parties.ts) are the two ends;
 * - a definite attack with no target ("claimed the attack") refers to the article's last victim;
 *   one someone died in ("who died in a U.S. drone strike") targets them.
 */
import { caseOf, hasCase, isDefinite, kids, nounLemmas, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import type { Mention } from '../types.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, isNegated, type Factuality } from './factuality.ts';
import { agentNodes, joinedPartners, patientNodes } from './frame.ts';
import { answersOffer, lexicon, nounOf, phrasalPreps, type Predicate } from '../lexicon.ts';
import { byId, lightVerbOf, mediationParties, stateModifier, talkParties } from './parties.ts';
import { pairsOf, partySpeakers, record, recordEachWay, twoSidesAmong } from './record.ts';
import { contentSubjects, noteDemand, noteVictim, onlyDirected, orderedAttack, ownersOf } from './verbal.ts';
import { retractInferredAttack } from './emit.ts';
import { noteAgentlessAttack } from './claims.ts';
import { avengedAttacker } from './retaliation.ts';

/** Future auxiliaries. */
const FUTURE_AUX = new Set(['will', 'would', 'shall']);

/** The source of a nominalised act: possessor, by/from-phrase, compound or nationality modifier, else the light verb's agent. */
export function sourcesOf(ctx: ClauseContext, n: DepToken, verb: DepToken | undefined): Mention[] {
  // ("the Levy waged Ostmark's war against the Front": the war's owner is the side it is fought for)
  const wager = verb && isWarFoughtFor(ctx, n) ? agentMentions(ctx, verb) : [];
  if (wager.length) return wager;
  for (const c of kids(ctx.g, n.i, 'nmod:poss')) {
    const ms = mentionsAt(ctx, c.i);
    if (ms.length) return ms;
  }
  for (const p of prepMentions(ctx, n.i, ['by', 'from'])) if (p.mentions.length) return p.mentions;
  // "a bomb planted by X", "an attack carried out by X": the by-phrase of one of the noun's own
  // light verbs as a participle (not "the release of prisoners held by X")
  const light =
    lexicon()
      .nouns.get(n.lem)
      ?.flatMap((p) => p.light) ?? [];
  for (const a of kids(ctx.g, n.i, 'acl').filter((a) => a.pos === 'VBN' && light.includes(a.lem)))
    for (const p of prepMentions(ctx, a.i, ['by'])) if (p.mentions.length) return p.mentions;
  // ("military aid", "security assistance": a common word before a noun of support names its
  // kind, not its giver, though "military" alone may name an army)
  const kindOfSupport = (c: DepToken) => nounOf(n.lem, 'SUPPORTS') !== undefined && !/\p{Lu}/u.test(ctx.mentionOf.get(c.i)?.surface ?? 'X');
  for (const c of kids(ctx.g, n.i, 'compound', 'amod').filter((c) => !kindOfSupport(c))) {
    const ms = mentionsAt(ctx, c.i);
    if (ms.length) return ms;
    const state = stateModifier(ctx, c);
    if (state) return [state];
  }
  // "in a veiled accusation against X, Y said …": a speech act (lexicon `speechActNouns`) framing what a speaker says is the speaker's
  const frame = tok(ctx.g, n.head);
  const L = lexicon();
  const speaking =
    !verb &&
    n.rel === 'obl' &&
    L.sets.speechActNouns.has(n.lem) &&
    ['in', 'with'].includes(caseOf(ctx.g, n.i)) &&
    frame &&
    L.sets.speech.has(frame.lem);
  for (const v of [verb, speaking ? frame : undefined])
    for (const a of v ? agentNodes(ctx.g, v) : []) {
      const ms = mentionsAt(ctx, a);
      if (ms.length) return ms;
    }
  // "the killing of X in a US drone strike": an attack noun's in- or by-phrase that is itself an
  // attack noun names the means, whose owner is the agent
  if (nounOf(n.lem, 'ATTACKS'))
    for (const p of kids(ctx.g, n.i, 'nmod').filter((p) => ['in', 'by'].includes(caseOf(ctx.g, p.i)) && nounOf(p.lem, 'ATTACKS'))) {
      const ms = sourcesOf(ctx, p, undefined);
      if (ms.length) return ms;
    }
  return [];
}

/**
 * Construction class: a war fought for another. "The Levy is fighting Ostmark's war", "waging
 * Valdoria's war against the Front": a war noun (lexicon `reciprocalNouns`) with a possessor names
 * the side the war is fought for, not its target or its agent, when a verb of its own has an
 * actor as subject: the subject backs that side (SUPPORTS, recorded by verbal.ts). True for such
 * a noun `n`.
 */
export function isWarFoughtFor(ctx: ClauseContext, n: DepToken): boolean {
  if (!lexicon().sets.reciprocalNouns.has(n.lem) || !kids(ctx.g, n.i, 'nmod:poss').some((c) => mentionsAt(ctx, c.i).length)) return false;
  const verb = tok(ctx.g, n.head);
  return Boolean(verb?.pos.startsWith('VB') && n.rel === 'obj' && agentMentions(ctx, verb).length);
}

/** The possessor or compound modifier of noun `n` as actors. */
function ownerMentions(ctx: ClauseContext, n: DepToken): Mention[] {
  for (const c of kids(ctx.g, n.i, 'nmod:poss', 'compound')) {
    const ms = mentionsAt(ctx, c.i);
    if (ms.length) return ms;
  }
  return [];
}

function agentMentions(ctx: ClauseContext, verb: DepToken): Mention[] {
  for (const a of agentNodes(ctx.g, verb)) {
    const ms = mentionsAt(ctx, a);
    if (ms.length) return ms;
  }
  return [];
}

/** Matches noun `n` against the lexicon's nominalisations and records what it states. */
export function matchNoun(ctx: ClauseContext, n: DepToken): void {
  if (!n.pos.startsWith('NN')) return;
  const L = lexicon();
  const lemmas = nounLemmas(ctx.g, n.i);
  // the longest compound the lexicon knows wins ("ceasefire agreement" is a truce, not a deal)
  const known = lemmas.find((l) => L.nouns.has(l)) ?? (namedOperation(ctx, n) ? 'operation' : undefined);
  // "another round of fighting": a measure noun (lexicon `talkLike`) with an of-phrase is read through that phrase
  if (known && L.sets.talkLike.has(known) && kids(ctx.g, n.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of')) return;
  const preds = new Set<Predicate>(known ? (endedAccord(ctx, n, known) ?? L.nouns.get(known)) : []);
  for (const pred of preds) {
    // "Afghan soil" is read as a territory mention whose id is the state's government
    const territory = ctx.mentionOf.get(n.i);
    const ownedTerritory = pred.lightSubject === 'target' && territory?.place && territory.via === 'nationality' ? territory : undefined;
    if (ctx.mentionOf.has(n.i) && !ownedTerritory) continue;
    const verb = lightVerbOf(ctx, n, pred.symmetric ? pred.light : [...pred.light, ...pred.converse, ...L.sets.reciprocalLight]);
    if (verb && onlyDirected(ctx, verb, pred.type)) continue;
    const culprit = !verb && pred.type === 'ATTACKS' ? culpritsOf(ctx, n) : undefined;
    // "will take revenge on X", "would retaliate": a threat noun's light verb is future by nature
    const willing = verb && kids(ctx.g, verb.i, 'aux').some((a) => FUTURE_AUX.has(a.lem));
    // Construction class: an announced truce. "The Front announced that its fighters would observe
    // a three-day ceasefire": a truce is made by declaring it, so a future under a verb of
    // announcing (lexicon `announcingVerbs`) states it, as a threat noun's future does
    const announcedTruce =
      pred.type === 'CEASEFIRE_WITH' &&
      willing &&
      lexicon().sets.announcingVerbs.has(tok(ctx.g, verb!.head)?.lem ?? '') &&
      verb!.rel === 'ccomp';
    const future = (pred.type === 'THREATENS' && willing) || announcedTruce;
    // ("made no threat", "held no talks": a negated noun under its light verb states nothing)
    const denied = verb && isNegated(ctx.g, n.i);
    const stated = denied
      ? { factual: false, status: 'stated' as const }
      : factualityOf(ctx.g, culprit?.at ?? verb?.i ?? n.i, { allowModal: Boolean(future) });
    // what one side blames on another is its allegation
    const fact = culprit?.blamed && stated.factual ? { ...stated, status: 'alleged' as const } : stated;
    if (!fact.factual) continue;
    const rule = culprit ? 'culpability:attacks' : `${verb ? 'light-verb' : 'nominalisation'}:${pred.type.toLowerCase()}`;
    const ended = verb && pred.ending.includes(verb.lem);
    if (pred.symmetric) {
      const { pair } = talkParties(ctx, n, pred.light);
      const status = ended ? 'ended' : undefined;
      if (pair.length === 2) record(ctx, { type: pred.type, sources: pair[0]!, targets: pair[1]!, at: n, rule, fact, status });
      else if (pair.length === 1)
        for (const [a, b] of pairsOf(pair[0]!)) record(ctx, { type: pred.type, sources: [a], targets: [b], at: n, rule, fact, status });
      continue;
    }
    if (verb && pred.converse.includes(verb.lem)) {
      received(ctx, pred, n, verb, fact);
      continue;
    }
    if (mutual(ctx, pred, n, fact)) continue;
    // "giving the TTP sanctuary" (read as a compound), "TTP safe havens": the owner is the sheltered
    const owned = pred.owner === 'target' ? ownerMentions(ctx, n) : [];
    const userIsTarget = pred.lightSubject === 'target';
    if (userIsTarget && !verb) continue; // "Afghan soil" alone states nothing
    const governor = pred.lightGovernors.length ? tok(ctx.g, verb?.head ?? 0) : undefined;
    if (pred.lightGovernors.length && !pred.lightGovernors.includes(governor?.lem ?? '')) continue;
    // the one who permits the use is the source ("accused Lumen of allowing the Front to use its territory")
    const permitter = governor ? agentMentions(ctx, governor) : [];
    const sources = culprit
      ? culprit.mentions
      : permitter.length
        ? permitter
        : ownedTerritory
          ? [byId(ctx, ownedTerritory.id)]
          : pred.owner === 'target'
            ? verb
              ? agentMentions(ctx, verb)
              : []
            : sourcesOf(ctx, n, userIsTarget ? undefined : verb);
    // "under the mediation of X": the of-phrase of an agent noun (lexicon `ofAgent`)
    if (!sources.length && pred.ofAgent && !verb) sources.push(...prepMentions(ctx, n.i, ['of']).flatMap((p) => p.mentions));
    if (!sources.length) {
      noteAgentlessAttack(ctx, n, pred, fact);
      continue;
    }
    if (pred.type === 'DEMANDS') noteDemand(ctx, sources, n);
    if (pred.type === 'MEDIATES') {
      // (unnamed people do not mediate: "the bomber's facilitator" helped the bomber)
      const mediators = sources.filter((s) => s.via !== 'unnamed');
      const parties = mediators.length ? mediationParties(ctx, n, mediators) : [];
      if (parties.length) record(ctx, { type: pred.type, sources: mediators, targets: parties, at: n, rule, fact });
      continue;
    }
    let targets = userIsTarget && verb ? agentMentions(ctx, verb) : prepMentions(ctx, n.i, pred.targetPreps).flatMap((p) => p.mentions);
    // "the Front's rejection of Valdoria's offer": the of-phrase names the offer; its owner is rejected
    // (as the object of the verb is: lexicon `object: offer`)
    if (pred.object === 'offer' && !targets.length)
      targets = kids(ctx.g, n.i, 'nmod')
        .filter((c) => caseOf(ctx.g, c.i) === 'of' && !L.sets.reportNouns.has(c.lem))
        .flatMap((c) => ownersOf(ctx, c.i));
    if (!targets.length && verb) targets = prepMentions(ctx, verb.i, pred.targetPreps).flatMap((p) => p.mentions);
    // ("launched by X against Y" with the against-phrase hung on the agent by the parser)
    if (!targets.length && verb && pred.type === 'ATTACKS')
      targets = kids(ctx.g, verb.i, 'obl')
        .filter((c) => caseOf(ctx.g, c.i) === 'by')
        .flatMap((c) => prepMentions(ctx, c.i, ['against']).flatMap((p) => p.mentions));
    // "its pledge of allegiance to X": the target hangs on the noun the predicate is the of-phrase of
    if (!targets.length && n.rel === 'nmod' && caseOf(ctx.g, n.i) === 'of')
      targets = prepMentions(ctx, n.head, pred.targetPreps).flatMap((p) => p.mentions);
    // "giving the TTP sanctuary", "pledged them his support": the light verb's other object
    if (!targets.length && verb)
      targets = kids(ctx.g, verb.i, 'iobj', 'obj')
        .filter((c) => c.i !== n.i)
        .flatMap((c) => mentionsAt(ctx, c.i));
    // "X was taken into custody by Y", "X was given sanctuary by Y": a passive light verb's subject
    if (!targets.length && verb && kids(ctx.g, verb.i, 'aux:pass').length)
      targets = kids(ctx.g, verb.i, 'nsubj:pass').flatMap((c) => mentionsAt(ctx, c.i));
    if (!targets.length) targets = owned;
    // "the Front's demand that Valdoria release its fighters": the mandative clause's subject
    if (!targets.length && pred.type === 'DEMANDS') targets = contentSubjects(ctx, n.i, true);
    if (!targets.length && pred.type === 'DEMANDS') targets = addresseeOfAnswer(ctx, n);
    if (!targets.length && pred.type === 'THREATENS' && verb) targets = coordinatedObject(ctx, verb, sources);
    // ("vowed revenge", "promised retaliation": the maker of the attack answered — retaliation.ts)
    if (!targets.length && pred.type === 'THREATENS' && L.sets.revengeNouns.has(n.lem)) targets = avengedAttacker(ctx, sources);
    if (!targets.length && pred.type === 'ATTACKS') targets = diedIn(ctx, n);
    // "strikes aimed at X": the at-phrase of a participle of aiming (lexicon `aimingParticiples`)
    if (!targets.length && pred.type === 'ATTACKS')
      targets = kids(ctx.g, n.i, 'acl')
        .filter((a) => a.pos === 'VBN' && L.sets.aimingParticiples.has(a.lem))
        .flatMap((a) => prepMentions(ctx, a.i, ['at', 'against']).flatMap((p) => p.mentions));
    if (!targets.length && pred.type === 'ATTACKS') targets = superlativeOn(ctx, n, pred.targetPreps);
    if (
      !targets.length &&
      pred.type === 'ATTACKS' &&
      ctx.memory.lastVictim &&
      isDefinite(ctx.g, n.i) &&
      sameEventPlace(ctx, n.i, ctx.memory.lastVictimSentence) &&
      sameEventOtherwise(ctx, n.i, sources, !culprit?.blamed) &&
      // "the Zhob attack" names the event: it reaches further back than a bare "the attack"
      ctx.sentence.index - ctx.memory.lastVictimSentence <= (namesPlace(ctx, n.i) ? 10 : 2)
    ) {
      targets = [byId(ctx, ctx.memory.lastVictim)];
      if (!culprit?.blamed && fact.status === 'stated') retractInferredAttack(ctx, sources);
    }
    // "A and B traded accusations", "A exchanged fire with B": each against the other
    const exchange = verb && L.sets.reciprocalLight.has(verb.lem);
    const others = exchange ? prepMentions(ctx, verb.i, ['with']).flatMap((p) => p.mentions) : [];
    // (with a with-phrase, each subject and partner against each of its parties, not one another:
    // "the Levy, joined by Lumen, exchanged fire with the Front")
    if (verb && !targets.length && others.length && sources.length) {
      const partners = joinedPartners(ctx.g, verb).flatMap((c) => mentionsAt(ctx, c));
      for (const a of [...sources, ...partners]) for (const b of others) recordEachWay(ctx, pred.type, [a, b], n, fact);
      continue;
    }
    const sides = exchange ? [...sources, ...others] : [];
    if (!targets.length && sides.length >= 2) {
      recordEachWay(ctx, pred.type, sides, n, fact);
      continue;
    }
    // "directed its fighters to carry out attacks on X": an order to attack is a threat
    if (pred.type === 'ATTACKS' && verb && orderedAttack(ctx, verb, targets, fact)) continue;
    // ("Front spokesman X claimed the assault": a member's or spokesman's claim is the group's)
    const claim = pred.type === 'ATTACKS' && verb !== undefined && L.sets.claimVerbs.has(verb.lem);
    if (targets.length) record(ctx, { type: pred.type, sources, targets, at: n, rule, fact, status: ended ? 'ended' : undefined, claim });
  }
}

/**
 * Construction class: a peace accord ended. "X tore up the peace deal", "the accord, which the
 * shura scrapped in 2007": a peace accord (lexicon `peaceAccordNouns`) under one of the truce's
 * ending verbs was a truce between its parties, now ended — the truce's predicates instead of the
 * talks' (undefined when the accord is not ended so).
 */
function endedAccord(ctx: ClauseContext, n: DepToken, known: string): Predicate[] | undefined {
  const L = lexicon();
  if (!L.sets.peaceAccordNouns.has(known)) return undefined;
  const truce = L.predicates.filter((p) => p.type === 'CEASEFIRE_WITH');
  const ending = truce.flatMap((p) => p.ending);
  return lightVerbOf(ctx, n, ending) || isEndedBy(ctx, n) ? truce : undefined;
}

/**
 * Construction class: a named operation. "The army launched Zarb-e-Azb against the Front",
 * "Rah-e-Nijat, mounted by the army against X": a name that is no actor (nor place), as the
 * object of a verb of launching (lexicon `operationVerbs`) or modified by it as a participle,
 * with an against-phrase on that verb, is read as the attack noun "operation".
 */
function namedOperation(ctx: ClauseContext, n: DepToken): boolean {
  if (!n.pos.startsWith('NNP') || ctx.mentionOf.has(n.i)) return false;
  const L = lexicon().sets;
  const head = tok(ctx.g, n.head);
  const verbs = [...(head && n.rel === 'obj' ? [head] : []), ...kids(ctx.g, n.i, 'acl').filter((a) => a.pos === 'VBN')];
  return verbs.some((v) => L.operationVerbs.has(v.lem) && prepMentions(ctx, v.i, ['against']).length > 0);
}

/**
 * Construction class: a superlative predicate of an attack noun. "The bombing was the deadliest
 * on the Levy in years", "the raid was the worst against X since 2014": the predicate's on- or
 * against-phrase is the attack's target.
 */
function superlativeOn(ctx: ClauseContext, n: DepToken, preps: readonly string[]): Mention[] {
  const pred = tok(ctx.g, n.head);
  if (!pred || n.rel !== 'nsubj' || !kids(ctx.g, pred.i, 'cop').length) return [];
  const superlative = pred.pos === 'JJS' || kids(ctx.g, pred.i, 'amod').some((a) => a.pos === 'JJS');
  return superlative ? prepMentions(ctx, pred.i, preps).flatMap((p) => p.mentions) : [];
}

/**
 * Construction class: death in an attack. "X, who died in a drone strike by Y", "X was among
 * those who perished in the Front's bombing": the subject of a verb of dying (lexicon
 * `deathVerbs`) whose in-phrase is the attack noun is its target.
 */
function diedIn(ctx: ClauseContext, n: DepToken): Mention[] {
  const verb = tok(ctx.g, n.head);
  if (!verb || !n.rel.startsWith('obl') || caseOf(ctx.g, n.i) !== 'in' || !lexicon().sets.deathVerbs.has(verb.lem)) return [];
  return agentNodes(ctx.g, verb).flatMap((a) => mentionsAt(ctx, a));
}

/**
 * Construction class: mutual attack noun. "clashes between A and B", "fighting erupted between
 * A and B": a mutual noun (lexicon `reciprocalNouns`) with a between-phrase on it or on the verb
 * it is the subject of states each side attacking the other. True when it recorded.
 */
function mutual(ctx: ClauseContext, pred: Predicate, n: DepToken, fact: Factuality): boolean {
  if (pred.type === 'ATTACKS' && casualtiesOfFight(ctx, n, fact)) return true;
  if (pred.type !== 'ATTACKS' || !lexicon().sets.reciprocalNouns.has(n.lem)) return false;
  const head = tok(ctx.g, n.head);
  const on = [n.i, ...(head?.pos.startsWith('VB') && n.rel === 'nsubj' ? [head.i] : [])];
  const sides = on.flatMap((i) => prepMentions(ctx, i, ['between']).flatMap((p) => p.mentions));
  if (!twoSidesAmong(sides)) return false;
  recordEachWay(ctx, 'ATTACKS', sides, n, fact);
  return true;
}

/**
 * Construction class: casualties of a fight with someone. "Three soldiers were martyred in clashes
 * with the Front", "a policeman was killed in an exchange of fire with Front militants", "two
 * guards died in a gunfight with X": a mutual fight noun (lexicon `reciprocalNouns`, or an
 * attack noun in the of-phrase of an exchange: lexicon `reciprocalLight`) in the in-phrase of a
 * verb of harm or death, with a with-phrase naming the other side, states each side attacking
 * the other, the casualties' side being one. True when it recorded.
 */
function casualtiesOfFight(ctx: ClauseContext, n: DepToken, fact: Factuality): boolean {
  const L = lexicon();
  const exchange = n.rel === 'nmod' && caseOf(ctx.g, n.i) === 'of' ? tok(ctx.g, n.head) : undefined;
  const fight = exchange && L.sets.reciprocalLight.has(exchange.lem) ? exchange : L.sets.reciprocalNouns.has(n.lem) ? n : undefined;
  const verb = fight && tok(ctx.g, fight.head);
  if (!fight || !verb || !fight.rel.startsWith('obl') || caseOf(ctx.g, fight.i) !== 'in') return false;
  const harms = L.sets.deathVerbs.has(verb.lem) || (L.verbs.get(verb.lem) ?? []).some((p) => p.type === 'ATTACKS');
  const casualties = harms
    ? (L.sets.deathVerbs.has(verb.lem) ? agentNodes(ctx.g, verb) : patientNodes(ctx.g, verb)).flatMap((c) => mentionsAt(ctx, c))
    : [];
  const others = prepMentions(ctx, fight.i, ['with']).flatMap((p) => p.mentions);
  const sides = [...casualties, ...others];
  if (!casualties.length || !others.length || !twoSidesAmong(sides)) return false;
  for (const a of casualties) for (const b of others) recordEachWay(ctx, 'ATTACKS', [a, b], n, fact);
  return true;
}

/**
 * Construction class: converse light verb. "The Front receives support from Ostmark", "X found
 * shelter with Y", "X faced threats from Y": the verb's subject is the target and the noun's or
 * the verb's from/by/with-phrase the source (lexicon field `converse`).
 */
function received(ctx: ClauseContext, pred: Predicate, n: DepToken, verb: DepToken, fact: ReturnType<typeof factualityOf>): void {
  // "enjoyed the patronage of Y", "received support from Y", "found shelter with Y", "repulsed
  // Y's attack", "survived an assassination attempt by Y" (the phrase on the carrier noun)
  const preps = ['from', 'by', 'with', 'of'];
  const nouns = [n.i];
  for (let x = tok(ctx.g, n.head); x && x.i !== verb.i && nouns.length < 3; x = tok(ctx.g, x.head)) nouns.push(x.i);
  const phrases = [...nouns, verb.i].flatMap((i) => prepMentions(ctx, i, preps)).flatMap((p) => p.mentions);
  // (else the noun's owner: "repulsed the Front's attack", "repelled a Front attack"; not "its own":
  // "faced its own wave of Front attacks" is the subject's, the one who suffered them)
  const own = (i: number) => kids(ctx.g, i, 'amod').some((a) => a.lem === 'own');
  const owners = (i: number) => kids(ctx.g, i, 'nmod:poss', 'compound').filter((c) => !(c.rel === 'nmod:poss' && own(i)));
  const sources = phrases.length ? phrases : nouns.flatMap((i) => owners(i).flatMap((c) => mentionsAt(ctx, c.i)));
  const targets = agentMentions(ctx, verb);
  if (sources.length && targets.length)
    record(ctx, { type: pred.type, sources, targets, at: n, rule: `converse:${pred.type.toLowerCase()}`, fact });
  // "Levy posts came under attack": an attack suffered from no one named makes its subject the
  // last victim, for a claim that follows ("The Front claimed most of them")
  else if (!sources.length && pred.type === 'ATTACKS' && fact.factual && fact.status === 'stated') noteVictim(ctx, targets, verb);
}

/** Verbs of blaming and the preposition of the act blamed for ("blamed X for", "accused X of"). */
const BLAMING: Readonly<Record<string, string>> = { blame: 'for', accuse: 'of', suspect: 'of', fault: 'for', hold: 'for' };

/**
 * Construction class: a threat beside an act against its target. "X summoned Y's envoy and vowed
 * revenge": a threat with no target named, coordinated with a verb whose object names another
 * actor, is against that actor.
 */
export function coordinatedObject(ctx: ClauseContext, verb: DepToken, sources: Mention[]): Mention[] {
  const head = verb.rel === 'conj' ? tok(ctx.g, verb.head) : undefined;
  if (!head?.pos.startsWith('VB')) return [];
  // its object, else the party of its with/to phrase ("shared the evidence with X and demanded …")
  const objects = patientNodes(ctx.g, head).flatMap((i) => mentionsAt(ctx, i));
  const phrases = [head.i, ...kids(ctx.g, head.i, 'obj').map((o) => o.i)].flatMap((i) => prepMentions(ctx, i, ['with', 'to']));
  const parties = objects.length ? objects : phrases.flatMap((p) => p.mentions);
  return parties.filter((m) => !sources.some((s) => s.id === m.id));
}

/** Nouns that stand for a series of the attacks of their of-phrase ("a string of attacks on X"). */
const SERIES = new Set(['string', 'series', 'wave', 'spate', 'number', 'campaign', 'chain', 'run']);

/**
 * Construction class: culpability with an attack noun. "X was behind the attack on Y", "X was
 * responsible for a string of attacks on Y", "X was involved in the bombing of Y": the subject
 * of the culpability predicate (lexicon `culpability`, or a copula with "behind") carried out the
 * attack. Under a verb of saying it is the speaker's allegation (record.ts).
 */
function culpritsOf(ctx: ClauseContext, n: DepToken): { mentions: Mention[]; at: number; blamed?: boolean } | undefined {
  let x = n;
  const up = tok(ctx.g, x.head);
  if (up && SERIES.has(up.lem) && x.rel.startsWith('nmod') && caseOf(ctx.g, x.i) === 'of') x = up;
  // "Valdoria blamed the Front for the attack", "the Front, which Valdoria blames for an
  // assault on …", "the Front was blamed for the bombing": the one blamed, by the blamer's word
  const verb = tok(ctx.g, x.head);
  if (verb?.pos.startsWith('VB') && x.rel.startsWith('obl') && BLAMING[verb.lem] === caseOf(ctx.g, x.i)) {
    const blamed = [...patientNodes(ctx.g, verb)].flatMap((i) => mentionsAt(ctx, i));
    return blamed.length ? { mentions: blamed, at: verb.i, blamed: true } : undefined;
  }
  // "X is wanted for her role in the bombing of Y", "X's involvement in the attack": the owner of
  // a part in the attack (lexicon `culpabilityNouns`) carried it out, by someone's charge
  const share = tok(ctx.g, x.head);
  if (share && lexicon().sets.culpabilityNouns.has(share.lem) && x.rel.startsWith('nmod') && caseOf(ctx.g, x.i) === 'in') {
    const owners = kids(ctx.g, share.i, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i));
    return owners.length ? { mentions: owners, at: share.i, blamed: true } : undefined;
  }
  const imputed = imputedTo(ctx, x);
  if (imputed) return imputed;
  // "the bombing bore the hallmarks of X", "the raid carried X's signature": whose marks an attack
  // shows carried it out, by the reporter's inference (lexicons `hallmarkVerbs`, `hallmarkNouns`)
  const bearer = tok(ctx.g, x.head);
  if (bearer?.pos.startsWith('VB') && x.rel === 'nsubj' && lexicon().sets.hallmarkVerbs.has(bearer.lem)) {
    const marks = kids(ctx.g, bearer.i, 'obj').filter((o) => lexicon().sets.hallmarkNouns.has(o.lem));
    const owners = marks.flatMap((m) => [
      ...kids(ctx.g, m.i, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)),
      ...prepMentions(ctx, m.i, ['of']).flatMap((p) => p.mentions),
    ]);
    return owners.length ? { mentions: owners, at: bearer.i, blamed: true } : undefined;
  }
  const culpable = (t: DepToken) =>
    (kids(ctx.g, t.i, 'cop').length > 0 && hasCase(ctx.g, t.i, 'behind')) || lexicon().sets.culpability.has(t.lem);
  // "X was behind the attack": the attack noun is the copular predicate itself
  const pred = culpable(x) && hasCase(ctx.g, x.i, 'behind') ? x : tok(ctx.g, x.head);
  if (!pred || !culpable(pred) || (pred !== x && !['obl', 'nmod'].includes(x.rel.split(':')[0]!))) return undefined;
  const subject = kids(ctx.g, pred.i, 'nsubj', 'nsubj:pass')[0];
  const mentions = subject ? mentionsAt(ctx, subject.i) : [];
  return mentions.length ? { mentions, at: pred.i } : undefined;
}

/**
 * Construction class: an act imputed to someone. "Valdoria blamed the attack on the Front", "the
 * bombing, which Valdoria attributed to the Front", "a strike widely attributed to Ostmark", "the
 * blast was linked to the League": a verb of imputing (lexicon `imputingVerbs`, with its
 * preposition) whose object or passive subject is the act, or that is a relative clause or
 * participle on it, names who carried it out in its phrase, by the imputer's word. An imputer
 * that is a party to the conflict accuses them (a verb of blaming already does, as a verb).
 */
function imputedTo(ctx: ClauseContext, x: DepToken): { mentions: Mention[]; at: number; blamed: true } | undefined {
  const L = lexicon().sets;
  const prepOf = (v: DepToken) => phrasalPreps(L.imputingVerbs, v.lem)[0];
  const head = tok(ctx.g, x.head);
  const verbs = [
    ...(head?.pos.startsWith('VB') && ['obj', 'nsubj:pass'].includes(x.rel) ? [head] : []),
    ...kids(ctx.g, x.i, 'acl:relcl', 'acl').filter((a) => a.pos.startsWith('VB')),
  ];
  for (const v of verbs) {
    const prep = prepOf(v);
    // (the phrase may hang on the act: "linked Wednesday's bombing of a bus to X")
    const phrases = prep ? prepMentions(ctx, v.i, [prep]) : [];
    const culprits = (phrases.length || !prep ? phrases : prepMentions(ctx, x.i, [prep])).flatMap((p) => p.mentions);
    if (!culprits.length) continue;
    const imputers = partySpeakers(ctx, agentNodes(ctx.g, v)[0]).filter((m) => !culprits.some((c) => c.id === m.id));
    const fact = factualityOf(ctx.g, v.i);
    if (imputers.length && !lexicon().sets.blameVerbs.has(v.lem) && fact.factual)
      record(ctx, { type: 'ACCUSES', sources: imputers, targets: culprits, at: v, rule: 'culpability:imputed', fact });
    return { mentions: culprits, at: v.i, blamed: true };
  }
  return undefined;
}

/**
 * Construction class: answered demand. "X rejected the Front's demand", "X agreed to meet their
 * demands": a demand that someone rejects, accepts or meets was addressed to them (the verbs
 * of the lexicon's rejection predicates and their negated forms).
 */
function addresseeOfAnswer(ctx: ClauseContext, n: DepToken): Mention[] {
  const head = tok(ctx.g, n.head);
  if (!head?.pos.startsWith('VB') || (n.rel !== 'obj' && n.rel !== 'nsubj:pass')) return [];
  const answers = answersOffer(head.lem);
  return answers ? agentMentions(ctx, head) : [];
}

/** "the truce … was over": a talk noun as subject of "over"/"collapsed" states the tie ended. */
export function isEndedBy(ctx: ClauseContext, n: DepToken): boolean {
  const head = tok(ctx.g, n.head);
  return Boolean(head && n.rel === 'nsubj' && ['over', 'collapse', 'end', 'expire', 'break'].includes(head.lem));
}

/**
 * "the Quetta attack" is the attack just reported only when that report named Quetta too: a
 * place modifying the attack noun must be among the places of the earlier sentence.
 */
function sameEventPlace(ctx: ClauseContext, n: number, earlier: number): boolean {
  const before = ctx.state.mentions[earlier] ?? [];
  return placesOf(ctx, n).every((p) => before.some((o) => o.id === p.id));
}

/**
 * "fled after the 2009 military operation" is not the drone strike just reported: an attack noun
 * whose own attacker differs from the last attack's, or whose year the earlier report did not
 * give, is another event — unless the attack is `claimed` (not blamed) and the last attacker was
 * only inferred from unnamed people ("a suicide bomber …. The League claimed the bombing").
 */
function sameEventOtherwise(ctx: ClauseContext, n: number, sources: readonly Mention[], claimed: boolean): boolean {
  const last = ctx.memory.lastAttacker;
  const inferred = claimed && ctx.memory.inferredAttack?.source === last;
  if (last && sources.length && !sources.some((s) => s.id === last) && !inferred) return false;
  const earlier = ctx.state.sentences[ctx.memory.lastVictimSentence]?.text ?? '';
  return kids(ctx.g, n, 'nummod', 'compound', 'amod')
    .filter((c) => /^\d{4}$/.test(c.word))
    .every((c) => earlier.includes(c.word));
}

/** The places modifying noun `n` ("the Zhob attack"). */
function placesOf(ctx: ClauseContext, n: number): Mention[] {
  return kids(ctx.g, n, 'compound', 'amod', 'nmod:poss')
    .map((c) => ctx.mentionOf.get(c.i))
    .filter((m): m is Mention => Boolean(m?.id && (m.place || m.kind === 'Location')));
}

function namesPlace(ctx: ClauseContext, n: number): boolean {
  return placesOf(ctx, n).length > 0;
}
