/**
 * Repairs of attachments the parser gets wrong in a recognisable way, applied once per sentence
 * before any relation pattern reads the parse (so every pattern sees the same corrected tree).
 * Those around commas and parentheticals live in punctuation-repairs.ts; those that decide which
 * verb heads a clause and what its subject is, in clause-repairs.ts (applied first).
 *
 * Construction class: trailing communicative participle. In "X said his government had made no
 * commitment to free the prisoners, rejecting a demand …" the parser hangs "rejecting" on the
 * deepest verb of the reported clause ("free"), so it would inherit that clause's subject and its
 * negation. A participle of saying, demanding, accusing, threatening or rejecting, set off by a
 * comma, without a subject of its own, inside the complement of a verb of saying, is the
 * speaker's act: it is re-attached to the verb of saying as an adverbial clause. Participles of
 * other verbs ("…, killing four soldiers") stay where they are: they continue the reported event.
 * (Before this, a participle the parser read as an adjective of the name after it — ", accusing
 * Kabul of …" — is made the clause it is; see repairGerundAsAdjective.)
 * Outside reported speech, such a participle hung on an infinitive ("X tied the drive to expel Y
 * to its fight, accusing Z of …") is re-attached to the clause that controls the infinitive.
 * A finite verb of that kind coordinated with the reported clause ("said Y would not yield and
 * vowed to crush Z") is re-attached the same way, as a conjunct of the verb of saying.
 *
 * Construction class: reduced-relative garden path. In "Talks hosted by Oman began in May" and
 * "A delegation led by the minister held talks with X" the parser makes the participle the main
 * verb ("hosted", "led", even tagged as a past tense) and hangs the real finite verb on it ("began" as dep, "held" as an
 * adjective of "talks"); so in "Militants linked to X attacked Y" (a participle of owning, lexicon
 * `owningParticiples`, with its to/with-phrase). A past participle at the root with a by-phrase (or that phrase), no auxiliary, and a
 * later finite verb without a subject of its own is a reduced relative on its subject: the
 * finite verb becomes the root with that subject, the participle modifies the subject. The same
 * holds in a second clause ("X offered talks, but the Front led by Y withdrew the offer": the
 * participle a conjunct, its subject read as a passive one): the finite verb takes the conjunct's
 * place with its conjunction and later conjuncts.
 *
 * Construction class: verb read as a plural noun. "Ostmark funds both groups", "Lumen backs the
 * Front": after a name the parser reads the verb as a plural noun the name modifies ("Ostmark's
 * funds"). A root plural noun whose singular is a relation verb of the lexicon, right after a
 * name it takes as compound, followed by a noun phrase it has no preposition for, is a
 * present-tense verb with the name as subject and the phrase as object.
 *
 * Construction class: reduced relative read as a clause. "welcomed the talks between A and B
 * hosted by X": the parser makes "talks" the subject of "hosted". A past participle with a
 * by-phrase and a subject but no auxiliary is a reduced relative whose "subject" is what it was
 * done to: the subject becomes the passive subject. When the participle hangs on a verb that has
 * no object and its "subject" ends right before it ("bombed a camp run by X"), that phrase is the
 * verb's object and the participle a reduced relative on it.
 *
 * Construction class: a claim noun's content clause hung on the verb. In "X denied Y's
 * allegation that it funds Z" the parser makes "that it funds Z" a complement of "denied"; a
 * that-clause after the object of its verb, when that object is a claim noun (lexicon
 * `reportNouns`), is the noun's content clause.
 *
 * Construction class: headline passive. "X killed in a drone strike", "Three suspects arrested
 * in Karachi": a verb that is never used without an object (lexicon `transitiveOnly`), with a
 * subject before it but no object, no auxiliary and no clause of its own after it, has dropped
 * its "was": the subject becomes the passive subject. So has "X named TTP chief", where the only
 * object is a role noun: it becomes the role the subject was given.
 *
 * Construction class: non-restrictive relative clause left loose. "hideouts of the Front, who
 * have killed hundreds of soldiers": the parser hangs the clause on the main verb as `dep`; a
 * clause whose subject is "who"/"which" right after a comma is a relative clause on the noun
 * before that comma.
 *
 * Construction class: contact relative clause (no relativizer). "freed an officer the Front had
 * kidnapped", "released the commander the Front had captured": the parser hangs the clause on the
 * main verb (as parataxis or dep), or makes the noun the subject of the clause's verb and the real
 * subject a loose dep. A finite or perfect verb without an object whose subject begins right after
 * a noun phrase (the object of the main verb, or the main verb's would-be object) is a relative
 * clause on that noun; the gap is its object.
 *
 * Construction class: mandative subjunctive read as a noun. "demanded that X hand over the
 * culprits": the parser makes "that" the object and "hand" a noun the name modifies. After a
 * verb of demanding (lexicon DEMANDS verbs), "that" + name + a singular noun with no determiner is
 * a content clause: the noun is its base-form verb, the name its subject, its of/over phrases
 * its object and particle.
 *
 * Construction class: hedged free relative. "struck what the army described as Front hideouts",
 * "launched missiles at what it said were camps of X", "shelled what Y called rebel bases": the
 * parser makes the describing verb (lexicon `describingVerbs`) a clause of the main verb, or the
 * described noun the main verb's clause, or the sentence's root ("responded by shelling what the
 * army said were X camps"). The described noun phrase is the main verb's object
 * (or, after a preposition, its oblique), and the describing clause a relative clause on it.
 *
 * Construction class: resultative particle read as an adjective. "set free a kidnapped officer":
 * the parser makes "free" an adjective of the object. An adjective right after a verb with which
 * it forms a phrasal verb of the lexicon ("set free", "let go") is that verb's particle.
 *
 * Construction class: a subordinate clause read as a prepositional phrase. "took over after his
 * predecessor, X, was killed by a drone": the parser makes "his predecessor" an oblique with
 * "after" and leaves "was killed" without a subject ("stalled after the militants said …": the
 * same with a finite verb). A verb with an auxiliary, or a finite verb, but no subject, right
 * after an oblique introduced by a subordinating preposition (after, before, since, until,
 * once), takes that oblique as its subject and the preposition as its marker.
 *
 * Construction class: a reported clause with a pronoun subject read as the speech verb's object.
 * "X protested … and hinted it may take action": the parser makes "it" the object of "hinted" and
 * the modal clause the root, with the first clause as its clausal subject. A modal verb whose
 * clausal subject is coordinated with a verb of saying, right after that verb's pronoun object,
 * is the complement of the verb of saying, the pronoun its subject.
 *
 * Construction class: a relative pronoun that is the object of a gerund. "the Front, which
 * Valdoria accuses Lumen of sheltering": the parser makes "which" a second object of "accuses".
 * A verb with a relative pronoun object before it, a noun object after it and an of/for gerund
 * after that gives the pronoun to the gerund.
 *
 * Construction class: a content clause hung on the noun of the speech verb's setting. "warned in
 * an interview that X could strike Y", "said at a briefing that X …": the parser makes the
 * that-clause a complement of "interview" / "briefing". A clause with "that" and a subject of its
 * own, under a noun that is the oblique of a verb of saying, demanding, accusing, threatening or
 * rejecting, is that verb's complement — unless the noun is itself a claim noun (lexicon
 * `reportNouns`: "made the allegation that …" keeps its content clause).
 *
 * Construction class: it-cleft. "It was the Front that carried out the raid", "it is Ostmark who
 * funds them": the parser hangs the clause on the focused name as `dep` (or `ccomp`), its "that" /
 * "who" a subject with no antecedent. A name or noun with the copula and an "it" subject whose
 * clause has a relative pronoun subject is focused by a cleft: the clause is a relative clause on
 * it, so the focused phrase is the clause's subject.
 *
 * Construction class: the parties of a noun past its post-modifiers. "the negotiations now under
 * way in Doha between A and B", "talks held in X last week between A and B": the parser hangs the
 * between-phrase on the nearest noun ("way", "Doha", "week"). A between-phrase on a noun that
 * states no relation, after a noun of a two-party relation (a `symmetric` predicate of the lexicon:
 * talks, ceasefire) within the same phrase — no finite verb between them — belongs to that noun.
 *
 * Construction class: a fronted time phrase fused with the subject. "On Tuesday General X, the
 * army chief, told Y …", "Later in the week X, adviser to the prime minister, accused Y …": with
 * no comma after the time phrase the parser takes the name into it (as the phrase's noun, or as a
 * compound of the role noun) and the appositive for the subject or the root. A sentence that opens
 * with a time phrase (a preposition or "later"/"earlier" and a word of lexicon `frontedTimeWords`)
 * followed by a capitalised name, a comma, a phrase, a comma and a verb is rebuilt: the verb heads
 * the clause, the name is its subject, the comma phrase the name's appositive, the time phrase an
 * oblique of the verb.
 *
 * Construction class: an appositive opened by "then". "X, then the information minister, said
 * …", "Y, once the spokesman of Z, was freed": the parser reads "X … minister" as a clause with X
 * its subject (or "once" as a subordinator) and the verb after it as a loose dependent. A name, a
 * comma, an opener (lexicon `appositiveOpeners`) and a phrase, a comma and a verb is rebuilt as
 * the verb's clause with the name its subject and the phrase its appositive, the opener a
 * modifier of the role (past for "then", "once", "formerly": lexicon `former`).
 *
 * Construction class: coordinated complement clauses. "X said its council had chosen Y and that
 * its war against Z would go on": the second that-clause is a conjunct of the first. A conjunct
 * with its own "that" and subject, of a complement clause, is a complement of the same verb, so
 * every reported-speech pattern sees it as it sees the first.
 */
import {
  attach,
  type DepGraph,
  type DepToken,
  dropEnhanced,
  isRelativePronoun,
  kids,
  moveFinalPunct,
  subtreeSpan,
  tok,
  FINITE,
} from './dependency-graph.ts';
import { CLAUSE_REPAIRS, repairComplementizerAsObject, repairFrontedPhraseOnParticiple, repairRelativeOnAlias } from './clause-repairs.ts';
import { PHRASE_REPAIRS, repairAppositiveParticipleAsClause } from './phrase-repairs.ts';
import { PUNCTUATION_REPAIRS, repairQuoteAsRoot } from './punctuation-repairs.ts';
import { communicativeVerb, lexicon, verbLemmasOf } from '../lexicon.ts';
import { isPersonPlaceholder, isPlaceholder } from './mask-names.ts';

const ADJUNCT = new Set(['dep', 'advcl', 'xcomp', 'conj', 'acl']);
const CHAIN = new Set(['ccomp', 'xcomp', 'conj', 'advcl', 'dep']);

/** The verb of saying whose complement contains token `i` (through complement and adjunct links), if any. */
function governingSpeech(g: DepGraph, i: number, speech: ReadonlySet<string>): number | undefined {
  let x = tok(g, i);
  for (let hops = 0; x && hops < 6 && CHAIN.has(x.rel); hops++) {
    const up = tok(g, x.head);
    if (up && x.rel === 'ccomp' && speech.has(up.lem) && up.pos.startsWith('VB')) return up.i;
    x = up;
  }
  return undefined;
}

/**
 * Construction class: participle read as an adjective of a name. In "…, accusing Kabul of
 * failing to act" the parser makes "accusing" an adjective of "Kabul" and the name an object of
 * the previous verb. A present participle right after a comma that modifies the proper noun
 * right after it is a participial clause: it takes the name's place, the name becomes its object
 * and the name's of-phrase its complement. Likewise a gerund of a relation verb right after
 * "by", "after", "before" or "while" ("retaliated by shelling Valdorian posts") is an adverbial
 * clause of the verb, the noun after it its object.
 */
function repairGerundAsAdjective(g: DepGraph): boolean {
  let changed = false;
  for (const t of g.tokens) {
    const noun = tok(g, t.head);
    if (t.pos !== 'VBG' || t.rel !== 'amod' || tok(g, t.i - 1)?.word !== ',' || noun?.i !== t.i + 1 || !noun.pos.startsWith('NNP'))
      continue;
    t.head = noun.head;
    t.rel = 'dep';
    noun.head = t.i;
    noun.rel = 'obj';
    for (const c of g.children.get(noun.i) ?? [])
      if (c.rel.startsWith('nmod') && kids(g, c.i, 'case').some((k) => k.lem === 'of' || k.lem === 'for')) {
        c.head = t.i;
        c.rel = c.pos.startsWith('VB') ? 'advcl' : 'obl';
      }
    changed = true;
  }
  // "retaliated by shelling Valdorian posts": a gerund right after "by"/"after"/"before",
  // read as an adjective of the noun after it, is an adverbial clause with that noun as object
  for (const t of g.tokens) {
    const noun = tok(g, t.head);
    const prep = tok(g, t.i - 1);
    const owner = noun ? tok(g, noun.head) : undefined;
    if (t.pos !== 'VBG' || t.rel !== 'amod' || !noun || noun.i <= t.i || !owner) continue;
    if (prep?.rel !== 'case' || prep.head !== noun.i || !GERUND_PREPS.has(prep.lem)) continue;
    // "accused X of providing sanctuary to Y": of/for with a light verb whose noun follows, or
    // with a relation verb of its own under a verb of charging ("accused X of sheltering Front
    // fighters"; "spoke of attacking Front units" stays a noun phrase)
    const light = prep.lem === 'of' || prep.lem === 'for';
    const charged = lexicon().sets.chargeVerbs.has(owner.lem) || lexicon().sets.chargeVerbs.has(tok(g, owner.head)?.lem ?? '');
    const relationVerb = lexicon().verbs.has(t.lem) && (!light || charged);
    if (light ? !relationVerb && (!lexicon().nouns.has(noun.lem) || !(isLightVerb(t.lem) || isConverseVerb(t.lem))) : !relationVerb)
      continue;
    // the phrase hangs on the verb, or (of/for) on the verb's object: "accused Ostmark's
    // intelligence of giving Karel Brandt refuge" is the object's gerund clause
    const onObject = light && noun.rel.startsWith('nmod') && owner.rel === 'obj';
    if (!owner.pos.startsWith('VB') && !onObject) continue;
    t.head = owner.i;
    t.rel = onObject ? 'acl' : 'advcl';
    prep.head = t.i;
    prep.rel = 'mark';
    noun.head = t.i;
    noun.rel = 'obj';
    // "giving Karel Brandt refuge": a name read as the noun's compound is the gerund's first object
    const first = tok(g, t.i + 1);
    if (first?.head === noun.i && first.rel === 'compound' && first.pos.startsWith('NNP') && isLightVerb(t.lem)) {
      first.head = t.i;
      first.rel = 'iobj';
    }
    // its recipient or giver, hung on the governing verb after the noun ("… sanctuary to Y",
    // "accused X of receiving money from Y")
    // (on the verb above the object when the clause is the object's: "accused the movement of …")
    const holders = onObject ? [owner.i, owner.head] : [owner.i];
    for (const c of holders.flatMap((h) => kids(g, h, 'obl')))
      if (c.i > noun.i && kids(g, c.i, 'case').some((k) => RECIPIENT.has(k.lem))) c.head = t.i;
    changed = true;
  }
  // "answered by firing on Levy troops": a gerund after by/after/before/while read as a noun
  // phrase (an oblique with nmod children) is the adverbial clause it is
  for (const t of g.tokens) {
    const prep = kids(g, t.i, 'case').find((k) => k.i === t.i - 1 && ['by', 'after', 'before', 'while'].includes(k.lem));
    if (t.pos !== 'VBG' || t.rel !== 'obl' || !prep || !lexicon().verbLemmas.has(t.lem)) continue;
    t.rel = 'advcl';
    prep.rel = 'mark';
    for (const c of g.children.get(t.i) ?? []) if (c.rel === 'nmod') c.rel = 'obl';
    changed = true;
  }
  // "accused Ostmark of sheltering the Front's leaders and fighters": a gerund after of/for read
  // as a nominal modifier of the noun before it, yet with an object of its own, is the gerund
  // clause (acl) the parser gives it when the object is simpler
  for (const t of g.tokens) {
    const prep = kids(g, t.i, 'case').find((k) => k.i === t.i - 1 && (k.lem === 'of' || k.lem === 'for'));
    if (t.pos !== 'VBG' || !t.rel.startsWith('nmod') || !prep || !kids(g, t.i, 'obj').length) continue;
    t.rel = 'acl';
    prep.rel = 'mark';
    changed = true;
  }
  return changed;
}

/**
 * Prepositions before a gerund clause: of manner and time ("by shelling X", "after storming X"),
 * and of an accusation's content ("of providing sanctuary to X", "for giving shelter").
 */
const GERUND_PREPS = new Set(['by', 'after', 'before', 'while', 'of', 'for']);
const RECIPIENT = new Set(['to', 'for', 'with', 'from']);

/** A light verb of some predicate ("provide", "give", "launch"). */
function isLightVerb(lemma: string): boolean {
  return lexicon().predicates.some((p) => p.light.includes(lemma));
}

/** A converse light verb of some predicate ("receive" support, "find" shelter). */
function isConverseVerb(lemma: string): boolean {
  return lexicon().predicates.some((p) => p.converse.includes(lemma));
}

/**
 * The clause an infinitive chain belongs to: from a verb reached through `xcomp` links ("tied the
 * drive to expel X, accusing Y …"), the first verb up the chain with a subject of its own.
 */
function controllingClause(g: DepGraph, i: number): number | undefined {
  let x = tok(g, i);
  if (x?.rel !== 'xcomp') return undefined;
  for (let hops = 0; x && hops < 4 && x.rel === 'xcomp'; hops++) x = tok(g, x.head);
  return x?.pos.startsWith('VB') && kids(g, x.i, 'nsubj').length ? x.i : undefined;
}

/** Rebuilds the children index after heads changed. */
function reindexChildren(g: DepGraph): void {
  g.children.clear();
  for (const t of g.tokens) g.children.set(t.head, [...(g.children.get(t.head) ?? []), t]);
}

/** Returns `g` with its repairs applied (tokens and the children index updated in place). */
export function repairAttachments(g: DepGraph): DepGraph {
  // each repair reads the tree the ones before it left: the children index is rebuilt after any change
  for (const repair of [
    repairQuoteAsRoot,
    ...CLAUSE_REPAIRS,
    ...PHRASE_REPAIRS,
    repairGerundAsAdjective,
    repairSpeakerParticiples,
    repairGardenPath,
    repairVerbAsNoun,
    repairThatAsHead,
    repairComplementizerAsObject,
    repairParticipleSubject,
    repairLooseRelative,
    repairRelativeOnAlias,
    repairContentClause,
    repairHeadlinePassive,
    ...PUNCTUATION_REPAIRS,
    repairContactRelative,
    repairSubjunctiveAsNoun,
    repairHedgedFreeRelative,
    repairResultativeParticle,
    repairClauseAsPrepPhrase,
    repairPronounReport,
    repairGerundRelative,
    repairFrontedPhraseOnParticiple,
    repairClauseOnSetting,
    repairCleft,
    repairDistantParties,
    repairCoordinatedComplement,
    repairFusedFrontedTime,
    repairThenAppositive,
    // (last: the repairs above can make the participle the name's clause)
    repairAppositiveParticipleAsClause,
  ])
    if (repair(g)) reindexChildren(g);
  return g;
}

/** The trailing-communicative-participle repair and its finite form (see the module comment); true when the tree changed. */
function repairSpeakerParticiples(g: DepGraph): boolean {
  const speech = lexicon().sets.speech;
  let changed = false;
  for (const t of g.tokens) {
    if (t.pos !== 'VBG' || !ADJUNCT.has(t.rel) || tok(g, t.i - 1)?.word !== ',') continue;
    if (kids(g, t.i, 'nsubj').length || !communicativeVerb(t.lem)) continue;
    const speaker = governingSpeech(g, t.head, speech) ?? controllingClause(g, t.head);
    if (!speaker || speaker === t.head) continue;
    t.head = speaker;
    t.rel = 'advcl';
    changed = true;
  }
  // the same for a finite verb coordinated with the reported clause: "X said Y would not be
  // blackmailed and vowed to crush Z" — the vow is X's, coordinated with "said"
  for (const t of g.tokens) {
    if (!/^VB[DZ]$/.test(t.pos) || t.rel !== 'conj' || kids(g, t.i, 'nsubj', 'nsubj:pass').length || !communicativeVerb(t.lem)) continue;
    const head = tok(g, t.head);
    const speaker = head?.rel === 'ccomp' ? tok(g, head.head) : undefined;
    // (a verb of saying after a reported verb may be that clause's subject's: "said Y denied it and
    // warned …"; after a copular predicate — "said the bombing was revenge and warned …" — it is the speaker's)
    // (unless the tenses tell: "denied that the Front operates … and accused Y": a past verb after
    // a present one, in the speaker's tense, is the speaker's)
    const speakersTense = head!.pos !== t.pos && t.pos === speaker?.pos;
    if (
      !speaker ||
      !speech.has(speaker.lem) ||
      !speaker.pos.startsWith('VB') ||
      (speech.has(t.lem) && head!.pos.startsWith('VB') && !speakersTense)
    )
      continue;
    t.head = speaker.i;
    // enhanced++ had given it the reported clause's subject through the old coordination
    const stale = (g.enhancedOut.get(t.i) ?? []).filter((e) => e.rel.startsWith('nsubj'));
    g.enhancedOut.set(
      t.i,
      (g.enhancedOut.get(t.i) ?? []).filter((e) => !stale.includes(e)),
    );
    for (const e of stale)
      g.enhancedIn.set(
        e.dep,
        (g.enhancedIn.get(e.dep) ?? []).filter((x) => x !== e),
      );
    changed = true;
  }
  return changed;
}

/** The reduced-relative garden path (see the module comment); true when the tree changed. */
function repairGardenPath(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (root && gardenPathAt(g, root, kids(g, root.i, 'nsubj')[0])) return true;
  // (a second clause: "…, but the Front led by Y withdrew the offer")
  const subjectBefore = (t: DepToken) => kids(g, t.i, 'nsubj:pass', 'nsubj').find((s) => s.i < t.i);
  const conjunct = g.tokens.find((t) => t.rel === 'conj' && subjectBefore(t));
  return conjunct !== undefined && gardenPathAt(g, conjunct, subjectBefore(conjunct));
}

/** Repairs the garden path at clause head `root` with subject `subj`, if it is one; true when the tree changed. */
function gardenPathAt(g: DepGraph, root: DepToken, subj: DepToken | undefined): boolean {
  // the participle is often tagged as a past tense ("led"): the by-phrase tells it apart
  if (!subj || !/^VB[DN]$/.test(root.pos) || kids(g, root.i, 'aux', 'aux:pass', 'cop').length) return false;
  // "began" hung on the participle, or "held" read as an adjective of the participle's object
  // (finite, or a participle with its auxiliary: "has vowed")
  const hung = kids(g, root.i, 'dep', 'parataxis', 'ccomp', 'conj').find(
    (f) =>
      f.i > root.i &&
      (FINITE.test(f.pos) || (f.pos.startsWith('VB') && kids(g, f.i, 'aux').length > 0)) &&
      !kids(g, f.i, 'nsubj', 'nsubj:pass').length &&
      !kids(g, f.i, 'cc').length,
  );
  const obj = kids(g, root.i, 'obj').find((o) => o.i > root.i);
  // (only the object's own modifiers between: "met Front leaders")
  const adjectival = obj
    ? kids(g, obj.i, 'amod').find(
        (a) =>
          // (or a perfect read so: "troops backed by jets have killed scores of X")
          (a.pos === 'VBD' || (a.pos === 'VBN' && kids(g, a.i, 'aux').some((x) => x.lem === 'have'))) &&
          a.i < obj.i &&
          g.tokens.slice(a.i, obj.i - 1).every((t) => t.head === obj.i && /^(compound|det|amod)$/.test(t.rel)),
      )
    : undefined;
  // the participle's by-phrase, sometimes hung on the finite verb after it ("led by X attacked")
  const isBy = (c: DepToken) => kids(g, c.i, 'case').some((k) => k.lem === 'by');
  // (or a participle of owning's to/with-phrase: "militants linked to X attacked Y", lexicon
  // `owningParticiples` — the finite verb then hangs on the phrase's noun, with or without a comma)
  const owning = lexicon().sets.owningParticiples.has(root.lem);
  const isOwner = (c: DepToken) => owning && kids(g, c.i, 'case').some((k) => k.lem === 'to' || k.lem === 'with');
  // (or the finite verb hung on the by-phrase's noun after a comma: "X, led by Y, frees Z"; or
  // read as an adjective after that noun, which English does not put there: "talks hosted by Y
  // stalled", the verb then tagged as a participle)
  const ownBy = kids(g, root.i, 'obl').find(isBy) ?? kids(g, root.i, 'obl').find(isOwner);
  const postNominal = (f: DepToken) => f.rel === 'amod' && /^VB[DN]$/.test(f.pos) && !kids(g, f.i, 'aux', 'aux:pass').length;
  const onAgent = ownBy
    ? kids(g, ownBy.i, 'acl', 'amod').find(
        (f) =>
          f.i > ownBy.i &&
          ((f.rel === 'acl' && FINITE.test(f.pos) && (owning || tok(g, f.i - 1)?.word === ',')) || postNominal(f)) &&
          !kids(g, f.i, 'nsubj').length,
      )
    : undefined;
  const finite = hung ?? adjectival ?? onAgent;
  if (!finite) return false;
  const by = ownBy ?? kids(g, finite.i, 'obl').find((c) => isBy(c) && c.i > root.i && c.i < finite.i);
  if (!by) return false;
  // (the by-phrase is the root's own only with no other verb before it: in "came after talks with
  // a committee nominated by X broke down" it is the participle's in between)
  if (g.tokens.slice(root.i, by.i - 1).some((t) => t.pos.startsWith('VB'))) return false;
  by.head = root.i;
  if (adjectival && obj) {
    obj.head = adjectival.i;
    obj.rel = 'obj';
  }
  // (a conjunct's conjunction before its subject, and the conjuncts after the finite verb, are the finite verb's)
  for (const c of kids(g, root.i, 'cc', 'conj', 'punct')) if (c.rel === 'cc' ? c.i < subj.i : c.i > finite.i) c.head = finite.i;
  attach(finite, root.head, root.rel);
  if (finite.pos === 'VBN' && finite.rel !== 'conj') finite.pos = 'VBD';
  // ("soldiers abducted by X were released": a passive finite verb's subject is its passive subject)
  attach(subj, finite.i, kids(g, finite.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
  attach(root, subj.i, 'acl');
  root.pos = 'VBN'; // (tagged as a past tense: it is the participle)
  return true;
}

/**
 * Construction class: a content clause whose "that" the parser made its head. "welcomed X's
 * accusation that Y shelters Z": with the verb first read as a noun, the parser hangs the clause
 * on "that" (as `dep`, or "that" as an adjective of the noun). A finite verb with a subject of its own under a loose "that" is the
 * clause's head: it takes the place of "that" (a noun's content clause, or a verb's complement),
 * and "that" becomes its marker.
 */
function repairThatAsHead(g: DepGraph): boolean {
  let changed = false;
  for (const that of g.tokens) {
    if (that.lem !== 'that' || !['dep', 'amod'].includes(that.rel)) continue;
    const verb = kids(g, that.i, 'dep', 'ccomp', 'parataxis').find(
      (v) => v.i > that.i && FINITE.test(v.pos) && kids(g, v.i, 'nsubj', 'nsubj:pass').length,
    );
    const head = tok(g, that.head);
    if (!verb || !head) continue;
    attach(verb, head.i, head.pos.startsWith('NN') ? 'acl' : 'ccomp');
    attach(that, verb.i, 'mark');
    changed = true;
  }
  return changed;
}

/** The verb-read-as-noun repair (see the module comment); true when the tree changed. */
function repairVerbAsNoun(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    // a clause head: the root, or a clause coordinated with or hung on another
    // (a clause reported by a verb of saying may come as its object: "said Ostmark funds X")
    const reported = /^i?obj$/.test(v.rel) && lexicon().sets.speech.has(tok(g, v.head)?.lem ?? '');
    if (v.pos !== 'NNS' || !(reported || ['root', 'conj', 'dep', 'parataxis', 'ccomp'].includes(v.rel)) || !lexicon().verbs.has(v.lem))
      continue;
    // (a masked name the tagger read as a common noun after a capitalised "The" too)
    const subj = kids(g, v.i, 'compound').find((c) => c.i === v.i - 1 && (c.pos === 'NNP' || isPlaceholder(c.word)));
    const obj = kids(g, v.i, 'dep', 'obj', 'appos').find((c) => c.i > v.i && /^(NN|PRP)/.test(c.pos) && !kids(g, c.i, 'case').length);
    if (!subj || !obj) continue;
    if (reported) v.rel = 'ccomp';
    v.pos = 'VBZ';
    subj.rel = 'nsubj';
    obj.rel = 'obj';
    changed = true;
  }
  return changed;
}

/** The reduced-relative-as-clause repair (see the module comment); true when the tree changed. */
function repairParticipleSubject(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    // "drove the Front, led by X, out of …": a participle with a by-phrase set off by commas
    // right after the object, hung on the verb, modifies that object
    const gov = tok(g, v.head);
    const obj = gov ? kids(g, gov.i, 'obj').find((o) => subtreeSpan(g, o.i)[1] === v.i - 2) : undefined;
    if (v.pos === 'VBN' && v.rel === 'dep' && obj && tok(g, v.i - 1)?.word === ',' && hasByPhrase(g, v)) {
      v.head = obj.i;
      v.rel = 'acl';
      changed = true;
      continue;
    }
    if (v.pos !== 'VBN' || v.head === 0 || kids(g, v.i, 'aux', 'aux:pass', 'cop').length) continue;
    const subj = kids(g, v.i, 'nsubj').find((s) => s.i < v.i);
    // without a by-phrase only right after a relation verb that lacks its object ("freed 11
    // soldiers captured during the clashes")
    const byPhrase = subj !== undefined && hasByPhrase(g, v);
    if (!subj || (!byPhrase && !(gov && (objectOfRelationVerb(g, gov, subj) || looseObjectOf(g, gov, v, subj))))) continue;
    changed = true;
    // "Valdoria bombed a camp run by the Front": hung on a verb that lacks an object, the noun
    // phrase right before the participle is that verb's object and the participle modifies it
    // — so is a phrasal verb's, which takes no small clause ("called off a truce brokered by X")
    const phrasal = v.rel === 'xcomp' && gov !== undefined && kids(g, gov.i, 'compound:prt').length > 0;
    if (
      (['dep', 'ccomp'].includes(v.rel) || phrasal) &&
      gov?.pos.startsWith('VB') &&
      !kids(g, gov.i, 'obj').length &&
      subtreeSpan(g, subj.i)[1] === v.i - 1
    ) {
      subj.head = gov.i;
      subj.rel = 'obj';
      v.head = subj.i;
      v.rel = 'acl';
      // a clause set off by a comma after it stays the governing verb's (", accusing X of …")
      for (const c of kids(g, v.i, 'dep', 'advcl', 'parataxis')) if (tok(g, c.i - 1)?.word === ',') c.head = gov.i;
      continue;
    }
    if (byPhrase) subj.rel = 'nsubj:pass';
  }
  return changed;
}

/** True when `subj` is the missing object of relation verb `gov`, right after it. */
function objectOfRelationVerb(g: DepGraph, gov: DepToken, subj: DepToken): boolean {
  return lexicon().verbs.has(gov.lem) && objectSlotRightAfter(g, gov, subj);
}

/** True when verb `gov` has no object and the phrase of `subj` starts right after it (and its particle). */
function objectSlotRightAfter(g: DepGraph, gov: DepToken, subj: DepToken): boolean {
  return (
    gov.pos.startsWith('VB') &&
    !kids(g, gov.i, 'obj').length &&
    subtreeSpan(g, subj.i)[0] === gov.i + 1 + kids(g, gov.i, 'compound:prt').filter((p) => p.i === gov.i + 1).length
  );
}

/**
 * True when `subj` is the missing object of any verb `gov`, right after it, with the participle
 * hung loose (`dep`): "agreed to maintain the ceasefire reached in X" — a past participle with no
 * auxiliary heads no clause of its own.
 */
function looseObjectOf(g: DepGraph, gov: DepToken, v: DepToken, subj: DepToken): boolean {
  return v.rel === 'dep' && objectSlotRightAfter(g, gov, subj);
}

function hasByPhrase(g: DepGraph, v: DepToken): boolean {
  return kids(g, v.i, 'obl').some((c) => c.i > v.i && kids(g, c.i, 'case').some((k) => k.lem === 'by'));
}

/** The loose-relative repair (see the module comment); true when the tree changed. */
function repairLooseRelative(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (!v.pos.startsWith('VB') || !['dep', 'parataxis', 'ccomp', 'conj'].includes(v.rel)) continue;
    const pronoun = kids(g, v.i, 'nsubj', 'nsubj:pass').find((s) => (s.lem === 'who' || s.lem === 'which') && s.i < v.i);
    const antecedent = pronoun && tok(g, pronoun.i - 1)?.word === ',' ? tok(g, pronoun.i - 2) : undefined;
    if (!antecedent?.pos.startsWith('NN')) continue;
    v.head = antecedent.i;
    v.rel = 'acl:relcl';
    changed = true;
  }
  return changed;
}

/** The gerund-relative repair (see the module comment); true when the tree changed. */
function repairGerundRelative(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (!v.pos.startsWith('VB')) continue;
    const objs = kids(g, v.i, 'obj');
    const pronoun = objs.find((o) => isRelativePronoun(o) && o.i < v.i);
    const noun = objs.find((o) => o.i > v.i && o !== pronoun);
    const gerund = kids(g, v.i, 'obl', 'advcl').find(
      (c) => c.pos === 'VBG' && noun && c.i > noun.i && kids(g, c.i, 'case', 'mark').some((k) => k.lem === 'of' || k.lem === 'for'),
    );
    if (!pronoun || !noun || !gerund || kids(g, gerund.i, 'obj').length) continue;
    pronoun.head = gerund.i;
    // the gerund is then the clause it is in "accuses Lumen of sheltering the Front"
    gerund.rel = 'advcl';
    for (const k of kids(g, gerund.i, 'case')) k.rel = 'mark';
    changed = true;
  }
  return changed;
}

/** The pronoun-report repair (see the module comment); true when the tree changed. */
function repairPronounReport(g: DepGraph): boolean {
  const speech = lexicon().sets.speech;
  let changed = false;
  for (const r of g.tokens) {
    const modal = kids(g, r.i, 'aux').find((a) => a.pos === 'MD');
    const clause = kids(g, r.i, 'csubj')[0];
    if (!modal || !clause || clause.i > r.i) continue;
    const say = [clause, ...kids(g, clause.i, 'conj')].find(
      (s) => speech.has(s.lem) && kids(g, s.i, 'obj').some((o) => o.pos === 'PRP' && o.i === modal.i - 1),
    );
    if (!say) continue;
    const pronoun = kids(g, say.i, 'obj').find((o) => o.i === modal.i - 1)!;
    clause.head = r.head;
    clause.rel = r.rel;
    r.head = say.i;
    r.rel = 'ccomp';
    pronoun.head = r.i;
    pronoun.rel = 'nsubj';
    moveFinalPunct(g, r.i, clause.i);
    changed = true;
  }
  return changed;
}

const SUBORDINATING = new Set(['after', 'before', 'since', 'until', 'once']);

/** The clause-read-as-prepositional-phrase repair (see the module comment); true when the tree changed. */
function repairClauseAsPrepPhrase(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (!v.pos.startsWith('VB') || !['dep', 'parataxis'].includes(v.rel) || kids(g, v.i, 'nsubj', 'nsubj:pass').length) continue;
    const aux = kids(g, v.i, 'aux', 'aux:pass').filter((a) => a.i < v.i);
    if (!aux.length && !/^VB[DZP]$/.test(v.pos)) continue;
    const first = aux.length ? Math.min(...aux.map((a) => a.i)) : v.i;
    const noun = kids(g, v.head, 'obl').find((n) => {
      const prep = kids(g, n.i, 'case')[0];
      if (!prep || !SUBORDINATING.has(prep.lem) || n.i > first) return false;
      // only commas between the phrase (with its apposition) and the auxiliary
      for (let k = subtreeSpan(g, n.i)[1] + 1; k < first; k++) if (tok(g, k)?.word !== ',') return false;
      return true;
    });
    if (!noun) continue;
    const prep = kids(g, noun.i, 'case')[0]!;
    prep.head = v.i;
    prep.rel = 'mark';
    noun.head = v.i;
    noun.rel = aux.some((a) => a.rel === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    v.rel = 'advcl';
    changed = true;
  }
  return changed;
}

/** The resultative-particle repair (see the module comment); true when the tree changed. */
function repairResultativeParticle(g: DepGraph): boolean {
  let changed = false;
  for (const t of g.tokens) {
    const v = tok(g, t.i - 1);
    if (!t.pos.startsWith('JJ') || t.rel !== 'amod' || !v?.pos.startsWith('VB') || !lexicon().verbs.has(`${v.lem} ${t.lem}`)) continue;
    t.head = v.i;
    t.rel = 'compound:prt';
    changed = true;
  }
  return changed;
}

/** The hedged-free-relative repair (see the module comment); true when the tree changed. */
function repairHedgedFreeRelative(g: DepGraph): boolean {
  let changed = false;
  const describing = lexicon().sets.describingVerbs;
  for (const w of g.tokens) {
    if (w.lem !== 'what' || w.pos !== 'WP') continue;
    const d = tok(g, w.head);
    if (!d?.pos.startsWith('VB') || !describing.has(d.lem)) continue;
    let noun: DepToken | undefined;
    let main: DepToken | undefined;
    if (d.rel === 'csubj') {
      // "bombed what it said were Front hideouts": the noun heads the main verb's clause
      noun = tok(g, d.head);
      main = noun && tok(g, noun.head);
      // ("responded by shelling what the army said were X camps": the noun made the root, the
      // sentence's verbs hung below it — the verb right before "what" is the main verb, and the
      // clause it belongs to goes back to the root)
      const before = tok(g, w.i - 1);
      let top = before;
      while (top && top.head !== noun?.i && top.head !== 0) top = tok(g, top.head);
      // ("retaliated by bombing what officials said were X hideouts": the verb before "what" hung
      // on the noun, the noun on the main verb — the gerund takes the noun's place)
      if (noun && noun.head !== 0 && before?.pos === 'VBG' && top === before) {
        const by = kids(g, before.i, 'case').find((c) => c.i === before.i - 1);
        before.head = noun.head;
        before.rel = by ? 'advcl' : noun.rel;
        if (by) by.rel = 'mark';
        main = before;
      }
      // ("answered by striking what X said were Y depots": the gerund and the noun both hang on the main verb)
      if (noun && noun.head !== 0 && before?.pos === 'VBG' && before.head === noun.head) main = before;
      if (noun && noun.head === 0 && before?.pos.startsWith('VB')) {
        if (top?.head !== noun.i) continue;
        top.head = 0;
        top.rel = 'root';
        main = before;
        // (what hung on the noun as the root's: "… and by handing X a list" is another clause,
        // ", demanding that …" the sentence's participle)
        for (const c of kids(g, noun.i, 'conj').filter((c) => kids(g, c.i, 'case').length)) {
          c.head = before.i;
          c.rel = 'conj';
        }
        for (const c of kids(g, noun.i, 'acl').filter((c) => c.pos === 'VBG' && tok(g, c.i - 1)?.word === ',')) {
          c.head = top.i;
          c.rel = 'advcl';
        }
      }
    } else {
      noun =
        kids(g, d.i, 'obl').find((o) => o.i > d.i && kids(g, o.i, 'case').some((c) => c.lem === 'as')) ??
        kids(g, d.i, 'obj').find((o) => o.i > d.i && o !== w);
      main = tok(g, d.head);
      // ("had shelled what officials described as X camps": the parser made the describers the
      // main verb's object and the describing verb their participle — they are its subject)
      const verb = main && tok(g, main.head);
      if (
        d.rel === 'acl' &&
        main?.pos.startsWith('NN') &&
        main.rel === 'obj' &&
        w.i < main.i &&
        verb?.pos.startsWith('VB') &&
        noun?.pos.startsWith('NN')
      ) {
        main.head = d.i;
        main.rel = 'nsubj';
        main = verb;
      }
    }
    const prep = kids(g, d.i, 'mark').find((m) => m.pos === 'IN' && m.i === w.i - 1);
    // the governor is a verb, or after a preposition a noun ("air strikes on what it said were …")
    const onNoun = main?.pos.startsWith('NN') && prep !== undefined;
    if (!noun?.pos.startsWith('NN') || !(main?.pos.startsWith('VB') || onNoun) || main!.i > w.i) continue;
    noun.head = main!.i;
    noun.rel = onNoun ? 'nmod' : prep ? 'obl' : 'obj';
    if (prep) {
      prep.head = noun.i;
      prep.rel = 'case';
    }
    // "as" and "were" now belong to the describing clause
    for (const c of kids(g, noun.i, 'case', 'cop').filter((c) => c.i < noun.i && c !== prep && c.i > d.i)) {
      c.head = d.i;
      c.rel = 'dep';
    }
    d.head = noun.i;
    d.rel = 'acl:relcl';
    changed = true;
  }
  return changed;
}

/** The subjunctive-as-noun repair (see the module comment); true when the tree changed. */
function repairSubjunctiveAsNoun(g: DepGraph): boolean {
  let changed = false;
  const demands = verbLemmasOf('DEMANDS');
  for (const that of g.tokens) {
    const v = tok(g, that.head);
    if (that.lem !== 'that' || !['obj', 'xcomp', 'dep'].includes(that.rel) || !v || !demands.has(v.lem)) continue;
    const noun = kids(g, that.i, 'dep').find((n) => n.pos === 'NN' && n.i > that.i);
    // "that Ostmark hand over", "that the Front hand over": the name, with its own article
    const det = noun ? kids(g, noun.i, 'det').find((d) => d.i === that.i + 1) : undefined;
    const name = noun && kids(g, noun.i, 'compound').find((c) => c.pos.startsWith('NNP') && c.i === that.i + 1 + (det ? 1 : 0));
    if (!noun || !name || kids(g, noun.i, 'det').some((d) => d !== det)) continue;
    if (det) det.head = name.i;
    that.head = noun.i;
    that.rel = 'mark';
    name.rel = 'nsubj';
    noun.head = v.i;
    noun.rel = 'ccomp';
    noun.pos = 'VB';
    for (const c of kids(g, noun.i, 'nmod')) {
      const [prep] = kids(g, c.i, 'case');
      if (prep && prep.i === c.i - 1 - kids(g, c.i, 'det', 'amod', 'compound', 'nummod').length) {
        // "hand over the culprits": a particle before the object
        prep.head = noun.i;
        prep.rel = 'compound:prt';
        c.rel = 'obj';
      } else c.rel = 'obl';
    }
    changed = true;
  }
  return changed;
}

/** The contact-relative repair (see the module comment); true when the tree changed. */
function repairContactRelative(g: DepGraph): boolean {
  let changed = false;
  const speech = lexicon().sets.speech;
  for (const v of g.tokens) {
    // a past or perfect verb, or a progressive one ("soldiers it had been holding")
    const finite = /^VB[DN]$/.test(v.pos) || (v.pos === 'VBG' && kids(g, v.i, 'aux').some((a) => a.lem === 'be'));
    if (!finite || kids(g, v.i, 'obj', 'mark', 'ccomp', 'xcomp', 'nsubj:pass').length) continue;
    const head = tok(g, v.head);
    if (!head?.pos.startsWith('VB') || speech.has(head.lem) || communicativeVerb(head.lem)) continue;
    const subj = kids(g, v.i, 'nsubj')[0];
    if (!subj || subj.i > v.i) continue;
    if (['parataxis', 'dep'].includes(v.rel)) {
      // "freed an officer [the Front had kidnapped]": the clause follows the main verb's object
      const noun = kids(g, head.i, 'obj').find((o) => o.i < subj.i && subtreeSpan(g, o.i)[1] === subtreeSpan(g, subj.i)[0] - 1);
      if (!noun?.pos.startsWith('NN') || isRelativePronoun(subj)) continue;
      v.head = noun.i;
      v.rel = 'acl:relcl';
      changed = true;
    } else if (v.rel === 'ccomp' && subj.pos.startsWith('NN') && !kids(g, head.i, 'obj').length) {
      // "released the commander [the Front had captured]": the "subject" is the object, its dep the subject
      const real = kids(g, subj.i, 'dep').find((d) => d.pos.startsWith('NN') && d.i > subj.i && d.i < v.i);
      if (!real) continue;
      subj.head = head.i;
      subj.rel = 'obj';
      real.head = v.i;
      real.rel = 'nsubj';
      v.head = subj.i;
      v.rel = 'acl:relcl';
      changed = true;
    }
  }
  return changed;
}

/** The content-clause repair (see the module comment); true when the tree changed. */
function repairContentClause(g: DepGraph): boolean {
  let changed = false;
  const claims = lexicon().sets.reportNouns;
  for (const c of g.tokens) {
    if (c.rel !== 'ccomp' || !kids(g, c.i, 'mark').some((m) => m.lem === 'that')) continue;
    const noun = kids(g, c.head, 'obj', 'nsubj:pass').find((o) => claims.has(o.lem) && o.i < c.i);
    if (!noun) continue;
    c.head = noun.i;
    changed = true;
  }
  return changed;
}

/** The "that" of clause `c` (among its `rels` dependents, before it) when the clause has a subject of its own after it. */
function ownThat(g: DepGraph, c: DepToken, ...rels: string[]): DepToken | undefined {
  const that = kids(g, c.i, ...rels).find((m) => m.lem === 'that' && m.i < c.i);
  return that && kids(g, c.i, 'nsubj', 'nsubj:pass').some((x) => x.i > that.i) ? that : undefined;
}

/** The content-clause-on-the-setting repair (see the module comment); true when the tree changed. */
function repairClauseOnSetting(g: DepGraph): boolean {
  let changed = false;
  for (const c of g.tokens) {
    const noun = tok(g, c.head);
    const verb = noun && tok(g, noun.head);
    if (c.rel !== 'ccomp' || !noun?.pos.startsWith('NN') || noun.rel !== 'obl' || !verb?.pos.startsWith('VB')) continue;
    if (!communicativeVerb(verb.lem) || lexicon().sets.reportNouns.has(noun.lem)) continue;
    const that = ownThat(g, c, 'mark', 'dep');
    if (!that) continue;
    attach(c, verb.i, 'ccomp');
    attach(that, c.i, 'mark');
    changed = true;
  }
  return changed;
}

/** The it-cleft repair (see the module comment); true when the tree changed. */
function repairCleft(g: DepGraph): boolean {
  let changed = false;
  for (const focus of g.tokens) {
    if (!kids(g, focus.i, 'cop').some((c) => c.lem === 'be') || !kids(g, focus.i, 'nsubj').some((x) => x.lem === 'it' && x.i < focus.i))
      continue;
    for (const v of kids(g, focus.i, 'dep', 'ccomp')) {
      if (v.i < focus.i || !kids(g, v.i, 'nsubj', 'nsubj:pass').some((x) => isRelativePronoun(x) && x.i < v.i)) continue;
      attach(v, focus.i, 'acl:relcl');
      changed = true;
    }
    // ("It was Ostmark that accused …": after a bare name the parser reads "that" as a
    // complementizer with the clause hung on it)
    for (const that of kids(g, focus.i, 'dep').filter((x) => x.lem === 'that' || x.lem === 'who')) {
      const v = kids(g, that.i, 'dep').find(
        (x) => x.i === that.i + 1 && x.pos.startsWith('VB') && !kids(g, x.i, 'nsubj', 'nsubj:pass').length,
      );
      if (!v) continue;
      attach(v, focus.i, 'acl:relcl');
      attach(that, v.i, 'nsubj');
      that.pos = that.lem === 'who' ? 'WP' : 'WDT';
      changed = true;
    }
  }
  return changed;
}

/** A noun of a two-party relation ("talks", "ceasefire"). */
function partiesNoun(t: DepToken): boolean {
  return t.pos.startsWith('NN') && (lexicon().nouns.get(t.lem) ?? []).some((p) => p.symmetric);
}

/** The distant-parties repair (see the module comment); true when the tree changed. */
function repairDistantParties(g: DepGraph): boolean {
  let changed = false;
  for (const b of g.tokens) {
    const head = tok(g, b.head);
    if (!/^(nmod|obl)/.test(b.rel) || !head || partiesNoun(head) || !kids(g, b.i, 'case').some((c) => c.lem === 'between')) continue;
    for (let k = b.i - 1; k >= b.i - 10; k--) {
      const t = tok(g, k);
      if (!t || FINITE.test(t.pos) || t.word === ';') break;
      if (partiesNoun(t)) {
        attach(b, t.i, 'nmod');
        changed = true;
        break;
      }
    }
  }
  return changed;
}

/** The coordinated-complement repair (see the module comment); true when the tree changed. */
function repairCoordinatedComplement(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const first = tok(g, v.head);
    if (v.rel !== 'conj' || first?.rel !== 'ccomp' || !tok(g, first.head)?.pos.startsWith('VB')) continue;
    if (!ownThat(g, v, 'mark')) continue;
    attach(v, first.head, 'ccomp');
    changed = true;
  }
  return changed;
}

/** The head of tokens [lo, hi]: the one whose head lies outside the span (the last such). */
function spanHead(g: DepGraph, lo: number, hi: number): DepToken | undefined {
  return g.tokens.filter((t) => t.i >= lo && t.i <= hi && (t.head < lo || t.head > hi)).at(-1);
}

/** A subject name with its comma phrase before the verb: tokens [nameStart, nameEnd], commas c1 and c2, the verb after c2. */
interface NamedSubject {
  nameStart: number;
  nameEnd: number;
  c1: number;
  c2: number;
  verb: DepToken;
}

/** "X, <phrase>, verb …" starting at the name's first token, when the tokens have that shape. */
function namedSubjectAt(g: DepGraph, nameStart: number, opener = ''): NamedSubject | undefined {
  const at = (i: number) => tok(g, i);
  if (!at(nameStart)?.pos.startsWith('NNP')) return undefined;
  let nameEnd = nameStart;
  while (at(nameEnd + 1)?.pos.startsWith('NNP')) nameEnd++;
  const c1 = nameEnd + 1;
  if (at(c1)?.word !== ',' || (opener && at(c1 + 1)?.word.toLowerCase() !== opener)) return undefined;
  let c2 = c1 + 1;
  while (at(c2) && at(c2)!.word !== ',') c2++;
  const next = at(c2 + 1);
  // ("X, then the minister, is killed by …": an auxiliary stands for the verb it serves)
  const served = next && /^aux/.test(next.rel) ? at(next.head) : undefined;
  const verb = served && served.i > next!.i && served.pos.startsWith('VB') ? served : next;
  if (!verb || c2 <= c1 + 1 + (opener ? 1 : 0) || !/^VB[DZN]$/.test(next!.pos)) return undefined;
  const name = at(nameEnd)!;
  // already right: the name is the verb's subject
  return name.head === verb.i && name.rel.startsWith('nsubj') ? undefined : { nameStart, nameEnd, c1, c2, verb };
}

/**
 * Rebuilds "X, <phrase>, verb …" as the verb's clause: the verb the root, the name its subject,
 * the phrase the name's appositive; `before` (a fronted phrase's head, tokens from 1 up to the
 * name) becomes an oblique of the verb. Tokens that hung on the rebuilt span go to the verb.
 */
function rebuildNamedSubject(g: DepGraph, x: NamedSubject, before?: { head: DepToken; oblique: boolean }): boolean {
  const { nameStart, nameEnd, c1, c2, verb } = x;
  const name = tok(g, nameEnd)!;
  const apposHead = spanHead(g, c1 + 1, c2 - 1);
  if (!apposHead) return false;
  const oldHeads = new Map(g.tokens.map((t) => [t.i, t.head]));
  const old = (t: DepToken) => oldHeads.get(t.i)!;
  for (const t of g.tokens) {
    const pointedIn = old(t) >= 1 && old(t) <= c2 + 1 && old(t) !== verb.i;
    if (t.i === verb.i) {
      attach(t, 0, 'root');
      // (a past participle read as a reduced relative is the finite verb it was)
      if (t.pos === 'VBN' && !kids(g, t.i, 'aux', 'aux:pass').length) t.pos = 'VBD';
      // (the parse's own edges made it a clause on the appositive's noun, with that noun its subject)
      dropEnhanced(g, t.i, 'nsubj');
      dropEnhanced(g, old(t), 'acl');
    } else if (t.i === name.i) attach(t, verb.i, kids(g, verb.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
    else if (before && t.i === before.head.i) attach(t, verb.i, before.oblique ? 'obl' : 'advmod');
    else if (t.i === apposHead.i) attach(t, name.i, 'appos');
    else if (t.i === c1 || t.i === c2) attach(t, name.i, 'punct');
    else if (t.i >= nameStart && t.i < nameEnd) attach(t, name.i, 'compound');
    else if (before && t.i < nameStart && (old(t) < 1 || old(t) >= nameStart)) attach(t, before.head.i, t.pos === 'IN' ? 'case' : 'dep');
    else if (t.i > c2 && pointedIn) attach(t, verb.i, t.rel === 'root' ? 'dep' : t.rel);
    else if (t.i > c1 && t.i < c2 && (old(t) < c1 || old(t) > c2)) attach(t, apposHead.i, t.rel);
  }
  return true;
}

/** The fused-fronted-time repair (see the module comment); true when the tree changed. */
function repairFusedFrontedTime(g: DepGraph): boolean {
  const first = tok(g, 1);
  if (!first || !(first.pos === 'IN' || ['later', 'earlier'].includes(first.word.toLowerCase()))) return false;
  // the time phrase: up to four words, its last a time word
  let k = 2;
  while (k <= 5 && tok(g, k) && !lexicon().sets.frontedTimeWords.has(tok(g, k)!.word.toLowerCase())) k++;
  const shape = k <= 5 ? namedSubjectAt(g, k + 1) : undefined;
  return shape ? rebuildNamedSubject(g, shape, { head: tok(g, k)!, oblique: first.pos === 'IN' }) : false;
}

/** The then-appositive repair (see the module comment); true when the tree changed. */
function repairThenAppositive(g: DepGraph): boolean {
  for (const t of g.tokens) {
    // the first word of a name (the shape check does the rest)
    if (!t.pos.startsWith('NNP') || tok(g, t.i - 1)?.pos.startsWith('NNP')) continue;
    for (const opener of lexicon().sets.appositiveOpeners) {
      const shape = namedSubjectAt(g, t.i, opener);
      if (!shape || !rebuildNamedSubject(g, shape)) continue;
      // (the opener qualifies the role: "once the spokesman" is a past role, lexicon `former`)
      const word = tok(g, shape.c1 + 1)!;
      const head = spanHead(g, shape.c1 + 2, shape.c2 - 1);
      if (head && (word.head !== head.i || word.rel !== 'advmod')) attach(word, head.i, 'advmod');
      return true;
    }
  }
  return false;
}

/** The headline-passive repair (see the module comment); true when the tree changed. */
function repairHeadlinePassive(g: DepGraph): boolean {
  let changed = false;
  const only = lexicon().sets.transitiveOnly;
  for (const v of g.tokens) {
    if (!only.has(v.lem) || !/^VB[DN]$/.test(v.pos)) continue;
    // "X named TTP chief": with a verb that gives a role (lexicon `asVerbs`), the only object is
    // a role noun — the role the subject was given (not "X named Y TTP chief", where a person's
    // name opens the object; not "X killed a TTP commander", where the verb gives no role)
    const objs = kids(g, v.i, 'obj');
    const role =
      objs.length === 1 &&
      lexicon().sets.asVerbs.has(v.lem) &&
      lexicon().roles.has(objs[0]!.lem) &&
      !kids(g, objs[0]!.i, 'compound').some((c) => isPersonPlaceholder(c.word))
        ? objs[0]
        : undefined;
    if (kids(g, v.i, 'iobj', 'ccomp', 'xcomp', 'aux', 'aux:pass', 'cop').length || (objs.length && !role)) continue;
    const subj = kids(g, v.i, 'nsubj').find((s) => s.i < v.i);
    if (!subj) continue;
    subj.rel = 'nsubj:pass';
    if (role) role.rel = 'xcomp';
    changed = true;
  }
  return changed;
}
