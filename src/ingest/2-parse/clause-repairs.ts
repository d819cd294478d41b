/**
 * Parse repairs at the level of the clause: which verb heads the sentence, which noun phrase is
 * a clause's subject, which word is a verb. Applied first in repairs.ts's chain (the other
 * repairs read the clauses these leave). Each function names its construction class; each
 * returns whether the tree changed (the caller rebuilds the children index after each change).
 */
import {
  attach,
  caseOf,
  type DepGraph,
  type DepToken,
  dropEnhanced,
  isRelativePronoun,
  kids,
  moveFinalPunct,
  subtreeSpan,
  tok,
  verbAbove,
  FINITE,
} from './dependency-graph.ts';
import { communicativeVerb, lexicon, verbLemmasOf } from '../lexicon.ts';
import { isPersonPlaceholder } from './mask-names.ts';

/** Finite verb tags (past, present third person, present). */

/** The repairs of this module, in the order repairs.ts applies them. */
export const CLAUSE_REPAIRS: ReadonlyArray<(g: DepGraph) => boolean> = [
  repairOpeningParticipleAsName,
  repairOpeningParticiple,
  repairReportedSubjectAsObject,
  repairSpeechAsClausalSubject,
  repairWhoseRelativeAsAppositive,
  repairVerbTaggedAsNoun,
  repairFiniteVerbAsAdjective,
  repairNounAsBareVerb,
  repairConjunctAfterRelative,
  repairConjunctAfterGerund,
  repairNameAsInfinitiveSubject,
  repairLooseTalksParticiple,
  repairBlamedOnPhrase,
  repairLoneIndirectObject,
  repairStrandedPreposition,
  repairHeadlineVerbAsNoun,
  repairCompoundVerbAfterNames,
  repairTrailingSpeech,
  repairCleft,
  repairParticipleAsClausalSubject,
  repairDateRunIntoName,
  repairSayingAsAuxiliary,
  repairSeriesHead,
  repairPresentVerbAfterPlural,
  repairRelativeAsContentClause,
  repairObjectAsGerundSubject,
  repairConjoinedClauseSubject,
  repairReportedVerbAsCompound,
  repairSecondObjectAsAppositive,
  repairAbsoluteParticipleAsRoot,
  repairRecipientAsCompound,
  repairNameInTitlePhrase,
  repairTitleRunBeforeName,
  repairLooseParticipleOnNoun,
  repairReducedRelativeAsClause,
  repairFiniteClauseAsSubject,
  repairTargetOnInstrument,
  repairAttributionAppositiveAsSubject,
  repairPartAppositiveAsConjunct,
  repairLeaderOfPart,
  repairVerbAfterAppositive,
  repairInterruptedPerfect,
  repairSubjectPronounAsObject,
  repairRelativeOverreach,
  repairVerbConjoinedToNoun,
  repairSubjunctiveAsAdjective,
  repairInfinitiveOnFrontedPhrase,
  repairReducedRelativeAsComplement,
  repairTimeSpanAsSubject,
  repairParticipleAsSubordinateVerb,
  repairObjectAsParticipleSubject,
  repairMainVerbInRelative,
  repairBareInfinitiveAsNoun,
  repairInfinitiveAsToPhrase,
  repairRelativeSpeechAsModifier,
  repairSubjectInFrontedPhrase,
  repairSetOffParticipleAsRoot,
  repairRelativeParticipleTaggedPast,
  repairDurationAsInfinitiveSubject,
  repairFiniteConjunctOnInfinitive,
  repairSubjectfulConjunctOnNonFinite,
  repairAdverbialClauseOnNoun,
  repairSubordinateClauseAsPhrase,
  repairInfinitiveComplementAsPurpose,
  repairDocumentParticipleOnVerb,
  repairParallelParticipleInGerund,
];

/**
 * Construction class: an opening participial clause read as the main clause. "Reacting to the
 * announcement, a senior official said …", "Asked about the raid, the minister denied …": the
 * parser makes the participle the root and hangs the finite clause on one of its words as `dep`.
 * A sentence-initial participle at the root, with a finite verb after the first comma that has
 * a subject of its own and hangs loose (`dep`, `parataxis`), is an adverbial clause of that verb,
 * which becomes the root.
 */
function repairOpeningParticiple(g: DepGraph): boolean {
  const first = g.tokens[0];
  if (first?.head !== 0 || !/^VB[GN]$/.test(first.pos)) return false;
  const comma = g.tokens.find((t) => t.word === ',');
  if (!comma) return false;
  const main = g.tokens.find(
    (t) => t.i > comma.i && FINITE.test(t.pos) && ['dep', 'parataxis'].includes(t.rel) && kids(g, t.i, 'nsubj').some((s) => s.i > comma.i),
  );
  if (!main || !withinSubtree(g, main, first.i)) return false;
  attach(main, 0, 'root');
  attach(first, main.i, 'advcl');
  for (const p of g.tokens.filter((t) => t.rel === 'punct' && t.i === g.tokens.length)) p.head = main.i;
  return true;
}

/**
 * Construction class: a lone indirect object. "accused Ostmark's spy agency, the Bureau, of
 * arming the Front": with an apposition or a name after the object the parser reads a double
 * object and labels the one noun phrase `iobj`. An `iobj` whose verb has no direct object is the
 * direct object (readers of the clause look for `obj`: its patient, an of-gerund's controller).
 */
function repairLoneIndirectObject(g: DepGraph): boolean {
  let changed = false;
  for (const t of g.tokens) {
    if (t.rel !== 'iobj' || kids(g, t.head, 'obj').length) continue;
    t.rel = 'obj';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a prepositional passive. "The convoy was fired upon by the Front", "was
 * fired at by X": the stranded preposition right after the participle is hung on the by-phrase as
 * a second case marker. It is the verb's particle ("fire upon", "fire at"), which the
 * lexicon's phrasal verbs match.
 */
function repairStrandedPreposition(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.pos !== 'VBN' || !kids(g, v.i, 'aux:pass').length) continue;
    const prep = tok(g, v.i + 1);
    const agent = prep && prep.rel === 'case' ? tok(g, prep.head) : undefined;
    if (!prep || !agent || agent.head !== v.i || !kids(g, agent.i, 'case').some((c) => c.lem === 'by' && c.i > prep.i)) continue;
    attach(prep, v.i, 'compound:prt');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: an opening past participle tagged as a name. "Freed from jail by Valdoria
 * in 2008, X agreed …": capitalised at the start, the participle is read as a proper noun and the
 * clause's subject. A first word in -ed whose stem is a verb of the lexicon, followed by a
 * preposition, before a finite verb that has a subject of its own after the comma, is that verb's
 * adverbial participle; its phrases become obliques (the by-phrase its agent). So is an opening
 * participle tagged right but left as a loose dependent of that verb.
 */
function repairOpeningParticipleAsName(g: DepGraph): boolean {
  const first = g.tokens[0];
  const next = g.tokens[1];
  // (tagged right but left loose: "Released by X last year, Y rejoined …")
  if (first?.pos === 'VBN' && first.rel === 'dep') {
    const main = tok(g, first.head);
    const comma = g.tokens.find((t) => t.word === ',');
    if (!main || !comma || !FINITE.test(main.pos) || !kids(g, main.i, 'nsubj').some((s) => s.i > comma.i)) return false;
    first.rel = 'advcl';
    return true;
  }
  if (!first || !next || first.pos !== 'NNP' || !/ed$/i.test(first.word) || next.pos !== 'IN') return false;
  const word = first.word.toLowerCase();
  const lemma = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)].find((w) => lexicon().verbs.has(w));
  const comma = g.tokens.find((t) => t.word === ',');
  const main = tok(g, first.head);
  if (!lemma || !comma || !main || !FINITE.test(main.pos) || !kids(g, main.i, 'nsubj').some((s) => s.i > comma.i)) return false;
  first.pos = 'VBN';
  first.lem = lemma;
  attach(first, main.i, 'advcl');
  for (const c of kids(g, first.i, 'nmod')) c.rel = 'obl';
  return true;
}

/**
 * Construction class: a headline's verb read as a noun. "Valdoria and Ostmark trade blame over
 * border firing", "Front attacks Levy post": with no verb in the sentence, the first common noun
 * after a run of names, whose lemma is a verb of the lexicon, is the verb (present tense): the
 * names are its subject and the noun phrase after it its object.
 */
function repairHeadlineVerbAsNoun(g: DepGraph): boolean {
  if (g.tokens.some((t) => t.pos.startsWith('VB') || t.pos === 'MD')) return false;
  const L = lexicon();
  const k = g.tokens.findIndex((t) => !/^(NNPS?|CC|,|DT|POS)$/.test(t.pos));
  const verb = g.tokens[k];
  const names = g.tokens.slice(0, k).filter((t) => t.pos.startsWith('NNP'));
  if (!verb || !names.length || !/^NNS?$/.test(verb.pos) || (!L.verbs.has(verb.lem) && !L.sets.reciprocalLight.has(verb.lem))) return false;
  const object = g.tokens.slice(k + 1).find((t) => t.pos.startsWith('NN') && (t.head === 0 || t.head === verb.i || t.i === verb.head));
  const subject = names.find((t) => !names.some((o) => o.i === t.head)) ?? names[0]!;
  const oldHead = verb.head;
  attach(verb, 0, 'root');
  verb.pos = verb.pos === 'NNS' ? 'VBZ' : 'VBP';
  attach(subject, verb.i, 'nsubj');
  // (a phrase with a preposition is an oblique: "Refugees shelter in Lumen")
  if (object) attach(object, verb.i, kids(g, object.i, 'case').length ? 'obl' : 'obj');
  for (const t of g.tokens) if (t !== verb && t !== object && t.head === oldHead && t.rel === 'punct') t.head = verb.i;
  return true;
}

/**
 * Construction class: a headline clause's verb read as a compound noun. "Torkham reopens as
 * Valdoria and Ostmark trade blame over firing": names, then a common noun whose lemma is a
 * reciprocal light verb or a verb of the lexicon, then the noun they all modify — the noun is the
 * verb's object, the names its subject, and a case word before them ("as", "while") its marker.
 */
function repairCompoundVerbAfterNames(g: DepGraph): boolean {
  const L = lexicon();
  for (const n of g.tokens) {
    if (!n.pos.startsWith('NN') || n.pos.startsWith('NNP')) continue;
    const verb = tok(g, n.i - 1);
    const name = verb ? tok(g, verb.i - 1) : undefined;
    if (!verb || !name || verb.head !== n.i || verb.rel !== 'compound' || verb.pos !== 'NN') continue;
    if (!L.sets.reciprocalLight.has(verb.lem) && !L.verbs.has(verb.lem)) continue;
    // the names: the compound the last name before the verb belongs to (directly or as a conjunct)
    const subject = name.pos.startsWith('NNP') ? (name.rel === 'conj' ? tok(g, name.head) : name) : undefined;
    if (!subject || subject.head !== n.i || subject.rel !== 'compound') continue;
    // (not a noun phrase that is a verb's object: "would block Valdorian supply convoys")
    if (n.rel === 'obj' && tok(g, n.head)?.pos.startsWith('VB')) continue;
    const above = n.head === 0 ? 0 : (verbAbove(g, n.head) ?? n.head);
    attach(verb, above, above === 0 ? 'root' : 'advcl');
    verb.pos = 'VBP';
    for (const c of kids(g, n.i, 'case')) attach(c, verb.i, 'mark');
    attach(subject, verb.i, 'nsubj');
    attach(n, verb.i, 'obj');
    return true;
  }
  return false;
}

/**
 * Construction class: a trailing attribution read as a side clause. "Ostmark shelters the Front,
 * Valdoria alleges", '"We will strike Ostmark," the spokesman said': the parser hangs the verb of
 * saying on the reported clause as `parataxis`. A verb of saying with a subject of its own after
 * the last comma (and a closing quotation mark), ending the sentence, governs the clause before it
 * (which becomes its `ccomp`).
 */
function repairTrailingSpeech(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (!root?.pos.startsWith('VB')) return false;
  const say = kids(g, root.i, 'parataxis').find(
    (p) => lexicon().sets.speech.has(p.lem) && p.pos.startsWith('VB') && kids(g, p.i, 'nsubj').some((s) => s.i < p.i && afterComma(g, s.i)),
  );
  if (!say || g.tokens.some((t) => t.i > say.i && t.rel !== 'punct' && !withinSubtree(g, t, say.i))) return false;
  attach(say, 0, 'root');
  attach(root, say.i, 'ccomp');
  for (const p of g.tokens.filter((t) => t.rel === 'punct' && t.head === root.i && t.i > say.i)) p.head = say.i;
  return true;
}

/** True when token `i` follows a comma, or a closing quotation mark after one ('"We will act," X said'). */
function afterComma(g: DepGraph, i: number): boolean {
  const before = tok(g, i - 1)?.word;
  return before === ',' || (QUOTES.has(before ?? '') && tok(g, i - 2)?.word === ',');
}

/** True when the phrase headed by token `i` is set off by a comma right before it. */
function setOff(g: DepGraph, i: number): boolean {
  return tok(g, subtreeSpan(g, i)[0] - 1)?.word === ',';
}

const QUOTES = new Set(['"', "''", '``', '\u201d', "'"]);

/** True when `t` lies in the subtree of token `top`. */
function withinSubtree(g: DepGraph, t: DepToken, top: number): boolean {
  let x: DepToken | undefined = t;
  for (let hops = 0; x && hops < 12; hops++) {
    if (x.head === top) return true;
    x = tok(g, x.head);
  }
  return false;
}

/**
 * Construction class: a reported clause's subject read as the speech verb's object. "said
 * Valdoria would ask Ostmark to …", "warned it would wage war on X": the parser makes the name or
 * pronoun the object of "said" and the modal clause its `xcomp` (or a loose `dep`); "claimed the
 * Front had carried out X" likewise, with the clause as `advcl`. A verb of saying with an object
 * right before a finite auxiliary (a modal, a tensed "have" or "be"), the auxiliary's verb being
 * the speech verb's `xcomp`, `dep` or unmarked `advcl`, has a complement clause whose subject is
 * that object (a set-off phrase may close it: "said 11 soldiers, including a major, had been
 * killed"). So does a verb of saying reported under another whose clause the parser hung on
 * that other verb as a loose `dep` ("said they believed the raid was planned by X"), and one in a
 * relative clause whose clause the parser hung loose higher up ("a video in which X said the Front
 * and the League had been funded by Y").
 */
function repairReportedSubjectAsObject(g: DepGraph): boolean {
  const speech = lexicon().sets.speech;
  let changed = false;
  for (const say of g.tokens) {
    if (!speech.has(say.lem) || !say.pos.startsWith('VB')) continue;
    // (or on the verb of saying it is reported under: "said they believed the raid was planned by X";
    // or, for a verb of saying in a relative clause, on any word above it: "released a video in
    // which X said the Front had been funded by Y", the clause hung loose on "released")
    const above: number[] = [];
    for (
      let h = say.head, hops = 0;
      h > 0 && hops < 4 && (say.rel === 'ccomp' || say.rel === 'acl:relcl');
      h = tok(g, h)?.head ?? 0, hops++
    )
      above.push(h);
    const higher = above.flatMap((h) => kids(g, h, 'dep').filter((d) => d.i > say.i));
    for (const clause of [...kids(g, say.i, 'xcomp', 'dep', 'advcl'), ...higher]) {
      // the clause's first auxiliary, when finite: a modal, or a tensed "have" or "be" ("claimed the Front had carried out …")
      // (or a tensed copula: "said the Front was to blame")
      const first = kids(g, clause.i, 'aux', 'aux:pass', 'cop').filter((a) => a.i < clause.i)[0];
      const infinitive = kids(g, clause.i, 'mark').every((m) => m.lem === 'to' && first?.rel === 'cop');
      const modal = first && (first.pos === 'MD' || /^VB[DZP]$/.test(first.pos)) && infinitive ? first : undefined;
      // (with a prepositional phrase the parser hung on the verb: "suspected the raid on the post had …")
      const phrases = modal ? kids(g, say.i, 'obl').filter((p) => p.i < modal.i && subtreeSpan(g, p.i)[1] === modal.i - 1) : [];
      const reach = phrases[0] ? subtreeSpan(g, phrases[0].i)[0] - 1 : modal ? modal.i - 1 : -1;
      // (a set-off phrase may close the object: "said 11 soldiers, including a major, had been killed")
      const closes = (end: number) => end === reach || (end === reach - 1 && tok(g, reach)?.word === ',' && tok(g, end)?.word !== ',');
      const obj = kids(g, say.i, 'obj').find((o) => o.i > say.i && modal && closes(subtreeSpan(g, o.i)[1]));
      if (!modal || !obj) continue;
      for (const p of phrases) attach(p, obj.i, 'nmod');
      attach(obj, clause.i, kids(g, clause.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
      attach(clause, say.i, 'ccomp');
      changed = true;
    }
  }
  return changed;
}

/**
 * Construction class: a verb tagged as a noun at the head of a clause. "demanded that the
 * government first release its fighters": the parser tags "release" as a noun (with "first" as
 * its adjective) but gives it a subject and an object. A noun heading a complement clause, with
 * a subject before it and an object after it, whose lemma is a verb of the lexicon, is that
 * verb; adjectives between the subject and it are adverbs.
 */
function repairVerbTaggedAsNoun(g: DepGraph): boolean {
  const verbs = lexicon().verbLemmas;
  let changed = false;
  for (const t of g.tokens) {
    if (!t.pos.startsWith('NN') || t.rel !== 'ccomp' || !verbs.has(t.lem)) continue;
    const subj = kids(g, t.i, 'nsubj').find((s) => s.i < t.i);
    if (!subj || !kids(g, t.i, 'obj').some((o) => o.i > t.i)) continue;
    t.pos = 'VB';
    for (const a of kids(g, t.i, 'amod').filter((a) => a.i > subj.i && a.i < t.i)) a.rel = 'advmod';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: the blamed party's on-phrase read as the object's. "blamed the attack on
 * the Front": the parser hangs "on the Front" on "attack" (an attack on the Front). After a verb
 * that puts blame on someone (lexicon `blameOnVerbs`), the on-phrase of its object names who is
 * blamed: it becomes the verb's oblique.
 */
function repairBlamedOnPhrase(g: DepGraph): boolean {
  const blame = lexicon().sets.blameOnVerbs;
  let changed = false;
  for (const v of g.tokens) {
    if (!blame.has(v.lem) || !v.pos.startsWith('VB') || kids(g, v.i, 'obl').some((o) => kids(g, o.i, 'case').some((c) => c.lem === 'on')))
      continue;
    for (const obj of kids(g, v.i, 'obj'))
      for (const n of kids(g, obj.i, 'nmod').filter((n) => kids(g, n.i, 'case').some((c) => c.lem === 'on'))) {
        attach(n, v.i, 'obl');
        changed = true;
      }
  }
  return changed;
}

/**
 * Construction class: a finite verb read as an adjective. "…, and jets pounded hideouts of X":
 * the parser makes "pounded" an adjective of "hideouts" and "hideouts" the object of "jets". A
 * past-tense verb hung as an adjective on a noun that is the object of the noun right before the
 * verb is that noun's verb: the noun before is its subject, the noun after its object, and the
 * verb takes the subject's place in the sentence.
 */
function repairFiniteVerbAsAdjective(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const obj = tok(g, v.head);
    const subj = obj && tok(g, obj.head);
    if (v.pos !== 'VBD' || v.rel !== 'amod' || obj?.rel !== 'obj' || !subj?.pos.startsWith('NN') || subj.i !== v.i - 1) continue;
    attach(v, subj.head, subj.rel);
    attach(subj, v.i, 'nsubj');
    obj.head = v.i;
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a noun read as a bare verb after a name. "was killed by a US drone in
 * August": the parser makes "US" the by-phrase's noun and "drone" a base-form verb hanging loose.
 * A base-form verb with no auxiliary, marker or subject of its own, right after a proper noun that
 * has an article of its own, is that noun phrase's head: it takes the name's place (with its
 * article and preposition), and the name becomes its modifier. Where the parser made the noun
 * the passive auxiliary of the next verb ("A US drone killed X"), that verb is active; where it
 * made the noun a verb and the next verb a modifier of the object, see `nounBeforeVerb`.
 */
function repairNounAsBareVerb(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const name = tok(g, v.i - 1);
    if (v.pos === 'VB' && name && nounBeforeVerb(g, v, name)) {
      changed = true;
      continue;
    }
    if (v.pos !== 'VB' || !name?.pos.startsWith('NNP') || kids(g, v.i, 'aux', 'mark', 'nsubj', 'nsubj:pass').length) continue;
    if (!kids(g, name.i, 'det').some((d) => ['a', 'an', 'the'].includes(d.lem)) || name.head === v.i) continue;
    v.pos = 'NN';
    attach(v, name.head, name.rel);
    for (const k of kids(g, name.i, 'det', 'case', 'amod')) k.head = v.i;
    attach(name, v.i, 'compound');
    // "A US drone killed X": read as "US [was] drone-killed", the noun was the passive auxiliary;
    // the clause is active once it is gone
    const clause = tok(g, v.head);
    if (v.rel === 'nsubj:pass' && clause?.pos === 'VBN' && !kids(g, clause.i, 'aux', 'aux:pass').length) {
      v.rel = 'nsubj';
      clause.pos = 'VBD';
    }
    changed = true;
  }
  return changed;
}

/**
 * "A CIA drone killed X", read as "A CIA [to] drone killed-X": a base-form verb whose subject is the
 * name right before it (with an article of its own: no base-form verb takes "a X" as subject
 * without an auxiliary), followed by a past verb read as a modifier of its object. The base-form
 * verb is the subject noun (the name its modifier) and the past verb is the clause's verb.
 */
function nounBeforeVerb(g: DepGraph, v: DepToken, name: DepToken): boolean {
  const verb = tok(g, v.i + 1);
  const object = verb && tok(g, verb.head);
  if (!name.pos.startsWith('NNP') || name.head !== v.i || name.rel !== 'nsubj' || kids(g, v.i, 'aux', 'mark').length) return false;
  if (!kids(g, name.i, 'det').some((d) => ['a', 'an', 'the'].includes(d.lem))) return false;
  if (!verb || !/^VB[DN]$/.test(verb.pos) || verb.rel !== 'amod' || object?.head !== v.i || object.rel !== 'obj') return false;
  attach(verb, v.head, v.rel);
  verb.pos = 'VBD';
  for (const k of kids(g, v.i).filter((k) => k.i !== name.i && k.i !== object.i)) k.head = verb.i;
  attach(object, verb.i, 'obj');
  v.pos = 'NN';
  attach(v, verb.i, 'nsubj');
  for (const k of kids(g, name.i, 'det')) k.head = v.i;
  attach(name, v.i, 'compound');
  return true;
}

/**
 * Construction class: a verb of saying coordinated after a relative clause. "X said it was
 * revenge for the killing of Y, who died in a drone strike, and warned the government …", "X
 * accused Z of complicity in the strike that killed Y, and vowed …": the parser coordinates the
 * last verb with the relative clause's verb, so it would take the relative clause's subject. A
 * communicative verb (saying, warning, vowing, accusing, demanding) after ", and", coordinated
 * with a relative clause's verb, when the relative clause hangs below another communicative verb
 * (the nearest one above it: "said the raid avenged Y, who was killed …, and warned …"), is
 * coordinated with that verb.
 */
function repairConjunctAfterRelative(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const r = tok(g, v.head);
    if (v.rel !== 'conj' || r?.rel !== 'acl:relcl' || !communicativeVerb(v.lem)) continue;
    if (tok(g, v.i - 1)?.rel !== 'cc' || tok(g, v.i - 2)?.word !== ',') continue;
    // (the nearest communicative verb above: "said the raid avenged Y, who was killed …, and warned")
    let main = tok(g, verbAbove(g, r.head) ?? 0);
    for (let k = 0; k < 3 && main && !communicativeVerb(main.lem) && main.head !== 0; k++) main = tok(g, verbAbove(g, main.head) ?? 0);
    if (!main || main.i > r.i || !communicativeVerb(main.lem)) continue;
    v.head = main.i;
    // (the subject enhanced++ gave it came from the relative clause)
    dropEnhanced(g, v.i, 'nsubj');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a past-tense verb coordinated after a gerund complement. "X accused Y of
 * having no plan and called on Z to act", "X blamed Y for failing them and urged Z to …": the
 * parser coordinates the second verb with the gerund, so it would be controlled by the gerund's
 * controller (Y). A communicative verb in the past tense (VBD, or VBN with no auxiliary) after
 * "and", coordinated with a gerund marked "of" or "for" whose governor is a finite verb, is
 * coordinated with that governor (and shares its subject). So is one coordinated with a
 * that-clause that has a subject of its own ("X denied that its soil had been used and called on
 * Z to act": the caller is X).
 */
function repairConjunctAfterGerund(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const gerund = tok(g, v.head);
    if (v.rel !== 'conj' || !/^VB[DN]$/.test(v.pos) || !gerund || !communicativeVerb(v.lem)) continue;
    if (kids(g, v.i, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass').length || tok(g, v.i - 1)?.lem !== 'and') continue;
    const ofGerund = gerund.pos === 'VBG' && kids(g, gerund.i, 'mark', 'case').some((m) => m.lem === 'of' || m.lem === 'for');
    // (or a that-clause with a subject of its own: "denied that X had been used and called on Y to …")
    const content =
      gerund.rel === 'ccomp' &&
      kids(g, gerund.i, 'mark').some((m) => m.lem === 'that') &&
      kids(g, gerund.i, 'nsubj', 'nsubj:pass').length > 0;
    if (!ofGerund && !content) continue;
    const main = tok(g, gerund.head);
    if (!main || !FINITE.test(main.pos) || main.i > gerund.i) continue;
    v.head = main.i;
    // (the subject enhanced++ gave it came from the gerund's controller)
    dropEnhanced(g, v.i, 'nsubj');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a name read as the subject of a to-infinitive. "called on the federal
 * government and the caretaker Ostmark government to act": after a lower-case modifier the
 * parser makes the modifier the noun ("the caretaker"), hangs the infinitive on it and the name
 * becomes the infinitive's subject — which a to-infinitive never has without "for". The name is
 * the noun phrase's head (the modifier its compound, the determiner and conjunction its own), and
 * the infinitive is the complement of the verb above.
 */
function repairNameAsInfinitiveSubject(g: DepGraph): boolean {
  for (const t of g.tokens) {
    const inf = tok(g, t.head);
    const modifier = tok(g, t.i - 1);
    if (t.rel !== 'nsubj' || t.pos !== 'NNP' || inf?.pos !== 'VB' || !modifier || !/^NNS?$/.test(modifier.pos)) continue;
    const marks = kids(g, inf.i, 'mark');
    if (!marks.some((m) => m.lem === 'to') || marks.some((m) => m.lem === 'for') || inf.head !== modifier.i) continue;
    const verb = tok(g, verbAbove(g, modifier.head) ?? 0);
    if (!verb || verb.i > modifier.i) continue;
    attach(t, modifier.head, modifier.rel);
    for (const c of kids(g, modifier.i).filter((c) => c.i !== inf.i)) attach(c, t.i, c.rel);
    attach(modifier, t.i, 'compound');
    attach(inf, verb.i, 'xcomp');
    dropEnhanced(g, inf.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a participle on talks left loose after a comma. "X held talks with Y in
 * 2022, facilitated by Z", "talks take place in Velm, hosted by Z": the parser hangs the
 * participle on the main verb (as `dep` or `advcl`). A past participle of a mediating verb
 * (lexicon MEDIATES verbs) with a by-phrase and no subject (or conjoined to one), right after a comma, whose governor
 * has talks (lexicon talk nouns) as object or subject, or that hangs on the talks noun itself
 * as a loose dependent, is a reduced relative on the talks. The by-phrase may sit on a
 * conjoined participle ("hosted in X and facilitated by Z").
 */
function repairLooseTalksParticiple(g: DepGraph): boolean {
  const L = lexicon();
  const mediating = verbLemmasOf('MEDIATES');
  let changed = false;
  for (const v of g.tokens) {
    if (v.pos !== 'VBN' || !['dep', 'advcl'].includes(v.rel) || tok(g, v.i - 1)?.word !== ',') continue;
    if (kids(g, v.i, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) continue;
    if (!mediatingByPhrase(g, v, mediating)) continue;
    const head = tok(g, v.head);
    // (hung on the talks noun itself: "the talks, hosted in X and facilitated by Z, began …")
    const talks = head && L.talkNouns.has(head.lem) ? head : kids(g, v.head, 'obj', 'nsubj').find((n) => L.talkNouns.has(n.lem));
    if (!talks) continue;
    attach(v, talks.i, 'acl');
    changed = true;
  }
  return changed;
}

/** True when verb `v` has an oblique introduced by "by" (its agent in the passive). */
export function hasByPhrase(g: DepGraph, v: DepToken): boolean {
  return kids(g, v.i, 'obl').some((o) => kids(g, o.i, 'case').some((c) => c.lem === 'by'));
}

/** A mediating participle with a by-phrase: `v` itself or one conjoined to it ("held in X and facilitated by Z"). */
function mediatingByPhrase(g: DepGraph, v: DepToken, mediating: ReadonlySet<string>): boolean {
  const by = (p: DepToken) => mediating.has(p.lem) && hasByPhrase(g, p);
  return by(v) || kids(g, v.i, 'conj').some((c) => c.pos === 'VBN' && by(c));
}

/**
 * Construction class: a cleft sentence. "It was the Front that attacked the post", "It was X who
 * brokered the deal": the parser makes the focused phrase the root (with "it" and "was") and hangs
 * the clause after it loose. A root noun phrase with the expletive "it" as subject and a copula,
 * followed by a clause whose subject or object is "that"/"who"/"which"/"whom", has that clause as
 * its relative clause: the relative pronoun stands for the focused phrase, as in "the Front, which
 * attacked the post".
 */
function repairCleft(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (!root || !/^(NN|PRP)/.test(root.pos)) return false;
  if (!kids(g, root.i, 'nsubj').some((s) => s.lem === 'it' && s.i < root.i) || !kids(g, root.i, 'cop').length) return false;
  const relative = (v: DepToken) =>
    kids(g, v.i, 'nsubj', 'nsubj:pass', 'obj').some((c) => ['that', 'who', 'which', 'whom'].includes(c.lem) && c.i < v.i);
  const clause = kids(g, root.i, 'dep', 'ccomp', 'parataxis', 'acl', 'acl:relcl').find(
    (v) => v.i > root.i && v.pos.startsWith('VB') && relative(v),
  );
  if (!clause || clause.rel === 'acl:relcl') return false;
  attach(clause, root.i, 'acl:relcl');
  return true;
}

/**
 * Construction class: a reduced relative read as a clausal subject. "Talks between the Front and
 * a committee nominated by Valdoria broke down": the parser makes "nominated" the subject clause
 * of "broke", with "Talks …" as its passive subject. A past participle with a by-phrase, no
 * auxiliary, as `csubj`, whose passive subject ends in the noun right before it, is a reduced
 * relative on that noun; the passive subject is the subject of the participle's governor.
 */
function repairParticipleAsClausalSubject(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.pos !== 'VBN' || v.rel !== 'csubj' || kids(g, v.i, 'aux', 'aux:pass').length) continue;
    if (!hasByPhrase(g, v)) continue;
    // (an earlier repair may have made it the plain subject)
    const subject = kids(g, v.i, 'nsubj:pass', 'nsubj').find((c) => c.i < v.i);
    const noun = tok(g, v.i - 1);
    if (!subject || !noun?.pos.startsWith('NN') || subtreeSpan(g, subject.i)[1] !== noun.i) continue;
    attach(subject, v.head, 'nsubj');
    attach(v, noun.i, 'acl');
    dropEnhanced(g, v.i, 'nsubj');
    changed = true;
  }
  return changed;
}

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/i;

/**
 * Construction class: a fronted date run into the subject's name. "On 17 August X, the Front's
 * spokesman, said …", "On Monday X, …": with no comma after the date, the parser reads the date
 * as the name's compound, makes "On … X" an oblique and the role noun after the comma the
 * subject. A person's name in an on/in-phrase whose compounds are calendar words, with a later
 * subject of the same verb set off by a comma, is that verb's subject; the role noun is its
 * apposition, the date the oblique.
 */
function repairDateRunIntoName(g: DepGraph): boolean {
  for (const name of g.tokens) {
    if (!isPersonPlaceholder(name.word) || !name.rel.startsWith('obl')) continue;
    const prep = kids(g, name.i, 'case').find((c) => c.lem === 'on' || c.lem === 'in');
    const dates = kids(g, name.i, 'compound', 'nummod').filter((c) => CALENDAR.test(c.word));
    const date = dates.at(-1);
    const role = kids(g, name.head, 'nsubj').find((s) => s.i > name.i && tok(g, name.i + 1)?.word === ',');
    if (!prep || !date || !role || date.i !== name.i - 1) continue;
    attach(date, name.head, 'obl');
    attach(prep, date.i, 'case');
    for (const d of dates) if (d !== date) attach(d, date.i, d.rel);
    attach(name, name.head, 'nsubj');
    attach(role, name.i, 'appos');
    return true;
  }
  return false;
}

/**
 * Construction class: a verb of saying read as an auxiliary. "X called the plan unacceptable,
 * said they had no part in it and urged Y to reconsider": the parser makes "said" an auxiliary of
 * the reported verb ("said … had"), so the verbs after it lose their speaker. A verb of saying
 * (lexicon `speech`) tagged as a past tense with the relation `aux`, right before the reported
 * clause's subject, heads that clause: it takes the clause's place, the clause becomes its
 * complement.
 */
function repairSayingAsAuxiliary(g: DepGraph): boolean {
  let changed = false;
  for (const said of g.tokens) {
    if (said.rel !== 'aux' || !/^VB[DZ]$/.test(said.pos) || !lexicon().sets.speech.has(said.lem)) continue;
    const clause = tok(g, said.head);
    const subject = clause ? kids(g, clause.i, 'nsubj', 'nsubj:pass')[0] : undefined;
    if (!clause || !subject || subject.i !== said.i + 1) continue;
    // (a loose clause after a comma under another verb is the next verb of a coordinated series)
    const head = tok(g, clause.head);
    const series = clause.rel === 'dep' && head?.pos.startsWith('VB') && tok(g, said.i - 1)?.word === ',';
    attach(said, clause.head, clause.head === 0 ? 'root' : series ? 'conj' : clause.rel);
    attach(clause, said.i, 'ccomp');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a series of verbs whose first was left loose. "X called the plan
 * unacceptable, said they had no part in it and urged Y to reconsider": the parser makes a later
 * verb of the series the root (without a subject) and hangs the first, with the subject, on it.
 * A root verb with no subject, right after a comma, with a loose verb before it that has one, is
 * that verb's conjunct: the first verb heads the sentence. Likewise a subjectless finite verb
 * after a comma that the parser hung on the first verb as a side clause (`parataxis`).
 */
function repairSeriesHead(g: DepGraph): boolean {
  let changed = false;
  // (a subjectless finite verb after a comma hung on the series' first verb as a side clause is its conjunct)
  for (const v of g.tokens)
    if (
      v.rel === 'parataxis' &&
      FINITE.test(v.pos) &&
      tok(g, v.i - 1)?.word === ',' &&
      !kids(g, v.i, 'nsubj', 'nsubj:pass', 'expl').length
    ) {
      const head = tok(g, v.head);
      if (head?.pos.startsWith('VB') && head.i < v.i && kids(g, head.i, 'nsubj').length) {
        v.rel = 'conj';
        changed = true;
      }
    }
  const root = g.tokens.find((t) => t.head === 0);
  if (!root?.pos.startsWith('VB') || kids(g, root.i, 'nsubj', 'nsubj:pass', 'expl').length || tok(g, root.i - 1)?.word !== ',')
    return changed;
  const first = kids(g, root.i, 'dep', 'parataxis').find((d) => d.i < root.i && d.pos.startsWith('VB') && kids(g, d.i, 'nsubj').length);
  if (!first) return changed;
  attach(first, 0, 'root');
  attach(root, first.i, 'conj');
  for (const t of g.tokens) if (t.head === root.i && t.rel === 'punct' && t.i === g.tokens.length) t.head = first.i; // the final stop
  return true;
}

/**
 * Construction class: a present-tense verb read as a noun after a plural subject. "say the
 * Front's leaders shelter in Ostmark": the parser reads "leaders shelter" as a compound noun (the
 * Front's "leader shelter"). A singular noun whose lemma is a relation verb of the lexicon or a
 * verb of residing (lexicon `residingVerbs`), right after a plural noun it takes as compound, with
 * no determiner and a prepositional phrase of its own, is a verb with that plural as its subject
 * (the possessor goes with the subject).
 */
function repairPresentVerbAfterPlural(g: DepGraph): boolean {
  const L = lexicon();
  for (const v of g.tokens) {
    if (v.pos !== 'NN' || (!L.verbs.has(v.lem) && !L.sets.residingVerbs.has(v.lem)) || kids(g, v.i, 'det').length) continue;
    const subject = tok(g, v.i - 1);
    if (subject?.head !== v.i || subject.rel !== 'compound' || subject.pos !== 'NNS') continue;
    const phrases = kids(g, v.i, 'nmod').filter((c) => kids(g, c.i, 'case').length && c.i > v.i);
    if (!phrases.length) continue;
    const head = tok(g, v.head);
    attach(v, v.head, v.head === 0 ? 'root' : head && L.sets.speech.has(head.lem) ? 'ccomp' : v.rel);
    v.pos = 'VBP';
    for (const k of kids(g, v.i, 'nmod:poss')) attach(k, subject.i, 'nmod:poss');
    attach(subject, v.i, 'nsubj');
    for (const c of phrases) c.rel = 'obl';
    return true;
  }
  return false;
}

/**
 * Construction class: a relative clause on a predicate noun hung elsewhere. "After the bombing of
 * a Levy convoy that the Front later claimed", "the attack on X, which Y carried out": the parser
 * makes "that" a subordinator and the verb a `ccomp` (or loose `dep`) of the noun before it (as in
 * "the claim that X attacked Y"), or hangs the relative clause on the nearest noun, the predicate noun's own
 * of/on/against-phrase. A verb with a subject before it and no object but the relative word or
 * "that" (as marker), nor a clausal complement, hanging on a noun that is no report noun (lexicon
 * `reportNouns`), and a light verb (lexicon `light`) of that noun or of the predicate noun its
 * phrase hangs on, is a relative clause on the noun whose light verb it is. So is a mediating
 * verb (lexicon MEDIATES verbs) on a talks noun: "talks between A and B that X hosted in Y".
 */
function repairRelativeAsContentClause(g: DepGraph): boolean {
  const L = lexicon();
  const mediating = verbLemmasOf('MEDIATES');
  const lightFor = (n: DepToken | undefined, v: DepToken) =>
    n && (L.nouns.get(n.lem)?.some((p) => p.light.includes(v.lem)) || (mediating.has(v.lem) && L.talkNouns.has(n.lem))) ? n : undefined;
  for (const v of g.tokens) {
    const n = tok(g, v.head);
    if (
      !['ccomp', 'dep', 'acl:relcl'].includes(v.rel) ||
      !v.pos.startsWith('VB') ||
      !n?.pos.startsWith('NN') ||
      L.sets.reportNouns.has(n.lem)
    )
      continue;
    // (the parser may leave "that" a loose dependent: "the talks that X has held with Y")
    const that = kids(g, v.i, 'mark', 'dep').find((m) => m.lem === 'that' && m.i < v.i);
    const relative = kids(g, v.i, 'obj').find((o) => isRelativePronoun(o) && o.i < v.i);
    if (v.rel === 'acl:relcl' ? !relative : !that) continue;
    if (!kids(g, v.i, 'nsubj').some((c) => c.i < v.i) || kids(g, v.i, 'obj', 'ccomp', 'xcomp').some((c) => c !== relative)) continue;
    // (the phrase's last conjunct: "talks between A and B that X hosted" hangs on B)
    const phrase = n.rel === 'conj' ? (tok(g, n.head) ?? n) : n;
    const holder =
      phrase.rel === 'nmod' && ['of', 'on', 'against', 'between'].includes(caseOf(g, phrase.i)) ? tok(g, phrase.head) : undefined;
    const host = lightFor(n, v) ?? lightFor(holder, v);
    if (!host || (v.rel === 'acl:relcl' && host === n)) continue;
    attach(v, host.i, 'acl:relcl');
    if (that) {
      attach(that, v.i, 'obj');
      that.pos = 'WDT';
    }
    return true;
  }
  return false;
}

/**
 * Construction class: a trailing participle clause that took the object as its subject. "X had
 * telephoned Y and Z, urging them to help": the parser leaves the transitive verb without an
 * object and makes "Y and Z" the subject of "urging", hung loose (`dep`, `ccomp`). A present
 * participle after a comma with no auxiliary, whose subject starts right after a verb that has a
 * subject and no object, has that subject as the verb's object and is an adverbial clause of the
 * verb (its subject the verb's); so is such a participle hung loose (`dep`) with no subject.
 */
function repairObjectAsGerundSubject(g: DepGraph): boolean {
  for (const v of g.tokens) {
    if (v.pos !== 'VBG' || !['dep', 'ccomp', 'parataxis'].includes(v.rel) || kids(g, v.i, 'aux', 'aux:pass').length) continue;
    if (tok(g, v.i - 1)?.word !== ',') continue;
    const verb = tok(g, v.head);
    const subject = kids(g, v.i, 'nsubj').find((c) => c.i < v.i);
    if (!verb?.pos.startsWith('VB') || !kids(g, verb.i, 'nsubj').length) continue;
    // ("X telephoned Y on Monday, urging him …": a loose participle without a subject)
    if (!subject && v.rel === 'dep' && !kids(g, v.i, 'nsubj:pass').length) {
      attach(v, verb.i, 'advcl');
      return true;
    }
    if (!subject || kids(g, verb.i, 'obj', 'ccomp', 'xcomp').length) continue;
    let start = subtreeSpan(g, subject.i)[0];
    if (start <= verb.i) continue;
    while (start > verb.i + 1 && tok(g, start - 1)?.pos === 'RB') start--;
    if (start !== verb.i + 1) continue;
    attach(subject, verb.i, 'obj');
    attach(v, verb.i, 'advcl');
    dropEnhanced(g, v.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a conjoined clause whose subject was read as a list member. "X accused Y of
 * abdicating to Z, and American officials pressed W to act": the parser joins "officials" to "Z"
 * as a conjunct and leaves "pressed" loose (`dep`) without a subject. A finite verb hung loose on
 * the root with no subject (or hung on the first conjunct as a finite modifier), right after a
 * noun that is a conjunct opened by ", and" (or by "and" alone when it is the conjunct of the
 * root's object; adverbs may stand between), has that noun as its subject and is itself the
 * root's conjunct.
 */
function repairConjoinedClauseSubject(g: DepGraph): boolean {
  for (const v of g.tokens) {
    // (or hung on the first conjunct as its modifier: "accused X of killing women and children,
    // and Afghan forces fired on Y")
    const modifier = v.rel === 'acl' && /^VB[DZ]$/.test(v.pos);
    if (!FINITE.test(v.pos) || !(['dep', 'parataxis'].includes(v.rel) || modifier) || kids(g, v.i, 'nsubj', 'nsubj:pass', 'expl').length)
      continue;
    const root = modifier ? g.tokens.find((t) => t.head === 0) : tok(g, v.head);
    if (root?.head !== 0) continue;
    // the noun phrase right before the verb (adverbs aside), as a conjunct opened by ", and" —
    // or by a bare "and" when it is the conjunct of the root's object ("called off the meeting
    // and Levy jets then pounded X": the loose verb has no other subject to take)
    let end = v.i - 1;
    while (tok(g, end)?.pos === 'RB') end--;
    const noun = g.tokens.find((t) => t.rel === 'conj' && t.pos.startsWith('NN') && subtreeSpan(g, t.i)[1] === end);
    const cc = noun && kids(g, noun.i, 'cc').find((c) => c.lem === 'and');
    if (!noun || !cc || noun.i < root.i) continue;
    const ofObject = tok(g, noun.head)?.rel === 'obj' && tok(g, noun.head)?.head === root.i;
    if (tok(g, cc.i - 1)?.word !== ',' && !ofObject) continue;
    for (const a of g.tokens.filter((t) => t.i > end && t.i < v.i)) attach(a, v.i, 'advmod');
    attach(noun, v.i, 'nsubj');
    attach(cc, v.i, 'cc');
    attach(v, root.i, 'conj');
    return true;
  }
  return false;
}

/**
 * Construction class: a reported clause read as one noun compound. "Smith said Ostmark sponsors
 * terrorism": the parser makes "Ostmark sponsors terrorism" the object of "said", with the
 * present-tense verb as a plural noun modifier. A plural noun whose lemma is a verb of the
 * lexicon, after a proper name that modifies it or the common noun right after it, which is the
 * object of a verb of saying, is the reported clause's verb: the name its subject, the common
 * noun its object.
 */
function repairReportedVerbAsCompound(g: DepGraph): boolean {
  const L = lexicon();
  for (const t of g.tokens) {
    if (t.pos !== 'NNS' || t.rel !== 'compound' || !L.verbLemmas.has(t.lem)) continue;
    const head = tok(g, t.head);
    const say = head && tok(g, head.head);
    const subject = tok(g, t.i - 1);
    if (!head || !say || head.rel !== 'obj' || !L.sets.speech.has(say.lem) || head.i !== t.i + 1) continue;
    if (subject?.pos !== 'NNP' || (subject.head !== head.i && subject.head !== t.i) || subject.rel !== 'compound') continue;
    t.pos = 'VBZ';
    attach(t, say.i, 'ccomp');
    attach(subject, t.i, 'nsubj');
    for (const c of kids(g, head.i, 'compound').filter((c) => c.i < subject.i)) attach(c, subject.i, 'compound');
    attach(head, t.i, 'obj');
    return true;
  }
  return false;
}

/**
 * Construction class: an appositive read as a second object. "X bombed a rally of the JUI-F, the
 * party of Y": the parser gives "bombed" two direct objects. A later object set off by a comma,
 * opened by a determiner, is in apposition to the noun phrase that ends right before the comma;
 * names set off so after a counted plural object ("freed two Front commanders from Tarn, A and
 * B") are in apposition to that object.
 */
function repairSecondObjectAsAppositive(g: DepGraph): boolean {
  for (const v of g.tokens) {
    const objs = kids(g, v.i, 'obj');
    if (namesAfterCountedObject(g, v, objs[0])) return true;
    if (objs.length < 2) continue;
    const second = objs[objs.length - 1]!;
    const [start] = subtreeSpan(g, second.i);
    if (tok(g, start - 1)?.word !== ',') continue;
    // ("freed two jailed Front commanders from Tarn, A and B": names after a counted plural
    // object are those it counts, whatever phrase ends before the comma)
    const counted = objs[0]!;
    if (second.pos.startsWith('NNP') && counted.pos === 'NNS' && kids(g, counted.i, 'nummod').length) {
      attach(second, counted.i, 'appos');
      return true;
    }
    if (tok(g, start)?.pos !== 'DT') continue;
    // the noun phrase that ends right before the comma: its head word
    let host = tok(g, start - 2);
    while (host && host.head !== v.i && host.head !== 0 && !host.pos.startsWith('NN')) host = tok(g, host.head);
    if (!host?.pos.startsWith('NN') || host.i >= second.i) continue;
    attach(second, host.i, 'appos');
    return true;
  }
  return false;
}

/**
 * "freed two Front commanders from Tarn, A and B": the parser may join the names to the phrase
 * before the comma as its conjuncts; names so joined after the counted plural object `counted`
 * of verb `v` are its appositive instead.
 */
function namesAfterCountedObject(g: DepGraph, v: DepToken, counted: DepToken | undefined): boolean {
  if (counted?.pos !== 'NNS' || !kids(g, counted.i, 'nummod').length) return false;
  const phrase = g.tokens.find((p) => p.i > counted.i && (p.head === v.i || p.head === counted.i) && /^(obl|nmod)/.test(p.rel));
  const names = phrase ? kids(g, phrase.i, 'conj').filter((c) => c.pos.startsWith('NNP')) : [];
  const first = names[0];
  if (!first || tok(g, first.i - 1)?.word !== ',') return false;
  attach(first, counted.i, 'appos');
  for (const other of names.slice(1)) attach(other, first.i, 'conj');
  for (const cc of kids(g, phrase!.i, 'cc').filter((c) => c.i > first.i)) attach(cc, names.at(-1)!.i, 'cc');
  return true;
}

/**
 * Construction class: an absolute participle clause read as the main clause. "The Front claimed
 * the attack, its spokesman vowing that …": the parser makes the participle the root, with the
 * finite clause before the comma as its `ccomp`. A present participle heading the sentence, with
 * its own subject after a comma, whose finite clausal complement with a subject of its own ends
 * before that comma, is an adverbial clause of that finite verb, which heads the sentence.
 */
function repairAbsoluteParticipleAsRoot(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (root?.pos !== 'VBG' || kids(g, root.i, 'aux').length) return false;
  const subject = kids(g, root.i, 'nsubj').find((s) => s.i < root.i);
  if (!subject) return false;
  const start = subtreeSpan(g, subject.i)[0];
  if (tok(g, start - 1)?.word !== ',') return false;
  const main = kids(g, root.i, 'ccomp', 'parataxis').find(
    (c) => FINITE.test(c.pos) && c.i < start && kids(g, c.i, 'nsubj', 'nsubj:pass').length > 0 && subtreeSpan(g, c.i)[1] < start,
  );
  if (!main || kids(g, main.i, 'mark').length) return false;
  attach(main, 0, 'root');
  attach(root, main.i, 'advcl');
  for (const p of kids(g, root.i, 'punct').filter((p) => p.i === g.tokens.length || p.i === start - 1)) p.head = main.i;
  return true;
}

/**
 * Construction class: a double object read as one compound. "Ostmark gave the Front weapons",
 * "lent Valdoria money": the parser makes the recipient's name a compound of the thing given. A
 * name compounded onto the object of a verb of giving (lexicon `givingVerbs`), the object being a
 * predicate noun of the lexicon and the verb having no to- or for-phrase, is the verb's indirect
 * object (with the determiner or possessor before it).
 */
function repairRecipientAsCompound(g: DepGraph): boolean {
  const L = lexicon();
  for (const v of g.tokens) {
    if (!v.pos.startsWith('VB') || !L.sets.givingVerbs.has(v.lem)) continue;
    if (kids(g, v.i, 'iobj').length || kids(g, v.i, 'obl').some((o) => ['to', 'for'].includes(caseOf(g, o.i)))) continue;
    const obj = kids(g, v.i, 'obj').find((o) => o.pos.startsWith('NN') && L.nouns.has(o.lem));
    const name = obj && kids(g, obj.i, 'compound').find((c) => c.pos === 'NNP' && c.i === obj.i - 1);
    if (!obj || !name) continue;
    attach(name, v.i, 'iobj');
    for (const d of kids(g, obj.i, 'det', 'compound', 'nmod:poss').filter((d) => d.i < name.i)) attach(d, name.i, d.rel);
    return true;
  }
  return false;
}

/**
 * Construction class: a name read as the last phrase of its own title. "Minister of State for
 * Interior X summoned the envoy", "Spokesman of the banned Front X said": the parser makes the title noun the head, with the person's
 * name as its for-phrase (the last title word a compound of the name). A person's name that is
 * the of- or for-phrase of a capitalised role noun (lexicon roles) right before it heads the noun
 * phrase: the role noun becomes its compound, and the title words before the name form the
 * role's phrase.
 */
function repairNameInTitlePhrase(g: DepGraph): boolean {
  const L = lexicon();
  for (const n of g.tokens) {
    if (!isPersonPlaceholder(n.word) || !n.rel.startsWith('nmod')) continue;
    const role = tok(g, n.head);
    // (a capitalised role noun, whatever its tag: "Spokesman of the banned Front X")
    if (!role?.pos.startsWith('NN') || !/^\p{Lu}/u.test(role.word) || role.i > n.i) continue;
    // (also the last word of a two-word title: "Inspector General of Police X")
    const before = kids(g, role.i, 'compound').find((c) => c.i === role.i - 1);
    const title = [role.lem, ...(before ? [`${before.lem} ${role.lem}`] : [])].map((w) => w.toLowerCase());
    if (!title.some((w) => L.roles.has(w)) || !['of', 'for'].includes(caseOf(g, n.i))) continue;
    // the title words inside the name's phrase ("Interior") become the role's phrase
    const inner = kids(g, n.i, 'compound').filter((c) => c.i < n.i && c.pos.startsWith('NNP'));
    const last = inner.at(-1);
    if (!last) continue;
    for (const c of kids(g, n.i, 'case')) attach(c, last.i, 'case');
    for (const c of kids(g, n.i, 'det', 'amod').filter((c) => c.i < last.i)) attach(c, last.i, c.rel);
    for (const c of inner.slice(0, -1)) attach(c, last.i, 'compound');
    attach(last, role.i, 'nmod');
    attach(n, role.head, role.rel);
    attach(role, n.i, 'compound');
    return true;
  }
  return false;
}

/**
 * Construction class: a descriptive title run before a name. "led by the veteran Valdorian
 * commander X", "met the country's then foreign minister X": the parser makes the first
 * modifier ("veteran", "then") the phrase's head and hangs the name on it as `dep`. A person's
 * name hung as `dep` on a noun or adjective before it, with only words (no punctuation, no verb)
 * between them and a role noun (lexicon roles) among them, heads the phrase: it takes the head's
 * place and its dependents, and the words before it become its modifiers.
 */
function repairTitleRunBeforeName(g: DepGraph): boolean {
  const L = lexicon();
  for (const n of g.tokens) {
    if (!isPersonPlaceholder(n.word) || n.rel !== 'dep') continue;
    const head = tok(g, n.head);
    if (!head || head.i > n.i || !/^(NN|JJ)/.test(head.pos)) continue;
    const run = g.tokens.filter((t) => t.i >= head.i && t.i < n.i);
    if (run.some((t) => !/^(NN|JJ|RB)/.test(t.pos))) continue;
    if (!run.some((t) => L.roles.has(t.lem.toLowerCase()))) continue;
    attach(n, head.head, head.rel);
    for (const c of kids(g, head.i).filter((c) => c !== n)) attach(c, n.i, c.rel);
    for (const t of run) attach(t, n.i, t.pos.startsWith('JJ') ? 'amod' : t.pos.startsWith('RB') ? 'advmod' : 'compound');
    return true;
  }
  return false;
}

/**
 * Construction class: a fronted phrase hung on a participle of the subject. "In talks hosted by
 * X, delegations led by A and B agreed …": the parser hangs the opening phrase on "led", a
 * reduced relative inside the subject that comes after it. A phrase before the subject can only
 * belong to the clause: an oblique whose head is a participle modifying a later subject noun
 * moves to that subject's verb. (Applied last in repairs.ts's chain: the reduced relative is
 * often one that another repair made.)
 */
export function repairFrontedPhraseOnParticiple(g: DepGraph): boolean {
  let changed = false;
  for (const x of g.tokens) {
    if (!x.rel.startsWith('obl')) continue;
    const participle = tok(g, x.head);
    if (participle?.rel !== 'acl' || participle.pos !== 'VBN' || participle.i < x.i) continue;
    const noun = tok(g, participle.head);
    const verb = noun && noun.i > x.i && noun.rel.startsWith('nsubj') ? tok(g, noun.head) : undefined;
    if (!verb?.pos.startsWith('VB')) continue;
    attach(x, verb.i, x.rel);
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a complementizer read as an object. "Valdoria says that Ostmark shelters
 * the Front": with a verb form that is also a plural noun ("shelters", "arms", "funds"), the
 * parser makes "that" (tagged as a complementizer) the object or complement of "says" and hangs
 * the clause on it as `dep`. A "that" tagged IN, governed as an object or complement, with a verb
 * that has a subject hung on it, is that verb's marker, and the verb is the governor's
 * complement clause. (Applied in repairs.ts's chain after the repairs that make such a plural
 * noun the verb it is.)
 */
export function repairComplementizerAsObject(g: DepGraph): boolean {
  for (const that of g.tokens) {
    if (that.lem !== 'that' || that.pos !== 'IN' || !['obj', 'xcomp', 'ccomp'].includes(that.rel)) continue;
    const verb = kids(g, that.i, 'dep', 'acl', 'acl:relcl').find(
      (v) => v.pos.startsWith('VB') && v.i > that.i && kids(g, v.i, 'nsubj', 'nsubj:pass').length,
    );
    const governor = tok(g, that.head);
    if (!verb || !governor) continue;
    attach(verb, governor.i, 'ccomp');
    attach(that, verb.i, 'mark');
    moveFinalPunct(g, verb.i, governor.i);
    return true;
  }
  return false;
}

/**
 * Construction class: a reduced relative hung loose. "in talks hosted by X and co-mediated by Y":
 * the parser hangs the participle on the noun right before it as `dep`. A past participle with
 * a by-phrase, hung as `dep` on the noun just before it, is that noun's reduced relative (`acl`).
 */
function repairLooseParticipleOnNoun(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.pos !== 'VBN' || v.rel !== 'dep' || v.head !== v.i - 1 || !tok(g, v.head)?.pos.startsWith('NN')) continue;
    if (!kids(g, v.i, 'obl').some((o) => caseOf(g, o.i) === 'by')) continue;
    attach(v, v.head, 'acl');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a reduced relative read as a clause of its own. "X, the Front faction led by
 * Y, …": the parser makes the participle a loose clause with the noun before it as its subject. A
 * past participle with no auxiliary and a by-phrase, whose subject is the noun phrase right before
 * it ("the local wing of the Front commanded by Y" too), hung loose (`dep`, `parataxis`, `appos`)
 * on another noun, or read as a relative clause's past tense with no object ("X, the movement led
 * since 2009 by Y"), is that noun phrase's reduced relative (`acl`); the phrase goes back to the
 * noun the participle hung on, as its appositive.
 */
function repairReducedRelativeAsClause(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    // (or read as a past tense with no object: "the movement led since 2009 by Y", also as a relative clause)
    const past = v.pos === 'VBD' && !kids(g, v.i, 'obj', 'ccomp', 'xcomp').length;
    if ((v.pos !== 'VBN' && !past) || !['dep', 'parataxis', 'appos', ...(past ? ['acl:relcl'] : [])].includes(v.rel)) continue;
    if (kids(g, v.i, 'aux', 'aux:pass').length) continue;
    const host = tok(g, v.head);
    // (the noun phrase right before the participle: "the Front faction led by", "the local wing of the Front commanded by")
    const subject = kids(g, v.i, 'nsubj', 'nsubj:pass').find((s) => subtreeSpan(g, s.i)[1] === v.i - 1 && s.pos.startsWith('NN'));
    if (!host?.pos.startsWith('NN') || !subject || host.i > subject.i) continue;
    if (!kids(g, v.i, 'obl').some((o) => caseOf(g, o.i) === 'by')) continue;
    attach(subject, host.i, 'appos');
    attach(v, subject.i, 'acl');
    v.pos = 'VBN';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a set-off past participle read as the main verb. "The Front, led since June
 * by X, rejected the offer": the parser makes the participle the root with the noun before it as
 * its subject and the finite verb after the closing comma as a loose dependent. A past participle
 * at the root with no auxiliary and a by-phrase, set off by a comma right after its subject, with
 * a subjectless finite verb after a later comma, is a reduced relative on that subject; the finite
 * verb heads the sentence with that subject.
 */
function repairSetOffParticipleAsRoot(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  // (the tagger may call it a past tense: "The Front, led since 2019 by X, …")
  if (!root || !/^VB[ND]$/.test(root.pos) || kids(g, root.i, 'aux', 'aux:pass').length || !hasByPhrase(g, root)) return false;
  const subject = kids(g, root.i, 'nsubj', 'nsubj:pass').find((s) => s.i < root.i);
  if (!subject || tok(g, root.i - 1)?.word !== ',' || subtreeSpan(g, subject.i)[1] !== root.i - 2) return false;
  const main = kids(g, root.i, 'dep', 'parataxis', 'conj', 'ccomp').find(
    (c) => FINITE.test(c.pos) && c.i > root.i && tok(g, c.i - 1)?.word === ',' && !kids(g, c.i, 'nsubj', 'nsubj:pass').length,
  );
  if (!main) return false;
  attach(main, 0, 'root');
  attach(subject, main.i, 'nsubj');
  attach(root, subject.i, 'acl');
  root.pos = 'VBN';
  dropEnhanced(g, root.i, 'nsubj');
  return true;
}

/**
 * Construction class: a reduced relative tagged as a past tense. "The Front, led since June by X,
 * …": a verb modifying a noun (`acl`) with a by-phrase and no subject or auxiliary of its own is a
 * past participle, whatever the tagger said (VBD), so that it reads as a passive.
 */
function repairRelativeParticipleTaggedPast(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.pos !== 'VBD' || v.rel !== 'acl' || !hasByPhrase(g, v)) continue;
    if (kids(g, v.i, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) continue;
    v.pos = 'VBN';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a finite clause read as a clausal subject. "The army said it had asked X to
 * seal the border so that militants fleeing the offensive could not slip across": the parser
 * makes "asked" the clausal subject of "slip". A clausal subject with a subject and an auxiliary
 * of its own is a clause in its own right: it takes the place its governor had (the governor's
 * relation to the verb above), and the governor becomes its adverbial clause.
 */
function repairFiniteClauseAsSubject(g: DepGraph): boolean {
  for (const t of g.tokens) {
    if (t.rel !== 'csubj' || !t.pos.startsWith('VB') || !kids(g, t.i, 'nsubj').length || !kids(g, t.i, 'aux').length) continue;
    const governor = tok(g, t.head);
    if (!governor || governor.head === 0 || governor.i < t.i) continue;
    attach(t, governor.head, governor.rel);
    attach(governor, t.i, 'advcl');
    return true;
  }
  return false;
}

/**
 * Construction class: a target hung on the instrument. "opened fire with heavy weapons,
 * including mortars, on villagers and on Levy posts": the parser hangs the on-phrase on the
 * with-phrase's noun. An on-, at- or against-phrase of a noun that is a verb's with-phrase (its
 * instrument) belongs to the verb.
 */
function repairTargetOnInstrument(g: DepGraph): boolean {
  let changed = false;
  for (const inst of g.tokens) {
    const v = tok(g, inst.head);
    if (!v?.pos.startsWith('VB') || !inst.rel.startsWith('obl') || caseOf(g, inst.i) !== 'with') continue;
    for (const p of kids(g, inst.i, 'nmod').filter((c) => c.i > inst.i && ['on', 'at', 'against'].includes(caseOf(g, c.i)))) {
      attach(p, v.i, 'obl');
      changed = true;
    }
  }
  return changed;
}

/**
 * Construction class: an attribution's appositive read as the subject. "According to X, the
 * military's media wing, Y then opened fire …": the parser makes the appositive of the
 * according-to phrase the verb's subject and the real subject a second subject, or its conjunct
 * or appositive.
 * A subject right after an according-to phrase, followed after a comma (no conjunction) by another
 * subject, a conjunct or an appositive, is that phrase's appositive, and the other the subject.
 */
function repairAttributionAppositiveAsSubject(g: DepGraph): boolean {
  for (const v of g.tokens) {
    const source = kids(g, v.i, 'obl').find((o) => caseOf(g, o.i).startsWith('accord'));
    const subjects = kids(g, v.i, 'nsubj').filter((n) => source && n.i > source.i && n.i < v.i);
    const subject = subjects[0];
    // (the real subject as a second subject of the verb, or as the first one's conjunct)
    const between = (c: DepToken) => subject && c.i > subject.i && c.i < v.i && setOff(g, c.i);
    const real = subjects.slice(1).find(between) ?? (subject && kids(g, subject.i, 'conj', 'appos').find(between));
    if (!source || !subject || !real || kids(g, subject.i, 'cc').length) continue;
    attach(subject, source.i, 'appos');
    attach(real, v.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a relative clause hung on an alias. "X, also known as Y, who heads the
 * Front, …": the parser hangs the relative clause on the alias inside "known as". A relative
 * clause set off by a comma on the as-phrase of "(also) known as" belongs to the name the alias
 * phrase describes.
 */
export function repairRelativeOnAlias(g: DepGraph): boolean {
  let changed = false;
  for (const r of g.tokens) {
    const alias = tok(g, r.head);
    const known = alias && tok(g, alias.head);
    if (r.rel !== 'acl:relcl' || !alias || !known || known.lem !== 'know' || known.rel !== 'acl') continue;
    if (!alias.rel.startsWith('obl') || caseOf(g, alias.i) !== 'as' || !setOff(g, r.i)) continue;
    attach(r, known.head, 'acl:relcl');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a part's appositive read as a list member. "the X group, the Front's faction
 * in Tarn and the hills around it": the parser makes the appositive a conjunct of the name. A
 * conjunct set off by a comma with no conjunction before it, whose noun is a part of a body
 * (lexicon `partRoles`) with an owner, hung on a name, is the name's appositive.
 */
function repairPartAppositiveAsConjunct(g: DepGraph): boolean {
  let changed = false;
  for (const c of g.tokens) {
    const name = tok(g, c.head);
    if (c.rel !== 'conj' || !name?.pos.startsWith('NNP') || !lexicon().partRoles.has(c.lem.toLowerCase())) continue;
    if (!setOff(g, c.i) || kids(g, c.i, 'cc').some((k) => k.i < c.i)) continue;
    if (!kids(g, c.i, 'nmod:poss', 'compound').length && !kids(g, c.i, 'nmod').some((n) => caseOf(g, n.i) === 'of')) continue;
    attach(c, name.i, 'appos');
    changed = true;
  }
  return changed;
}

/** Participles that name whoever leads a body ("led by", "commanded by"). */
const LEADING = new Set(['lead', 'command', 'head', 'run']);

/**
 * Construction class: the leader of a part. "the local wing of the Front commanded by X", "a
 * faction of the League led by Y": the parser hangs the participle on the whole (the of-phrase's
 * noun), but the phrase is about the part. A leading participle with a by-phrase on the of-phrase
 * of a part noun (lexicon `partRoles`) belongs to the part.
 */
function repairLeaderOfPart(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const whole = tok(g, v.head);
    const part = whole && tok(g, whole.head);
    if (v.pos !== 'VBN' || v.rel !== 'acl' || !LEADING.has(v.lem) || !whole || !part) continue;
    if (!whole.rel.startsWith('nmod') || caseOf(g, whole.i) !== 'of' || !lexicon().partRoles.has(part.lem.toLowerCase())) continue;
    if (!kids(g, v.i, 'obl').some((o) => caseOf(g, o.i) === 'by')) continue;
    attach(v, part.i, 'acl');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a verb read as a noun after an appositive. "X, the most violent of the
 * factions, split from Y in 2014 (and has since acted alone)": with the name at the root and no
 * verb of its own, a common noun right after the comma that closes the name's appositive, whose
 * lemma is a verb of the lexicon (or of breaking away), is the sentence's verb (past tense), the
 * name its subject and a verb conjoined after it its conjunct.
 */
function repairVerbAfterAppositive(g: DepGraph): boolean {
  const L = lexicon();
  const verbLike = (t: DepToken) =>
    /^NNS?$/.test(t.pos) && tok(g, t.i - 1)?.word === ',' && (L.verbLemmas.has(t.lem) || L.sets.breakaway.has(t.lem));
  const root = g.tokens.find((t) => t.head === 0);
  // (or already the root, with the name as its subject: then only the tag is wrong)
  if (root && verbLike(root) && kids(g, root.i, 'nsubj').some((n) => n.pos.startsWith('NNP') && kids(g, n.i, 'appos').length)) {
    root.pos = 'VBD';
    for (const c of kids(g, root.i, 'nmod')) c.rel = 'obl';
    return true;
  }
  // (no verb of the root's own: verbs, if any, sit inside the appositive the parser extended)
  if (!root?.pos.startsWith('NNP') || !kids(g, root.i, 'appos').length) return false;
  if (g.tokens.some((t) => (t.pos.startsWith('VB') || t.pos === 'MD') && t.head === root.i)) return false;
  const verb = g.tokens.find((t) => t.i > root.i && verbLike(t) && ['appos', 'conj', 'dep'].includes(t.rel));
  if (!verb) return false;
  const before = verb.head;
  attach(verb, 0, 'root');
  verb.pos = 'VBD';
  attach(root, verb.i, 'nsubj');
  // ("split from Y in 2014 and has since acted alone": a verb conjoined after it is its conjunct)
  for (const t of g.tokens.filter((x) => x.i > verb.i && x.pos.startsWith('VB') && x.rel === 'conj' && x.head < verb.i && x.head >= before))
    attach(t, verb.i, 'conj');
  for (const c of kids(g, verb.i, 'nmod')) c.rel = 'obl';
  for (const t of g.tokens) if (t.rel === 'punct' && t.head === root.i && t.i > verb.i) t.head = verb.i;
  return true;
}

/**
 * Construction class: a perfect interrupted by an adverbial. "Valdoria has for months accused
 * Ostmark of …", "X had, for years, sheltered Y", "has since 2019 demanded …", "had on 24 July
 * urged …": with a phrase
 * between "have" and the participle the parser misses the perfect, making "have" a main verb (or
 * a loose dependent of the subject) and the participle a clause of its own or a modifier of the
 * phrase's noun. A form of "have" without an object, followed within a few words by a past
 * participle, with only an adverbial between them (prepositions, their nouns or numbers, adverbs,
 * commas), is that participle's auxiliary: the participle takes over the clause, its subject and
 * the adverbial.
 */
function repairInterruptedPerfect(g: DepGraph): boolean {
  for (const h of g.tokens) {
    if (h.lem !== 'have' || !FINITE.test(h.pos) || h.rel === 'aux' || kids(g, h.i, 'obj').length) continue;
    const p = g.tokens.find((t) => t.i > h.i + 1 && t.i <= h.i + 7 && /^VB[ND]$/.test(t.pos));
    if (!p) continue;
    const between = g.tokens.filter((t) => t.i > h.i && t.i < p.i);
    // (a date is an adverbial too: "had on 24 July urged", "has since March demanded")
    for (const t of between) if (t.pos === 'NNP' && CALENDAR.test(t.word)) t.pos = 'NN';
    if (!between.every((t) => /^(IN|CD|RB|DT|JJ|NNS?|,)$/.test(t.pos)) || !between.some((t) => t.pos === 'IN' || t.pos === 'RB')) continue;
    // the subject: a noun the parser made the head of "have", or "have"'s own subject before it
    const headNoun = tok(g, h.head);
    const subject =
      headNoun && headNoun.i < h.i && headNoun.pos.startsWith('NN') && /^(dep|acl)$/.test(h.rel)
        ? headNoun
        : kids(g, h.i, 'nsubj').find((n) => n.i < h.i);
    if (!subject || kids(g, p.i, 'nsubj').some((n) => n.i < h.i)) continue;
    const top = subject === headNoun ? { head: subject.head, rel: subject.rel } : { head: h.head, rel: h.rel };
    if (top.head !== 0 && subject === headNoun) continue; // only a loose subject at the root
    const moved = [...kids(g, h.i), ...kids(g, subject === headNoun ? subject.i : h.i).filter((c) => c.i > p.i)];
    attach(p, top.head, top.head === 0 ? 'root' : top.rel);
    p.pos = 'VBN';
    attach(subject, p.i, 'nsubj');
    attach(h, p.i, 'aux');
    for (const c of moved) if (c.i !== p.i && c.i !== subject.i && !between.includes(c)) c.head = p.i;
    // the adverbial: prepositions mark the next noun or number, which hangs on the participle
    const nominal = (t: DepToken | undefined) => Boolean(t && between.includes(t) && /^(CD|NNS?)$/.test(t.pos));
    for (const t of between) {
      const noun = between.find((n) => n.i > t.i && nominal(n));
      if (t.pos === ',') attach(t, p.i, 'punct');
      else if (t.pos === 'RB') attach(t, p.i, 'advmod');
      else if (t.pos === 'IN') {
        if (noun) attach(t, noun.i, 'case');
      } else if (nominal(t) && !nominal(tok(g, t.i + 1))) attach(t, p.i, 'obl');
      else if (/^(DT|JJ)$/.test(t.pos) && noun) attach(t, noun.i, t.pos === 'DT' ? 'det' : 'amod');
    }
    for (const r of ['nsubj', 'obj', 'obl', 'aux']) dropEnhanced(g, p.i, r);
    return true;
  }
  return false;
}

/**
 * Construction class: a subject relative pronoun read as the object. "X, who had long served as
 * Y's deputy, …": with an adverb between the auxiliary and the verb the parser makes "who" the
 * object of a relative clause that then has no subject. "who" (never "whom") as the only
 * core argument of a finite relative clause with no subject is its subject; so is "who", "which"
 * or "that" before the verb when the clause has an object after it ("X, which has also waged a
 * campaign of bombings against Y").
 */
function repairSubjectPronounAsObject(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.rel !== 'acl:relcl' || kids(g, v.i, 'nsubj', 'nsubj:pass', 'csubj').length) continue;
    const objects = kids(g, v.i, 'obj');
    // ("X, which has also waged a campaign of …": a pronoun before the verb beside an object after it)
    const pronoun = objects.find((o) => o.i < v.i && /^(who|which|that)$/i.test(o.word));
    const who =
      (objects.length === 1 && objects[0]!.word.toLowerCase() === 'who' && objects[0]!.i < v.i ? objects[0]! : undefined) ??
      (pronoun && objects.some((o) => o.i > v.i) ? pronoun : undefined);
    const finite = FINITE.test(v.pos) || kids(g, v.i, 'aux').some((a) => FINITE.test(a.pos) || a.pos === 'MD');
    if (!who || !finite) continue;
    who.rel = 'nsubj';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a relative clause hung on a distant noun. "… from the hills of Ostmark,
 * beyond the reach of the Valdorian army that had driven him out": the parser attaches the
 * clause to "hills" and makes the phrase before its relative pronoun ("beyond the reach of the
 * army") a dependent of the relative verb. A relative clause has no dependents before its
 * relative pronoun (pied-piping aside, where the pronoun sits inside that phrase); when one
 * does, the clause belongs to the noun right before the pronoun, and the phrase goes back to
 * the clause's old head.
 */
function repairRelativeOverreach(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    if (v.rel !== 'acl:relcl') continue;
    const pronoun = (g.children.get(v.i) ?? []).find((c) => isRelativePronoun(c) && c.i < v.i);
    const noun = pronoun && tok(g, pronoun.i - 1);
    if (!pronoun || !noun?.pos.startsWith('NN') || noun.i === v.head) continue;
    const stray = (g.children.get(v.i) ?? []).find(
      (c) => c.i < pronoun.i && c.rel === 'obl' && (c.i === noun.i || withinSubtree(g, noun, c.i)),
    );
    if (!stray) continue;
    attach(stray, v.head, tok(g, v.head)?.pos.startsWith('NN') ? 'nmod' : 'obl');
    attach(v, noun.i, 'acl:relcl');
    changed = true;
  }
  return changed;
}

/** Dependents that show a word heads a clause of its own (its objects, phrases, clauses). */
const CLAUSE_DEPENDENTS = new Set(['obj', 'obl', 'advcl', 'xcomp', 'ccomp', 'iobj']);

/**
 * Construction class: a verb phrase conjoined to a noun. "Reyk spoke of the concerns and called
 * on Ostmark to act": the parser reads "called" as a participle conjoined to "concerns", the
 * object or phrase of the verb before it. A past verb with its own objects or phrases but no
 * subject, joined by "and" to such a noun, is the second verb of the clause: it conjoins the
 * verb that governs the noun and shares its subject.
 */
function repairVerbConjoinedToNoun(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const noun = tok(g, v.head);
    const verb = noun && tok(g, noun.head);
    if (v.rel !== 'conj' || !/^VB[ND]$/.test(v.pos) || !noun?.pos.startsWith('NN') || !['obj', 'obl'].includes(noun.rel)) continue;
    if (!verb || !FINITE.test(verb.pos) || !kids(g, v.i, 'cc').some((c) => c.lem === 'and')) continue;
    const own = g.children.get(v.i) ?? [];
    if (own.some((c) => c.rel.startsWith('nsubj') || c.rel.startsWith('aux')) || !own.some((c) => CLAUSE_DEPENDENTS.has(c.rel))) continue;
    attach(v, verb.i, 'conj');
    v.pos = verb.pos === 'VBD' ? 'VBD' : v.pos;
    changed = true;
  }
  return changed;
}

/** Tags of the words of a plain noun phrase (a mandative clause's subject). */
const NOUN_PHRASE_TAGS = /^(DT|NNP?S?|JJ|CC|POS|PRP\$?)$/;

/**
 * Construction class: a mandative subjunctive tagged as an adjective. "demanded that Ostmark
 * free the hostages", "urged that the army and the police clear the hills": the bare verb is
 * also an adjective, and the parser makes it one of the noun after it. An adjective cannot come
 * before its noun's determiner, so a word tagged as an adjective right before "the", "its" …,
 * after "that" and a plain noun phrase under a verb of demanding, is the clause's verb: the noun
 * phrase is its subject, the phrase after it its object, and the clause the demand's complement.
 */
function repairSubjunctiveAsAdjective(g: DepGraph): boolean {
  const demands = verbLemmasOf('DEMANDS');
  let changed = false;
  for (const w of g.tokens) {
    if (w.pos !== 'JJ' || !/^(DT|PRP\$)$/.test(tok(g, w.i + 1)?.pos ?? '')) continue;
    let that = w.i - 1;
    while (that > 0 && tok(g, that)!.lem !== 'that' && NOUN_PHRASE_TAGS.test(tok(g, that)!.pos)) that--;
    const mark = tok(g, that);
    const v = tok(g, that - 1);
    if (mark?.lem !== 'that' || !v?.pos.startsWith('VB') || !demands.has(v.lem) || that === w.i - 1) continue;
    const inSpan = (i: number, from: number, to: number) => i > from && i < to;
    const subject = g.tokens.filter((t) => inSpan(t.i, that, w.i) && !inSpan(t.head, that, w.i) && t.pos.startsWith('NN'));
    const det = tok(g, w.i + 1)!;
    const object = tok(g, det.head);
    if (!subject.length || !object?.pos.startsWith('NN') || object.i <= det.i) continue;
    w.pos = 'VB';
    attach(w, v.i, 'ccomp');
    attach(mark, w.i, 'mark');
    attach(subject[0]!, w.i, 'nsubj');
    for (const other of subject.slice(1)) attach(other, subject[0]!.i, 'conj');
    attach(object, w.i, 'obj');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: an object-control infinitive hung on a fronted phrase. "Valdoria has for
 * years pressed Ostmark to act": the parser hangs "to act" on "years", the phrase before the
 * verb, with "Ostmark" as its subject. An infinitive modifying a noun that is an oblique phrase
 * before its verb, while the infinitive itself comes after that verb, is the verb's complement:
 * its subject after the verb is the verb's object.
 */
function repairInfinitiveOnFrontedPhrase(g: DepGraph): boolean {
  let changed = false;
  for (const d of g.tokens) {
    const noun = tok(g, d.head);
    const verb = noun && tok(g, noun.head);
    if (d.rel !== 'acl' || d.pos !== 'VB' || !kids(g, d.i, 'mark').some((m) => m.lem === 'to')) continue;
    if (noun?.rel !== 'obl' || !verb?.pos.startsWith('VB') || !(noun.i < verb.i && verb.i < d.i)) continue;
    for (const s of kids(g, d.i, 'nsubj').filter((s) => s.i > verb.i)) attach(s, verb.i, 'obj');
    attach(d, verb.i, 'xcomp');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a reduced relative read as a complement clause. "The Front executed 23
 * soldiers held captive since 2010": the parser makes "held" a clause (ccomp) of "executed" with
 * "soldiers" its subject. A verb of the relation lexicon that is no verb of saying takes no such
 * clause: with no object of its own, the common noun right before an unmarked past form with no
 * auxiliary is its object, and the past form is that noun's reduced relative (a name there is a
 * subject: "shelled what Ostmark called camps").
 */
function repairReducedRelativeAsComplement(g: DepGraph): boolean {
  const { verbLemmas, sets } = lexicon();
  let changed = false;
  for (const c of g.tokens) {
    const verb = tok(g, c.head);
    if (c.rel !== 'ccomp' || !/^VB[DN]$/.test(c.pos) || !verb || !verbLemmas.has(verb.lem) || sets.speech.has(verb.lem)) continue;
    const subject = kids(g, c.i, 'nsubj').find((s) => s.i === c.i - 1 && /^NNS?$/.test(s.pos));
    if (!subject || kids(g, c.i, 'mark', 'aux', 'aux:pass').length || kids(g, verb.i, 'obj').length) continue;
    attach(subject, verb.i, 'obj');
    attach(c, subject.i, 'acl');
    c.pos = 'VBN';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a main verb swallowed by a relative clause. "The team, which included A, B
 * and C, held talks with X", "Responsibility for the attack, which killed A and a lawyer who …,
 * was claimed by X": after a long relative clause the parser takes the main verb for part of it
 * (a complement of "included" with A as its subject, "held" as an adjective of "talks", "claimed"
 * as a loose dependent of the inner verb), and the sentence is left with a noun as its root. A
 * root noun with a relative clause (on it or on a noun of its phrase) opened after a comma, and
 * a later verb that starts right after a comma inside that clause's subtree, with no subject of
 * its own outside the clause, is the sentence's verb with the root noun as its subject. So is a
 * bare past participle hung there as a loose dependent ("X, who heads the panel named by Y, called
 * on Z to act"), read as the past tense it is.
 */
function repairMainVerbInRelative(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (!root?.pos.startsWith('NN')) return false;
  // (the clause may still hang loose: a dependent verb whose subject is a relative pronoun)
  const relative = g.tokens.find(
    (r) =>
      (r.rel === 'acl:relcl' || r.rel === 'dep') &&
      r.i > root.i &&
      (r.head === root.i || withinSubtree(g, tok(g, r.head)!, root.i)) &&
      kids(g, r.i, 'nsubj').some((p) => isRelativePronoun(p) && tok(g, p.i - 1)?.word === ','),
  );
  if (!relative) return false;
  // the verb's first word (an auxiliary, or the verb) right after a comma
  const startsAfterComma = (v: DepToken) => {
    const first = Math.min(v.i, ...kids(g, v.i, 'aux', 'aux:pass').map((a) => a.i));
    return tok(g, first - 1)?.word === ',';
  };
  const bareParticiple = (t: DepToken) =>
    t.pos === 'VBN' && t.rel === 'dep' && !kids(g, t.i, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass').length;
  const main = g.tokens.find(
    (t) =>
      t.i > relative.i &&
      ['dep', 'ccomp', 'conj', 'parataxis', 'amod'].includes(t.rel) &&
      (FINITE.test(t.pos) || (t.pos.startsWith('VB') && kids(g, t.i, 'aux', 'aux:pass').length > 0) || bareParticiple(t)) &&
      startsAfterComma(t) &&
      withinSubtree(g, t, relative.i),
  );
  if (!main) return false;
  // ("X, who heads the panel named by Y, called on Z to act": a bare participle right after the
  // clause's comma, with no subject, is the past tense the tagger missed)
  if (bareParticiple(main)) main.pos = 'VBD';
  const subjects = kids(g, main.i, 'nsubj', 'nsubj:pass');
  if (subjects.some((x) => x.i < relative.i || x.i > main.i)) return false;
  // the wrong subject is the relative clause's object; "held" as an adjective leaves its noun as object
  for (const x of subjects) attach(x, relative.i, kids(g, relative.i, 'obj').length ? 'dep' : 'obj');
  const noun = main.rel === 'amod' ? tok(g, main.head) : undefined;
  if (noun && noun.i > main.i) attach(noun, main.i, 'obj');
  attach(main, 0, 'root');
  attach(root, main.i, kids(g, main.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
  for (const p of g.tokens.filter((t) => t.rel === 'punct' && t.i === g.tokens.length)) p.head = main.i;
  return true;
}

/** Verbs whose object is followed by a bare infinitive ("let X go", "made X pay"). */
const BARE_INFINITIVE_GOVERNORS = new Set(['let', 'make', 'help', 'have']);

/**
 * Construction class: a bare infinitive read as a noun. "accused Ostmark of letting the Front
 * shelter in its hills": after "let" the parser reads "the Front shelter" as one noun phrase (a
 * name as compound of a noun that is also a verb). The object of "let" (or "make", "help") that is
 * a relation verb of the lexicon with a name as its compound is that verb, an infinitive whose
 * subject is the name: the name becomes the object of "let", the verb its complement.
 */
function repairBareInfinitiveAsNoun(g: DepGraph): boolean {
  const { verbLemmas } = lexicon();
  let changed = false;
  for (const n of g.tokens) {
    const governor = tok(g, n.head);
    if (n.rel !== 'obj' || !/^NN$/.test(n.pos) || !governor || !BARE_INFINITIVE_GOVERNORS.has(governor.lem) || !verbLemmas.has(n.lem))
      continue;
    const name = kids(g, n.i, 'compound').find((c) => c.i === n.i - 1 && c.pos.startsWith('NNP'));
    if (!name) continue;
    for (const d of kids(g, n.i, 'det').filter((d) => d.i < name.i)) attach(d, name.i, 'det');
    attach(name, governor.i, 'obj');
    makeComplement(g, n, governor);
    changed = true;
  }
  return changed;
}

/** Makes noun `n` the infinitive complement of `governor`: a verb, its nominal modifiers its obliques. */
function makeComplement(g: DepGraph, n: DepToken, governor: DepToken): void {
  attach(n, governor.i, 'xcomp');
  n.pos = 'VB';
  for (const c of kids(g, n.i, 'nmod')) c.rel = 'obl';
}

/**
 * Construction class: a to-infinitive read as a to-phrase. "accused Ostmark of allowing the Front
 * leadership to shelter in its hills", "urged the League to shelter them": after an object the
 * parser reads "to" + a verb that is also a noun ("shelter", "base") as a prepositional phrase of
 * the object. After a verb that takes an object and an infinitive (a verb of permitting, a
 * directive, a verb of demanding), a to-phrase on its object whose noun is a relation verb of the
 * lexicon, with nothing between "to" and it, is that infinitive: the verb's complement.
 */
function repairInfinitiveAsToPhrase(g: DepGraph): boolean {
  const L = lexicon();
  const governors = new Set([...L.sets.directives, ...L.predicates.flatMap((p) => p.lightGovernors), ...verbLemmasOf('DEMANDS')]);
  let changed = false;
  for (const n of g.tokens) {
    // (hung on the object, or on the verb itself after its object)
    const head = tok(g, n.head);
    const onObject = n.rel.startsWith('nmod') && head?.rel === 'obj';
    const governor = onObject ? tok(g, head.head) : n.rel === 'obl' && kids(g, n.head, 'obj').some((o) => o.i < n.i) ? head : undefined;
    const to = kids(g, n.i, 'case').find((c) => c.i === n.i - 1 && c.lem === 'to');
    if (!to || !/^NN$/.test(n.pos) || !governor || !L.verbLemmas.has(n.lem)) continue;
    if (!governors.has(governor.lem) || kids(g, n.i, 'det', 'nmod:poss', 'amod').length) continue;
    makeComplement(g, n, governor);
    attach(to, n.i, 'mark');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a relative clause of saying read as a modifier. "the Levy, which said troops
 * had killed ten fighters": the parser makes "which" the object of the reported verb and "said" an
 * adjective of the reported subject. A verb of saying right after a relative pronoun that the
 * parser made an object of a relative clause is that relative clause: the pronoun its subject,
 * the reported verb its complement.
 */
function repairRelativeSpeechAsModifier(g: DepGraph): boolean {
  const speech = lexicon().sets.speech;
  for (const w of g.tokens) {
    const reported = tok(g, w.head);
    const say = tok(g, w.i + 1);
    if (!isRelativePronoun(w) || w.rel !== 'obj' || reported?.rel !== 'acl:relcl' || !say || !speech.has(say.lem)) continue;
    if (!/^VB[DZP]$/.test(say.pos) || say.head === reported.head || say.i > reported.i) continue;
    attach(say, reported.head, 'acl:relcl');
    attach(w, say.i, 'nsubj');
    attach(reported, say.i, 'ccomp');
    dropEnhanced(g, reported.i, 'obj');
    return true;
  }
  return false;
}

/**
 * Construction class: the subject read into a fronted phrase. "After the raid on the camp, X, the
 * Front's spokesman, said …", "In a video released on Monday, X, flanked by gunmen, said …": with a
 * long opening phrase the parser conjoins the name to the phrase's last noun (no "and" between
 * them), or makes it that noun's appositive, and leaves the verb without a subject. A verb with no
 * subject, after a comma, whose opening phrase ends in a name so attached after a comma, has that
 * name as its subject (with the appositive or participle after it).
 */
function repairSubjectInFrontedPhrase(g: DepGraph): boolean {
  for (const v of g.tokens) {
    if (!FINITE.test(v.pos) || !['root', 'conj', 'ccomp'].includes(v.rel) || kids(g, v.i, 'nsubj', 'nsubj:pass', 'expl').length) continue;
    if (tok(g, v.i - 1)?.word !== ',') continue;
    const fronted = kids(g, v.i, 'obl', 'advcl', 'nmod').find((o) => o.i < v.i);
    if (!fronted) continue;
    const span = subtreeSpan(g, fronted.i);
    const name = g.tokens.find(
      (t) =>
        (t.rel === 'conj' || t.rel === 'appos') &&
        t.pos === 'NNP' &&
        t.i > span[0] &&
        t.i < v.i &&
        tok(g, t.i - 1)?.word === ',' &&
        !kids(g, t.i, 'cc').length &&
        !g.tokens.some((c) => c.rel === 'cc' && c.i > span[0] && c.i < t.i) &&
        withinSubtree(g, t, fronted.i),
    );
    if (!name) continue;
    const conjunctOf = name.head;
    attach(name, v.i, 'nsubj');
    for (const a of kids(g, conjunctOf, 'appos', 'acl', 'punct').filter((a) => a.i > name.i && a.i < v.i)) attach(a, name.i, a.rel);
    return true;
  }
  return false;
}

/**
 * Construction class: a duration read as a for-to clause's subject. "X has urged Y for months to
 * act against Z": the parser reads "for months to act" as "for [months] to act" (as in "for them to
 * act"), so the infinitive loses its controller. A for-to infinitive whose subject is a duration
 * noun (lexicon `durationNouns`) is the verb's complement; the duration is the verb's for-phrase.
 */
function repairDurationAsInfinitiveSubject(g: DepGraph): boolean {
  const durations = lexicon().sets.durationNouns;
  for (const inf of g.tokens) {
    const verb = tok(g, inf.head);
    const subject = kids(g, inf.i, 'nsubj').find((n) => durations.has(n.lem));
    const forMark = kids(g, inf.i, 'mark').find((m) => m.lem === 'for' && subject && m.i < subject.i);
    if (inf.pos !== 'VB' || !verb?.pos.startsWith('VB') || !subject || !forMark) continue;
    attach(forMark, subject.i, 'case');
    attach(subject, verb.i, 'obl');
    attach(inf, verb.i, 'xcomp');
    dropEnhanced(g, inf.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a finite conjunct hung on an infinitive. "X has urged Y to act and accuses
 * Z of …": the parser coordinates the finite verb with the infinitive inside the first verb's
 * complement, so it gets the infinitive's controller (Y) as subject. A finite verb in the third
 * person or past (no subject, no auxiliary of its own) conjoined to a to-infinitive is a conjunct
 * of the finite verb that governs the infinitive.
 */
function repairFiniteConjunctOnInfinitive(g: DepGraph): boolean {
  for (const c of g.tokens) {
    const inf = tok(g, c.head);
    if (c.rel !== 'conj' || !/^VB[DZ]$/.test(c.pos) || inf?.pos !== 'VB' || !kids(g, inf.i, 'mark').some((m) => m.lem === 'to')) continue;
    if (kids(g, c.i, 'nsubj', 'nsubj:pass', 'aux').length) continue;
    const governor = tok(g, inf.head);
    if (!governor?.pos.startsWith('VB') || !/^(xcomp|advcl|ccomp)$/.test(inf.rel)) continue;
    attach(c, governor.i, 'conj');
    dropEnhanced(g, c.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a clause with its own subject conjoined to a non-finite verb. "X accused Y
 * of sabotaging the talks, and Z rejected any dialogue", "X urged Y to act, but Z refused": the
 * parser coordinates the second clause with the gerund or infinitive inside the first verb's
 * complement, so it reads as part of what X accused Y of. A finite verb with a subject of its own,
 * opened by a coordinator, conjoined to a gerund or to-infinitive that has no auxiliary, is a
 * conjunct of the nearest finite verb above that non-finite verb.
 */
function repairSubjectfulConjunctOnNonFinite(g: DepGraph): boolean {
  for (const c of g.tokens) {
    const nonFinite = tok(g, c.head);
    if (c.rel !== 'conj' || !FINITE.test(c.pos) || !nonFinite || kids(g, nonFinite.i, 'aux', 'aux:pass').length) continue;
    const gerund = nonFinite.pos === 'VBG';
    const infinitive = nonFinite.pos === 'VB' && kids(g, nonFinite.i, 'mark').some((m) => m.lem === 'to');
    if (!(gerund || infinitive) || !kids(g, c.i, 'nsubj', 'nsubj:pass').length || !kids(g, c.i, 'cc').length) continue;
    let governor = tok(g, nonFinite.head);
    for (let hops = 0; governor && governor.head !== 0 && !FINITE.test(governor.pos) && hops < 4; hops++) governor = tok(g, governor.head);
    if (!governor || !FINITE.test(governor.pos) || governor.i > nonFinite.i) continue;
    attach(c, governor.i, 'conj');
    return true;
  }
  return false;
}

/**
 * Construction class: an adverbial clause read as a noun's modifier. "It was the first attack since
 * the Front named X its chief", "the strike came a day after Y accused Z": the parser hangs the
 * clause on the noun before it (`acl`), so its verb reads as a reduced relative on that noun. A
 * finite clause with a subject of its own, marked by a subordinator of time or cause (lexicon
 * `adverbialMarks`), is an adverbial clause of the predicate the noun belongs to.
 */
function repairAdverbialClauseOnNoun(g: DepGraph): boolean {
  const marks = lexicon().sets.adverbialMarks;
  for (const v of g.tokens) {
    if (v.rel !== 'acl' || (!FINITE.test(v.pos) && v.pos !== 'VBN')) continue;
    const mark = kids(g, v.i, 'mark').find((m) => marks.has(m.lem) && m.i < v.i);
    if (!mark || !kids(g, v.i, 'nsubj', 'nsubj:pass').some((s) => s.i > mark.i && s.i < v.i)) continue;
    let host = tok(g, v.head);
    while (host && host.head !== 0 && !host.pos.startsWith('VB') && !kids(g, host.i, 'cop').length) host = tok(g, host.head);
    if (!host) continue;
    attach(v, host.i, 'advcl');
    return true;
  }
  return false;
}

/**
 * Construction class: a subordinate clause read as a prepositional phrase. "would go on until the
 * Front and the League had been wiped out", "before the Front could be disarmed": the parser
 * takes the subordinator (lexicon `adverbialMarks`) as the case of the noun after it and hangs the
 * clause's verb loose (`dep`, or the root with the main clause as its clausal subject) with no
 * subject. A verb so hung, with an auxiliary and no subject,
 * right after such a phrase (its conjuncts included) is an adverbial clause of the phrase's
 * governor; the noun is its subject and the subordinator its marker.
 */
function repairSubordinateClauseAsPhrase(g: DepGraph): boolean {
  const marks = lexicon().sets.adverbialMarks;
  for (const v of g.tokens) {
    // (or made the root, with the main clause before it as its clausal subject)
    const main = v.rel === 'root' ? kids(g, v.i, 'csubj', 'csubj:pass').find((c) => c.i < v.i) : undefined;
    if ((v.rel !== 'dep' && !main) || !v.pos.startsWith('VB') || kids(g, v.i, 'nsubj', 'nsubj:pass').length) continue;
    const auxes = kids(g, v.i, 'aux', 'aux:pass').filter((a) => a.i < v.i);
    if (!auxes.length) continue;
    const first = Math.min(...auxes.map((a) => a.i));
    const noun = g.tokens.find(
      (n) =>
        (n.rel === 'obl' || n.rel === 'nmod') &&
        n.i < first &&
        kids(g, n.i, 'case').some((c) => marks.has(c.lem) && c.i < n.i) &&
        // nothing but the phrase (its conjuncts and their words) between it and the auxiliary
        Math.max(n.i, ...kids(g, n.i, 'conj').map((c) => c.i)) === first - 1,
    );
    const governor = noun ? tok(g, noun.head) : undefined;
    if (!noun || !governor?.pos.startsWith('VB')) continue;
    const mark = kids(g, noun.i, 'case').find((c) => marks.has(c.lem))!;
    if (main) {
      attach(main, 0, 'root');
      moveFinalPunct(g, v.i, main.i);
    }
    attach(v, governor.i, 'advcl');
    attach(noun, v.i, kids(g, v.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
    attach(mark, v.i, 'mark');
    return true;
  }
  return false;
}

/**
 * Construction class: an infinitive complement read as a purpose clause. "The Front pledged to
 * avenge its commander by striking X": the parser tags "to" as a preposition and makes the
 * infinitive an adverbial clause (`advcl`) of the verb. A verb of vowing or promising (lexicon
 * `threatSpeech`, `pledgeVerbs`) takes its infinitive as a complement: one right after it, marked
 * by "to", with no object between, is its `xcomp`.
 */
function repairInfinitiveComplementAsPurpose(g: DepGraph): boolean {
  const L = lexicon().sets;
  for (const x of g.tokens) {
    const v = tok(g, x.head);
    if (x.rel !== 'advcl' || !x.pos.startsWith('VB') || !v || (!L.threatSpeech.has(v.lem) && !L.pledgeVerbs.has(v.lem))) continue;
    const to = kids(g, x.i, 'mark').find((m) => m.lem === 'to' && m.i === x.i - 1);
    if (!to || to.i !== v.i + 1) continue;
    attach(x, v.i, 'xcomp');
    return true;
  }
  return false;
}

/**
 * Construction class: a document's participle hung on the verb that issued it. "The Front released
 * a statement on Monday promising attacks on X", "issued a statement, accusing Y of …": the
 * parser hangs the participle on the verb as a loose dependent (`dep`). A present participle
 * so hung on a verb of issuing (lexicon `issuingVerbs`) whose object, before it, is a document noun
 * (lexicon `documentNouns`), with only time phrases and a comma between, modifies that document
 * (`acl`), as the parser reads it when nothing intervenes ("issued a statement vowing revenge").
 */
function repairDocumentParticipleOnVerb(g: DepGraph): boolean {
  const L = lexicon().sets;
  for (const x of g.tokens) {
    const v = tok(g, x.head);
    if (x.rel !== 'dep' || x.pos !== 'VBG' || !v?.pos.startsWith('VB') || !L.issuingVerbs.has(v.lem)) continue;
    const doc = kids(g, v.i, 'obj').find((o) => o.i < x.i && L.documentNouns.has(o.lem.toLowerCase()));
    if (!doc) continue;
    // (between the document's phrase and the participle: only time phrases of the verb and a comma)
    const between = kids(g, v.i).filter((c) => c.i > doc.i && c.i < x.i);
    const time = (c: DepToken) => c.rel.startsWith('obl') && (CALENDAR.test(c.word) || L.frontedTimeWords.has(c.word.toLowerCase()));
    if (!between.every((c) => time(c) || c.word === ',')) continue;
    attach(x, doc.i, 'acl');
    return true;
  }
  return false;
}

/**
 * Construction class: a repeated participle coordinated to the wrong verb. "…, accusing Valdoria
 * of failing to honour its pledges, and accusing the Levy of raids": the parser makes the second
 * "accusing" a conjunct of a verb inside the first one's phrase. A present participle conjoined
 * (with its own "and") to another verb, after an earlier participle of the same verb, is that
 * participle's conjunct (and shares its subject).
 */
function repairParallelParticipleInGerund(g: DepGraph): boolean {
  for (const t of g.tokens) {
    if (t.pos !== 'VBG' || t.rel !== 'conj' || !kids(g, t.i, 'cc').length) continue;
    const a = g.tokens.filter((x) => x.i < t.i && x.pos === 'VBG' && x.lem === t.lem && x.rel !== 'conj').at(-1);
    if (!a || a.i === t.head) continue;
    attach(t, a.i, 'conj');
    return true;
  }
  return false;
}

/**
 * Construction class: a verb of saying read as the subject of what it reports. "X said Y must
 * explain its conduct": the parser makes "said Y" a clausal subject (`csubj`, with Y its object)
 * of "explain", the root. A verb of saying as `csubj` of a verb with a modal or finite auxiliary
 * and no subject of its own, whose object ends right before that auxiliary, heads the sentence:
 * the reported verb becomes its complement, the object that verb's subject.
 */
function repairSpeechAsClausalSubject(g: DepGraph): boolean {
  for (const say of g.tokens) {
    if (say.rel !== 'csubj' || !say.pos.startsWith('VB') || !lexicon().sets.speech.has(say.lem)) continue;
    const clause = tok(g, say.head);
    if (!clause?.pos.startsWith('VB') || clause.i < say.i || kids(g, clause.i, 'nsubj', 'nsubj:pass').length) continue;
    const first = kids(g, clause.i, 'aux', 'aux:pass').filter((a) => a.i < clause.i)[0];
    if (!first || !(first.pos === 'MD' || FINITE.test(first.pos))) continue;
    const obj = kids(g, say.i, 'obj').find((o) => o.i > say.i && subtreeSpan(g, o.i)[1] === first.i - 1);
    if (!obj) continue;
    attach(say, clause.head, clause.head === 0 ? 'root' : clause.rel);
    attach(clause, say.i, 'ccomp');
    attach(obj, clause.i, kids(g, clause.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj');
    moveFinalPunct(g, clause.i, say.i);
    return true;
  }
  return false;
}

/**
 * Construction class: a whose-relative read as an appositive. "X, whose network fights Y in Z,
 * was not there": the parser makes "whose network" an appositive of X and "fights" a clause on the
 * noun (`acl`); after a role ("X, the commander whose network fights Y") it makes the noun a loose
 * `dep` of the role. A noun with a relative possessor ("whose"), in apposition or loose on a noun, with a finite verb as
 * its clause right after it, is that verb's subject, and the verb is a relative clause on the
 * appositive's head.
 */
function repairWhoseRelativeAsAppositive(g: DepGraph): boolean {
  for (const n of g.tokens) {
    if (!['appos', 'dep'].includes(n.rel) || !kids(g, n.i, 'nmod:poss').some((p) => p.pos === 'WP$' && p.i === n.i - 1)) continue;
    if (!tok(g, n.head)?.pos.startsWith('NN')) continue;
    const v = kids(g, n.i, 'acl').find((c) => c.i === n.i + 1 && FINITE.test(c.pos));
    if (!v) continue;
    attach(v, n.head, 'acl:relcl');
    attach(n, v.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a fronted span of time read as the subject. "Hours before the vote, Ostmark
 * jets struck Front hideouts", "Days later, the League said …": the parser makes the time noun
 * (a plural of lexicon `durationNouns`) the verb's subject and the real subject, after the comma, its
 * appositive. The appositive becomes the subject; the time phrase an oblique of the verb.
 */
function repairTimeSpanAsSubject(g: DepGraph): boolean {
  const spans = lexicon().sets.durationNouns;
  for (const t of g.tokens) {
    if (t.i !== 1 || t.rel !== 'nsubj' || t.pos !== 'NNS' || !spans.has(t.lem.toLowerCase())) continue;
    const subject = kids(g, t.i, 'appos').find((a) => tok(g, subtreeSpan(g, a.i)[0] - 1)?.word === ',');
    if (!subject) continue;
    attach(subject, t.head, 'nsubj');
    attach(t, t.head, 'obl');
    for (const p of kids(g, t.i, 'punct').filter((p) => p.i > t.i)) p.head = t.head;
    return true;
  }
  return false;
}

/**
 * Construction class: a participle read as the verb of a subordinate clause. "asked Y to seal the
 * border so that militants fleeing the operation cannot escape": the parser makes "fleeing" the
 * clause's verb (with "militants" its subject) and the modal verb after it a new root, with the
 * main clause as its clausal subject. A verb with a modal and no subject of its own, after a
 * subordinated -ing verb (a "so", "that", "because" or "if" marker) with a subject and an object,
 * is that clause's verb: it takes the marker and the subject, the participle becomes the
 * subject's reduced relative, and a clausal subject of the verb becomes the root again.
 */
function repairParticipleAsSubordinateVerb(g: DepGraph): boolean {
  const between = (a: number, b: number) => g.tokens.filter((k) => k.i > a && k.i < b);
  for (const w of g.tokens) {
    if (w.pos !== 'VB' || kids(g, w.i, 'nsubj', 'nsubj:pass').length || !kids(g, w.i, 'aux').some((a) => a.pos === 'MD')) continue;
    const v = g.tokens.find(
      (x) =>
        x.pos === 'VBG' &&
        x.i < w.i &&
        x.rel === 'advcl' &&
        kids(g, x.i, 'mark').length > 0 &&
        kids(g, x.i, 'nsubj').length === 1 &&
        kids(g, x.i, 'obj').length > 0 &&
        between(subtreeSpan(g, x.i)[1], w.i).every((k) => k.head === w.i && /^(aux|advmod)$/.test(k.rel)),
    );
    if (!v) continue;
    const main = w.rel === 'root' ? kids(g, w.i, 'csubj')[0] : undefined;
    if (w.rel === 'root' && !main) continue;
    const subject = kids(g, v.i, 'nsubj')[0]!;
    if (main) {
      attach(main, 0, 'root');
      moveFinalPunct(g, w.i, main.i);
    }
    attach(w, v.head, 'advcl');
    for (const m of kids(g, v.i, 'mark')) attach(m, w.i, 'mark');
    attach(subject, w.i, 'nsubj');
    attach(v, subject.i, 'acl');
    return true;
  }
  return false;
}

/**
 * Construction class: an object with a reduced relative read as a clause. "had carried out air
 * strikes aimed at X": the parser makes the object the subject of the participle and the
 * participle a loose dependent of the verb, which is left without its object. A past participle
 * (`dep` of a verb with no object, no auxiliary of its own) whose subject is the noun right before
 * it becomes that noun's reduced relative, and the noun the verb's object.
 */
function repairObjectAsParticipleSubject(g: DepGraph): boolean {
  for (const p of g.tokens) {
    if (p.pos !== 'VBN' || p.rel !== 'dep' || kids(g, p.i, 'aux', 'aux:pass').length) continue;
    const verb = tok(g, p.head);
    const noun = kids(g, p.i, 'nsubj').find((n) => subtreeSpan(g, n.i)[1] === p.i - 1 && n.pos.startsWith('NN'));
    if (!verb?.pos.startsWith('VB') || !noun || noun.i < verb.i || kids(g, verb.i, 'obj').length) continue;
    attach(noun, verb.i, 'obj');
    attach(p, noun.i, 'acl');
    return true;
  }
  return false;
}
