/**
 * Parse repairs at the level of the noun phrase: a second object set off by commas, a content
 * clause's verb read as a plural noun, a noun summing up the clause before it, a contact relative
 * clause hung on its noun. Applied right after clause-repairs.ts in repairs.ts's chain. Each
 * function names its construction class; each returns whether the tree changed (the caller
 * rebuilds the children index after each change).
 */
import {
  attach,
  DEMONSTRATIVES,
  type DepGraph,
  type DepToken,
  dropEnhanced,
  isRelativePronoun,
  kids,
  subtreeSpan,
  tok,
  isFiniteOrPerfect,
} from './dependency-graph.ts';
import { hasByPhrase } from './clause-repairs.ts';
import { answersOffer, lexicon, verbLemmasOf } from '../lexicon.ts';
import { isPersonPlaceholder, isPlacePlaceholder, isPlaceholder } from './mask-names.ts';

/** The repairs of this module, in the order repairs.ts applies them. */
export const PHRASE_REPAIRS: ReadonlyArray<(g: DepGraph) => boolean> = [
  repairTitleAsSecondSubject,
  repairGerundReadAsNoun,
  repairObjectConjunctOnVerb,
  repairContentVerbAsPlural,
  repairPluralNounAsVerb,
  // (a contact relative read as a content clause is made one first: the summary noun is found by it)
  repairContactRelativeAsClause,
  repairSummaryNounAsObject,
  repairAspectualOnGerund,
  repairDemonstrativeAsHead,
  repairNameOnRoleOfPhrase,
  repairSmallClauseInCoordination,
  repairResultativeSubject,
  repairParticipleAsLooseDependent,
  repairAbsoluteWithAsPhrase,
  repairRoleReadAsAdjective,
  repairMembersFromOnVerb,
  repairAppositiveOnFirstConjunct,
  repairNameAfterSetOffRole,
  repairReducedRelativesAsConjuncts,
  repairObjectAsParticipleSubject,
  repairAppositiveAsSecondSubject,
  repairActAfterTimeSpent,
  repairPhraseInsideCompound,
  repairSubjectAfterFrontedDate,
  repairAppointedRoleOnObject,
];

/**
 * Construction class: a second object set off by commas. "Valdoria asked Ostmark, and Lumen, to
 * act": the parser makes the second name a conjunct of the verb and hangs the infinitive on it.
 * A noun conjunct of a verb that comes right after the verb's object (only commas and the
 * conjunction between them) is the object's conjunct; a to-infinitive the parser hung on it is
 * the verb's complement.
 */
function repairObjectConjunctOnVerb(g: DepGraph): boolean {
  for (const v of g.tokens) {
    if (!v.pos.startsWith('VB')) continue;
    const obj = kids(g, v.i, 'obj')[0];
    if (!obj) continue;
    const objEnd = subtreeSpan(g, obj.i)[1];
    // the next word after the object's commas and conjunction, a noun the parser made a verb's conjunct
    let k = objEnd + 1;
    while (tok(g, k)?.word === ',') k++;
    const cc = tok(g, k);
    if (cc?.pos !== 'CC' || tok(g, objEnd + 1)?.word !== ',') continue;
    const c = tok(g, k + 1);
    if (!c || !/^NNP?S?$/.test(c.pos) || c.rel !== 'conj' || !tok(g, c.head)?.pos.startsWith('VB')) continue;
    attach(c, obj.i, 'conj');
    attach(cc, c.i, 'cc');
    for (let p = objEnd + 1; p < k; p++) attach(tok(g, p)!, c.i, 'punct');
    // "…, to act": the infinitive after the set-off name is the verb's complement
    let n = c.i + 1;
    if (tok(g, n)?.word === ',') attach(tok(g, n++)!, c.i, 'punct');
    const to = tok(g, n);
    const inf = to?.lem === 'to' ? tok(g, to.head) : undefined;
    if (inf?.pos === 'VB' && inf.head !== v.i) attach(inf, v.i, 'xcomp');
    return true;
  }
  return false;
}

/**
 * Construction class: a gerund read as a noun before a coordinated gerund. "accused Ostmark of
 * financing and arming the Front", "of funding and sheltering the Front": "financing" and
 * "funding" are nouns too, so the parser tags the first gerund as one, hangs the second on the
 * accusing verb or on that noun and the shared object anywhere. An -ing noun right after
 * of/for/by, whose verb is in the lexicon, followed by "and"/"or" and a gerund, is the gerund
 * clause: the second gerund is its conjunct and the noun phrase after both its object (shared,
 * as the parser gives it when it reads both as gerunds). So is a gerund tagged as one but read as
 * an oblique noun phrase ("a complaint accusing X of arming and training Y").
 */
function repairGerundReadAsNoun(g: DepGraph): boolean {
  for (const t of g.tokens) {
    if (!(t.pos === 'NN' || (t.pos === 'VBG' && t.rel === 'obl')) || !/ing$/i.test(t.word)) continue;
    const prep = kids(g, t.i, 'case').find((k) => k.i === t.i - 1 && GERUND_PREPS.has(k.lem));
    const cc = tok(g, t.i + 1);
    const second = tok(g, t.i + 2);
    const verb = gerundVerb(t.word);
    const head = tok(g, t.head);
    if (!prep || !head || !verb || !['and', 'or'].includes(cc?.lem ?? '') || second?.pos !== 'VBG' || second.rel !== 'conj') continue;
    const object = g.tokens.find(
      (o) =>
        o.i > second.i && [t.i, second.i, head.i].includes(o.head) && ['obj', 'dep', 'nmod'].includes(o.rel) && /^(NN|PRP)/.test(o.pos),
    );
    t.pos = 'VBG';
    t.lem = verb;
    t.rel = head.pos.startsWith('VB') ? 'advcl' : 'acl';
    prep.rel = 'mark';
    attach(second, t.i, 'conj');
    attach(cc!, second.i, 'cc');
    if (object) attach(object, t.i, 'obj');
    // (the subject enhanced++ gave the second gerund as the accusing verb's conjunct is stale)
    dropEnhanced(g, second.i, 'nsubj');
    return true;
  }
  return false;
}

const GERUND_PREPS = new Set(['of', 'for', 'by']);

/** The lexicon verb of an -ing form ("financing" → "finance", "funding" → "fund", "shipping" → "ship"). */
function gerundVerb(word: string): string | undefined {
  const stem = word.toLowerCase().replace(/ing$/, '');
  const undoubled = /(.)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].find((v) => lexicon().verbLemmas.has(v));
}

/**
 * Construction class: a content clause's verb read as a plural noun. "Valdoria's accusation that
 * the Ostmark government shelters the Front": after a subject noun phrase the parser tags
 * "shelters" as a plural noun and loses the clause. Right after a report noun (lexicon
 * `reportNouns`) and "that", a noun phrase (determiners, adjectives, names, nouns) followed by an
 * -s word whose lemma is a relation verb of the lexicon, and then a noun phrase, is the clause
 * "that SUBJECT VERBs OBJECT" on the report noun.
 */
function repairContentVerbAsPlural(g: DepGraph): boolean {
  const L = lexicon();
  const NP = /^(DT|JJ|NNPS?|NNS?|POS|PRP\$)$/;
  for (const that of g.tokens) {
    const report = tok(g, that.i - 1);
    if (that.lem !== 'that' || !report || !L.sets.reportNouns.has(report.lem)) continue;
    let v = that.i + 1;
    while (tok(g, v) && NP.test(tok(g, v)!.pos) && !(tok(g, v)!.pos === 'NNS' && L.verbs.has(tok(g, v)!.lem) && v > that.i + 1)) v++;
    const verb = tok(g, v);
    if (verb?.pos !== 'NNS' || !verb.word.endsWith('s') || !L.verbs.has(verb.lem)) continue;
    const subject = tok(g, v - 1);
    let end = v + 1;
    while (tok(g, end) && NP.test(tok(g, end)!.pos)) end++;
    const object = end > v + 1 ? tok(g, end - 1) : undefined;
    if (!subject || !/^NN/.test(subject.pos) || !object || !/^NN|^PRP/.test(object.pos)) continue;
    attach(verb, report.i, 'acl');
    verb.pos = 'VBZ';
    attach(that, verb.i, 'mark');
    attach(subject, verb.i, 'nsubj');
    attachPhrase(g, that.i + 1, v - 1, subject);
    attach(object, verb.i, 'obj');
    attachPhrase(g, v + 1, end - 1, object);
    for (const r of ['nsubj', 'obj']) dropEnhanced(g, verb.i, r);
    return true;
  }
  return false;
}

/**
 * Construction class: a plural predicate noun read as a present verb. "Kabul has faced a wave of
 * Taliban attacks this winter": the parser makes "attacks" a verb whose subject is "a wave of
 * Taliban" (a clause complement of "faced", which is left without its object). An -s word whose
 * singular is a predicate noun of the lexicon ("attack", "strike", "raid"), read as a present
 * verb with no object or clause of its own but a subject right before it, hung as a clause on a
 * verb that has no object, is that verb's object noun phrase: the subject's head becomes the
 * object, the -s word the noun of its of-phrase ("a wave of attacks") or the head itself, and
 * the verb's other words (a time phrase) go back to the governing verb.
 */
function repairPluralNounAsVerb(g: DepGraph): boolean {
  const L = lexicon();
  for (const v of g.tokens) {
    if (v.pos !== 'VBZ' || !/^(ccomp|dep)$/.test(v.rel) || !v.word.endsWith('s') || !L.nouns.has(v.lem)) continue;
    const governor = tok(g, v.head);
    if (!governor?.pos.startsWith('VB') || governor.i > v.i || kids(g, governor.i, 'obj', 'ccomp', 'xcomp').some((c) => c !== v)) continue;
    if (kids(g, v.i, 'obj', 'ccomp', 'xcomp', 'mark', 'aux').length) continue;
    const subject = kids(g, v.i, 'nsubj').find((s) => subtreeSpan(g, s.i)[1] === v.i - 1 && s.pos.startsWith('NN'));
    if (!subject) continue;
    const ofPhrase = kids(g, subject.i, 'nmod').find((c) => c.i < v.i && kids(g, c.i, 'case').some((k) => k.lem === 'of'));
    attach(subject, governor.i, 'obj');
    v.pos = 'NNS';
    for (const c of kids(g, v.i)) if (c !== subject) attach(c, governor.i, c.rel.startsWith('obl') ? c.rel : 'obl');
    if (ofPhrase) {
      // "a wave of Taliban attacks": the name before the noun is its compound, the of-phrase the noun
      attach(v, subject.i, 'nmod');
      for (const c of kids(g, ofPhrase.i)) attach(c, v.i, c.rel);
      attach(ofPhrase, v.i, ofPhrase.pos.startsWith('NNP') ? 'compound' : 'amod');
    } else attach(v, governor.i, 'obj');
    return true;
  }
  return false;
}

/** Hangs the words from `from` up to (not including) `to` on the phrase's `head` by their tags. */
function attachPhrase(g: DepGraph, from: number, to: number, head: DepToken): void {
  for (let k = from; k < to; k++) {
    const t = tok(g, k)!;
    attach(t, head.i, t.pos === 'DT' ? 'det' : t.pos === 'JJ' ? 'amod' : t.pos === 'POS' ? 'case' : 'compound');
  }
}

/**
 * Construction class: a noun summing up the clause before it, read as an object. "X demanded
 * that Y disarm, a demand Y turned down": the parser makes "a demand" the object of the last verb
 * before the comma, so its relative clause seems to be part of what was demanded. An indefinite
 * noun right after a comma, with a finite (or perfect) relative clause of its own, that the parser
 * made the object (or a conjunct) of a verb before the comma (which has an object or clause of its
 * own or is intransitive before the comma), or hung on the last noun before the comma, hangs on
 * the main verb as a loose clause.
 * The parser may also read the noun into its own relative clause: as the object or a second
 * subject of the relative verb ("…, an appeal the Front has brushed aside"), or with "that" as
 * the noun's content clause ("…, an offer that Y turned down"). With "that", only a verb left
 * without the object it needs (lexicon `transitiveOnly`, or the lexicon's `negated` acceptance
 * verbs and REJECTS verbs: `answersOffer`) is relative: "a demand that the group disarm" keeps its content clause.
 * A noun that cannot sum up a clause (`summingNoun`: "X, an outfit that Y described as …") is left
 * where the parser put it when it hangs on a noun or carries a that-clause.
 */
function repairSummaryNounAsObject(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (!root) return false;
  for (const n of g.tokens) {
    if (!/^(obj|appos|dep|nsubj|parataxis|conj)$/.test(n.rel) || !n.pos.startsWith('NN') || !kids(g, n.i, 'det').some((d) => d.lem === 'a'))
      continue;
    // (a conjunct only without its conjunction: "…, a demand the government refused" read as one)
    if (n.rel === 'conj' && kids(g, n.i, 'cc').length) continue;
    const start = subtreeSpan(g, n.i)[0];
    const head = tok(g, n.head);
    if (tok(g, start - 1)?.word !== ',' || !head || head.i === root.i) continue;
    // (a subject of its own between the noun and the verb, not the relative word: "a faction that split from X")
    const subjectAfter = (v: DepToken) =>
      kids(g, v.i, 'nsubj').some((s) => s.i > n.i && s.i < v.i && !isRelativePronoun(s) && s.lem !== 'that');
    // ("…, an appeal the Front brushed aside": the noun hung on the relative clause's own verb)
    if (head.i > n.i && isFiniteOrPerfect(g, head) && subjectAfter(head)) {
      attach(n, root.i, 'parataxis');
      attach(head, n.i, 'acl:relcl');
      return true;
    }
    if (head.i > start || (head.pos.startsWith('NN') ? !summingNoun(n.lem) : !head.pos.startsWith('VB'))) continue;
    const relative = kids(g, n.i, 'acl:relcl', 'acl').find((c) => isFiniteOrPerfect(g, c) && subjectAfter(c));
    // ("…, an offer that Y turned down" read as the offer's content)
    const content = summingNoun(n.lem)
      ? kids(g, n.i, 'ccomp').find(
          (v) => subjectAfter(v) && needsObject(v) && hasThat(g, v) && !kids(g, v.i, 'obj', 'ccomp', 'xcomp').length,
        )
      : undefined;
    if (!relative && !content) continue;
    attach(n, root.i, 'parataxis');
    if (content) {
      const that = kids(g, content.i, 'mark').find((m) => m.lem === 'that')!;
      attach(content, n.i, 'acl:relcl');
      attach(that, content.i, 'obj');
      that.pos = 'WDT';
    }
    return true;
  }
  return false;
}

function hasThat(g: DepGraph, v: DepToken): boolean {
  return kids(g, v.i, 'mark').some((m) => m.lem === 'that');
}

/**
 * True for a noun that can sum up a clause: a predicate noun of the lexicon ("demand", "charge"),
 * an offer or plan (lexicon `irrealis`) or a report (lexicon `reportNouns`).
 */
function summingNoun(lemma: string): boolean {
  const L = lexicon();
  return L.nouns.has(lemma) || L.sets.irrealis.has(lemma) || L.sets.reportNouns.has(lemma);
}

/** True when verb `v` is one that never goes without an object (see repairSummaryNounAsObject). */
function needsObject(v: DepToken): boolean {
  return lexicon().sets.transitiveOnly.has(v.lem) || answersOffer(v.lem);
}

/**
 * Construction class: a contact relative clause read as a plain clause on its noun. "a demand the
 * Front turned down", "the officer the Front had kidnapped": with no relative word the parser
 * may label the clause `acl` or `ccomp` (as if it stated the noun's content) or a loose `dep`. A finite
 * (or present or past perfect) clause on a noun, after it, with a subject of its own, no subordinator and no object (the noun
 * is its gap), is a relative clause.
 */
function repairContactRelativeAsClause(g: DepGraph): boolean {
  let changed = false;
  for (const c of g.tokens) {
    // (a perfect counts: "the talks Valdoria has held with the Front")
    if (!/^(acl|dep|ccomp)$/.test(c.rel) || !isFiniteOrPerfect(g, c) || c.head > c.i || !tok(g, c.head)?.pos.startsWith('NN')) continue;
    if (!kids(g, c.i, 'nsubj').length || kids(g, c.i, 'mark', 'obj', 'ccomp', 'xcomp').length) continue;
    c.rel = 'acl:relcl';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a continuing act after "on". "The Front would go on attacking the Levy",
 * "kept on shelling the posts", "carried on bombing": the parser makes the gerund an adverbial
 * clause with "on" as its preposition. A gerund marked only by "on", hung on an aspectual verb
 * (lexicon `aspectual`) or "carry", is that verb's complement (xcomp), as in "kept attacking",
 * and "on" its particle.
 */
function repairAspectualOnGerund(g: DepGraph): boolean {
  const L = lexicon();
  let changed = false;
  for (const t of g.tokens) {
    const head = tok(g, t.head);
    if (t.pos !== 'VBG' || !/^(advcl|obl)$/.test(t.rel) || !head?.pos.startsWith('VB')) continue;
    if (!L.sets.aspectual.has(head.lem) && head.lem !== 'carry') continue;
    const marks = kids(g, t.i, 'case', 'mark');
    const on = marks[0];
    if (marks.length !== 1 || on?.lem !== 'on' || on.i !== t.i - 1 || on.i !== head.i + 1) continue;
    attach(t, head.i, 'xcomp');
    attach(on, head.i, 'compound:prt');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a demonstrative read as the head of its noun phrase. "The Front dismissed
 * that demand", "rejected this offer": the parser makes "that" the object and hangs the noun on it
 * as a loose dependent. A demonstrative with a noun right after it as its dependent is that noun's
 * determiner; the noun takes its place in the clause.
 */
function repairDemonstrativeAsHead(g: DepGraph): boolean {
  let changed = false;
  for (const d of g.tokens) {
    if (!DEMONSTRATIVES.has(d.word.toLowerCase()) || d.rel === 'det' || d.rel === 'mark') continue;
    const n = tok(g, d.i + 1);
    if (!n || n.head !== d.i || !/^NNS?$/.test(n.pos) || !/^(dep|compound|nmod)$/.test(n.rel)) continue;
    attach(n, d.head, d.rel);
    for (const c of kids(g, d.i).filter((c) => c.i !== n.i)) attach(c, n.i, c.rel);
    attach(d, n.i, 'det');
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a title's holder hung on the title's of-phrase. "The law minister of Tarn
 * province, X, said …", "the chief of the Front, X, …": the parser makes the person's name, set
 * off by commas, the appositive of the of-phrase's noun. A person's name in apposition to the
 * head of an of-phrase on a role noun (lexicon `roles`), when that head is no role or person
 * itself, is the role noun's appositive.
 */
function repairNameOnRoleOfPhrase(g: DepGraph): boolean {
  const roles = lexicon().roles;
  for (const name of g.tokens) {
    if (name.rel !== 'appos' || !isPersonPlaceholder(name.word) || tok(g, name.i - 1)?.word !== ',') continue;
    const phrase = tok(g, name.head);
    const role = phrase && tok(g, phrase.head);
    if (!phrase || !role || phrase.rel !== 'nmod' || !kids(g, phrase.i, 'case').some((c) => c.lem === 'of')) continue;
    if (!role.pos.startsWith('NN') || !roles.has(role.lem) || roles.has(phrase.lem) || isPersonPlaceholder(phrase.word)) continue;
    attach(name, role.i, 'appos');
    return true;
  }
  return false;
}

/**
 * Construction class: a resultative's object read as its adjective's subject. "The ambush left two
 * soldiers dead": the parser makes "soldiers" the subject of a small clause "soldiers dead". For a
 * resultative idiom (lexicon `verbIdioms`, two words: "leave dead"), the small clause's subject is
 * the verb's object.
 */
function repairResultativeSubject(g: DepGraph): boolean {
  const idioms = lexicon().verbIdioms.filter((x) => !x.prep);
  for (const x of g.tokens) {
    const v = tok(g, x.head);
    if (x.rel !== 'xcomp' || !v || !idioms.some((i) => i.verb === v.lem && i.noun === x.lem) || kids(g, v.i, 'obj').length) continue;
    const subject = kids(g, x.i, 'nsubj')[0];
    if (!subject) continue;
    attach(subject, v.i, 'obj');
    return true;
  }
  return false;
}

/**
 * Construction class: a small clause's noun read as the object's last conjunct. "declared the Front
 * and the League legitimate targets": the parser makes "targets" a conjunct of the object, with the
 * last name as its modifier. For a small-clause idiom (lexicon `verbIdioms`, two words: "declare
 * target"), a conjunct of the verb's object headed by the idiom's noun, with a name as its
 * compound, is the name (the conjunct) followed by the idiom's noun (the verb's complement).
 */
function repairSmallClauseInCoordination(g: DepGraph): boolean {
  const idioms = lexicon().verbIdioms.filter((x) => !x.prep);
  for (const noun of g.tokens) {
    const object = tok(g, noun.head);
    const v = object && tok(g, object.head);
    if (noun.rel !== 'conj' || object?.rel !== 'obj' || !v || !idioms.some((i) => i.verb === v.lem && i.noun === noun.lem)) continue;
    const name = kids(g, noun.i, 'compound')
      .filter((c) => isPlaceholder(c.word))
      .at(-1);
    if (!name) continue;
    attach(name, object.i, 'conj');
    for (const k of kids(g, noun.i)) if (k.i < name.i && k.rel !== 'amod') attach(k, name.i, k.rel);
    attach(noun, v.i, 'xcomp');
    return true;
  }
  return false;
}

/**
 * Construction class: a participle phrase on its noun read as a loose dependent. "presented a
 * dossier accusing X of financing Y": the parser hangs "accusing" on the noun as `dep`, not as the
 * reduced relative (`acl`) it is. A present participle with an object of its own, right after the
 * noun it hangs on as `dep`, modifies that noun.
 */
function repairParticipleAsLooseDependent(g: DepGraph): boolean {
  for (const x of g.tokens) {
    const noun = tok(g, x.head);
    if (x.rel !== 'dep' || x.pos !== 'VBG' || !noun?.pos.startsWith('NN') || x.i !== noun.i + 1 || !kids(g, x.i, 'obj').length) continue;
    attach(x, noun.i, 'acl');
    return true;
  }
  return false;
}

/**
 * Construction class: an absolute with-clause read as a with-phrase. "held talks in Karn, with X,
 * Ostmark's interior minister, hosting most of the sessions": the parser makes "with X" an
 * oblique of the verb (a party to the talks) and the participle X's modifier. A with-phrase whose
 * noun has a present participle after it is the clause "X hosting …": the participle hangs on the
 * verb, marked by "with", with the noun as its subject.
 */
function repairAbsoluteWithAsPhrase(g: DepGraph): boolean {
  for (const n of g.tokens) {
    const verb = tok(g, n.head);
    const withCase = kids(g, n.i, 'case').find((c) => c.lem === 'with');
    if (!withCase || !/^(obl|nmod)/.test(n.rel) || !verb?.pos.startsWith('VB')) continue;
    const participle = kids(g, n.i, 'acl').find((a) => a.pos === 'VBG' && a.i > n.i);
    if (!participle) continue;
    attach(participle, verb.i, 'advcl');
    attach(withCase, participle.i, 'mark');
    attach(n, participle.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a role noun read as an adjective of the body's name. "X, the Front chief
 * killed in a raid last year": the parser tags "chief" an adjective of "Front" (the name heads the
 * phrase), so the apposition reads "X, the Front" and the role is lost. A role noun (lexicon
 * `roles`) tagged as an adjective right after a body's name it modifies is the phrase's head: the
 * name becomes its compound, and the name's determiner and modifiers move to it.
 */
function repairRoleReadAsAdjective(g: DepGraph): boolean {
  const roles = lexicon().roles;
  for (const role of g.tokens) {
    const name = tok(g, role.head);
    if (role.rel !== 'amod' || !role.pos.startsWith('JJ') || !roles.has(role.lem) || !name || name.i !== role.i - 1) continue;
    if (name.pos !== 'NNP' || isPersonPlaceholder(name.word)) continue;
    role.pos = 'NN';
    attach(role, name.head, name.rel);
    for (const k of kids(g, name.i)) if (k.i < name.i) attach(k, role.i, k.rel);
    attach(name, role.i, 'compound');
    return true;
  }
  return false;
}

/**
 * Construction class: the from-phrase of a member noun hung on its verb. "arrested four men from a
 * Front cell", "killed three fighters from the League": the parser makes "from …" an oblique of
 * the verb (where it came from), so the people are nobody's. After an attacking or detaining verb
 * (lexicon ATTACKS, DETAINS verbs), a from-phrase right after the verb's plural member-noun object
 * (lexicon `memberNouns`) that names a body (not a place) says whose members they are.
 */
function repairMembersFromOnVerb(g: DepGraph): boolean {
  const verbs = new Set([...verbLemmasOf('ATTACKS'), ...verbLemmasOf('DETAINS')]);
  const members = lexicon().sets.memberNouns;
  for (const from of g.tokens) {
    const verb = tok(g, from.head);
    if (from.rel !== 'obl' || !verb || !verbs.has(verb.lem) || !kids(g, from.i, 'case').some((c) => c.lem === 'from')) continue;
    const object = kids(g, verb.i, 'obj').find((o) => o.pos === 'NNS' && members.has(o.lem));
    if (!object || subtreeSpan(g, object.i)[1] + 1 !== subtreeSpan(g, from.i)[0]) continue;
    const names = [from, ...kids(g, from.i, 'compound')].filter(
      (n) => isPlaceholder(n.word) && !isPlacePlaceholder(n.word) && !isPersonPlaceholder(n.word),
    );
    if (!names.length) continue;
    attach(from, object.i, 'nmod');
    return true;
  }
  return false;
}

/**
 * Construction class: an appositive role with a reduced relative read as a passive clause. "X, the
 * Front chief killed in a raid, had lived in Karn", "Y, the League commander wounded in the clash,
 * was moved": the parser makes the role the passive subject of the participle and hangs that
 * "clause" on the name. A past participle without an auxiliary, hung on a name, whose passive
 * subject is a role noun (lexicon `roles`) right after the name's comma, is the role's reduced
 * relative; the role is the name's appositive.
 */
export function repairAppositiveParticipleAsClause(g: DepGraph): boolean {
  const roles = lexicon().roles;
  for (const v of g.tokens) {
    const name = tok(g, v.head);
    if (v.pos !== 'VBN' || !name || !isPlaceholder(name.word) || name.i > v.i || kids(g, v.i, 'aux').length) continue;
    if (kids(g, v.i, 'nsubj').some((c) => c.rel === 'nsubj')) continue;
    const role = kids(g, v.i, 'nsubj:pass').find((r) => r.i < v.i && roles.has(r.lem));
    const start = role && subtreeSpan(g, role.i)[0];
    if (!role || tok(g, start! - 1)?.word !== ',' || start! - 2 !== name.i) continue;
    role.pos = 'NN';
    attach(role, name.i, 'appos');
    attach(v, role.i, 'acl');
    dropEnhanced(g, v.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a singular role set off after the last of several names. "the list includes
 * X and Y, the Front's chief, who …": the parser hangs the appositive on the coordination's head,
 * the first name; a singular role noun (lexicon `roles`) set off by a comma right after the last
 * conjunct of a coordination of names describes that last name (a plural — "X and Y, the Front's
 * leaders" — describes them all and stays).
 */
function repairAppositiveOnFirstConjunct(g: DepGraph): boolean {
  const roles = lexicon().roles;
  for (const role of g.tokens) {
    const first = tok(g, role.head);
    if (role.rel !== 'appos' || role.pos !== 'NN' || !roles.has(role.lem) || !first || !isPlaceholder(first.word)) continue;
    const start = subtreeSpan(g, role.i)[0];
    const last = kids(g, first.i, 'conj').find((c) => c.i === start - 2 && isPlaceholder(c.word));
    if (!last || tok(g, start - 1)?.word !== ',') continue;
    attach(role, last.i, 'appos');
    return true;
  }
  return false;
}

/**
 * Construction class: a person's name set off after a definite role. "toured the base with the
 * army chief, General X.", "after the Front's spokesman, X, arrived": the parser hangs the name on
 * an earlier noun or on the clause's subject as its appositive. A person's name right after a
 * comma that follows a singular role noun (lexicon `roles`) with a determiner or possessor is that
 * role's appositive. Only a name the parser left as an appositive or loose dependent, or one it
 * made the subject of the clause after a second comma while the role went into a temporal phrase
 * ("after the army chief, General X, drove in"; lexicon `adverbialMarks`): then the role is that
 * clause's subject and the clause is the temporal one. A subject or conjunct otherwise stays ("the chief, X and Y").
 */
function repairNameAfterSetOffRole(g: DepGraph): boolean {
  const roles = lexicon().roles;
  for (const name of g.tokens) {
    if (!isPersonPlaceholder(name.word)) continue;
    const [start, end] = subtreeSpan(g, name.i);
    const role = tok(g, start - 2);
    if (tok(g, start - 1)?.word !== ',' || !role || role.i === name.head || role.pos !== 'NN' || !roles.has(role.lem)) continue;
    if (kids(g, role.i, 'det', 'nmod:poss').length === 0) continue;
    if (name.rel === 'appos' || name.rel === 'dep') {
      attach(name, role.i, 'appos');
      return true;
    }
    const verb = tok(g, name.head);
    const marker = kids(g, role.i, 'case').find((c) => lexicon().sets.adverbialMarks.has(c.lem));
    if (name.rel !== 'nsubj' || !verb || !marker || tok(g, end + 1)?.word !== ',' || verb.i < end) continue;
    attach(verb, role.head, 'advcl');
    attach(marker, verb.i, 'mark');
    attach(role, verb.i, 'nsubj');
    attach(name, role.i, 'appos');
    return true;
  }
  return false;
}

/**
 * Construction class: reduced relatives after a set-off object read as conjoined verbs. "He had
 * joined the Front, formed last year and headed by X, before …": the parser coordinates the
 * participles with the main verb, so X would head whatever "he" is. Past participles set off by a
 * comma right after the verb's object, without a subject of their own, one of them with a
 * by-phrase, are reduced relatives on that object.
 */
function repairReducedRelativesAsConjuncts(g: DepGraph): boolean {
  for (const verb of g.tokens) {
    const object = kids(g, verb.i, 'obj').at(-1);
    if (!verb.pos.startsWith('VB') || !object) continue;
    const chain = kids(g, verb.i, 'conj').filter((c) => c.i > object.i && /^VB[ND]$/.test(c.pos) && !kids(g, c.i, 'nsubj', 'aux').length);
    const first = chain[0];
    if (!first || tok(g, first.i - 1)?.word !== ',' || subtreeSpan(g, object.i)[1] !== first.i - 2) continue;
    if (!chain.some((v) => hasByPhrase(g, v))) continue;
    for (const v of chain) v.pos = 'VBN';
    attach(first, object.i, 'acl');
    for (const v of chain.slice(1)) attach(v, first.i, 'conj');
    for (const c of kids(g, verb.i, 'cc').filter((c) => c.i > first.i)) attach(c, chain.find((v) => v.i > c.i)?.i ?? first.i, 'cc');
    return true;
  }
  return false;
}

/**
 * Construction class: an object read as a participle's small-clause subject. "The Levy detained
 * several of its men suspected of links to the Front": the parser makes "several … suspected" a
 * small clause (the participle a complement of "detained", "several" its subject), so the Levy
 * would be the one suspected. After an attacking, detaining or releasing verb (lexicon ATTACKS,
 * DETAINS, RELEASES verbs) with no object, a past participle complement with a subject is a
 * reduced relative on that subject, which is the verb's object.
 */
function repairObjectAsParticipleSubject(g: DepGraph): boolean {
  const verbs = new Set([...verbLemmasOf('ATTACKS'), ...verbLemmasOf('DETAINS'), ...verbLemmasOf('RELEASES')]);
  for (const x of g.tokens) {
    const v = tok(g, x.head);
    if (x.rel !== 'xcomp' || x.pos !== 'VBN' || !v || !verbs.has(v.lem) || kids(g, v.i, 'obj').length) continue;
    const subject = kids(g, x.i, 'nsubj').find((n) => n.i > v.i && n.i < x.i);
    if (!subject) continue;
    attach(subject, v.i, 'obj');
    attach(x, subject.i, 'acl');
    dropEnhanced(g, x.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: a title and its name read as two subjects. "When the League activist X
 * died, …", "the Front commander X was killed": the parser makes the role noun and the person's
 * name both subjects of the verb. Of two subjects of one verb, a common noun that is a role of the
 * lexicon (`roles`) ending right before a person's name is that name's title (its compound).
 */
function repairTitleAsSecondSubject(g: DepGraph): boolean {
  for (const v of g.tokens) {
    const subjects = kids(g, v.i, 'nsubj', 'nsubj:pass').filter((n) => n.i < v.i);
    if (subjects.length < 2) continue;
    const [title, name] = subjects.slice(-2) as [DepToken, DepToken];
    if (!/^NNS?$/.test(title.pos) || !lexicon().roles.has(title.lem.toLowerCase()) || !isPersonPlaceholder(name.word)) continue;
    if (subtreeSpan(g, title.i)[1] !== subtreeSpan(g, name.i)[0] - 1) continue;
    attach(title, name.i, 'compound');
    return true;
  }
  return false;
}

/**
 * Construction class: an appositive read as a second subject. "In a statement carried by X, the
 * League's outlet, the Front said …": the parser makes the set-off phrase another subject of
 * "said", so the League would be the speaker. Of two subjects of one verb, the last running up to
 * the verb, the first, set off by commas right after a noun phrase, is that phrase's appositive.
 */
function repairAppositiveAsSecondSubject(g: DepGraph): boolean {
  for (const v of g.tokens) {
    const subjects = kids(g, v.i, 'nsubj').filter((n) => n.rel === 'nsubj' && n.i < v.i);
    if (subjects.length < 2) continue;
    const first = subjects[0]!;
    // (the real subject runs up to its verb: "…, the group's spokesman, X, said" is a subject and its appositive)
    if (subtreeSpan(g, subjects.at(-1)!.i)[1] !== v.i - 1) continue;
    const [start, end] = subtreeSpan(g, first.i);
    const before = tok(g, start - 2);
    if (tok(g, start - 1)?.word !== ',' || tok(g, end + 1)?.word !== ',' || !before?.pos.startsWith('NN') || before.head === v.i) continue;
    attach(first, before.i, 'appos');
    return true;
  }
  return false;
}

/**
 * Construction class: an act after the time spent on it. "Envoys had spent months negotiating with
 * X", "the jirga spent days talking to Y": the parser hangs the gerund on the duration noun as its
 * modifier, and its phrases on the verb. After a verb of spending time (lexicon
 * `timeSpendingVerbs`), a gerund modifying a duration noun (lexicon `durationNouns`) is an
 * adverbial clause of that verb, whose subject does the act; the verb's phrases after the gerund
 * are the gerund's.
 */
function repairActAfterTimeSpent(g: DepGraph): boolean {
  const L = lexicon().sets;
  for (const x of g.tokens) {
    const duration = tok(g, x.head);
    const v = duration && tok(g, duration.head);
    if (x.pos !== 'VBG' || !/^(amod|acl)$/.test(x.rel) || !duration || !L.durationNouns.has(duration.lem)) continue;
    if (!v || !L.timeSpendingVerbs.has(v.lem)) continue;
    attach(x, v.i, 'advcl');
    attach(duration, v.i, 'obl:tmod');
    for (const o of kids(g, v.i, 'obl', 'obj').filter((o) => o.i > x.i)) attach(o, x.i, o.rel);
    return true;
  }
  return false;
}

/**
 * Construction class: a prepositional phrase read inside a compound. "stepped up airstrikes on
 * Front and League hideouts": the parser makes "airstrikes on Front and League" a compound
 * modifier of "hideouts". A common noun (no title) that modifies a later common noun as compound
 * while carrying a prepositional phrase with a name, ending right before that noun, heads the
 * phrase: the later noun is the preposition's object, with the phrase's names as its modifiers.
 */
function repairPhraseInsideCompound(g: DepGraph): boolean {
  for (const x of g.tokens) {
    const head = tok(g, x.head);
    if (x.rel !== 'compound' || !/^NNS?$/.test(x.pos) || isPlaceholder(x.word) || !head || head.i < x.i) continue;
    // (not a title before a name: "Secretary of State X", "Inspector General of Police Y")
    if (!/^NNS?$/.test(head.pos) || isPlaceholder(head.word) || lexicon().roles.has(x.lem)) continue;
    const phrase = kids(g, x.i, 'nmod').find((n) => subtreeSpan(g, n.i)[1] === head.i - 1 && kids(g, n.i, 'case').length);
    // (the phrase names someone: "airstrikes on Front hideouts", not "face-to-face sessions")
    if (!phrase || !isPlaceholder(phrase.word)) continue;
    const cases = kids(g, phrase.i, 'case');
    attach(x, head.head, head.rel);
    for (const k of kids(g, head.i).filter((k) => k.i < x.i)) attach(k, x.i, k.rel);
    attach(head, x.i, 'nmod');
    for (const c of cases) attach(c, head.i, 'case');
    attach(phrase, head.i, 'compound');
    return true;
  }
  return false;
}

/**
 * Construction class: a subject fused with the date phrase before it. "…, and from 20 February
 * jets of the Levy pounded X", "In May troops stormed Y": the parser reads the date and the
 * subject's head as one noun phrase ("20 February jets"), an oblique of the verb, which is left
 * without a subject. A common-noun oblique before a verb that has no subject, whose preposition is
 * followed only by date words (numbers, lexicon `frontedTimeWords`) before the noun, is the
 * verb's subject; the date words are the oblique.
 */
function repairSubjectAfterFrontedDate(g: DepGraph): boolean {
  const dateWords = lexicon().sets.frontedTimeWords;
  for (const n of g.tokens) {
    const v = tok(g, n.head);
    if (n.rel !== 'obl' || !/^NNS?$/.test(n.pos) || !v?.pos.startsWith('VB') || n.i > v.i || dateWords.has(n.lem)) continue;
    if (kids(g, v.i, 'nsubj', 'nsubj:pass').length) continue;
    const prep = kids(g, n.i, 'case')[0];
    const between = g.tokens.filter((t) => prep && t.i > prep.i && t.i < n.i);
    if (!prep || !between.length || !between.every((t) => t.pos === 'CD' || dateWords.has(t.word.toLowerCase()))) continue;
    const date = between.at(-1)!;
    attach(date, v.i, 'obl');
    attach(prep, date.i, 'case');
    for (const t of between.slice(0, -1)) attach(t, date.i, t.pos === 'CD' ? 'nummod' : 'compound');
    attach(n, v.i, 'nsubj');
    return true;
  }
  return false;
}

/**
 * Construction class: the role of an appointment hung on the person appointed. "The council chose
 * X, a senior commander, as interim chief": the parser hangs the as-phrase on the object ("X as
 * chief", `nmod`) instead of on the verb of appointing (lexicon `appointingVerbs`), which is what
 * says whose office it is. An as-phrase (a noun) on the object of such a verb goes to the verb.
 */
function repairAppointedRoleOnObject(g: DepGraph): boolean {
  const appointing = lexicon().sets.appointingVerbs;
  for (const r of g.tokens) {
    if (!r.pos.startsWith('NN') || r.rel !== 'nmod' || !kids(g, r.i, 'case').some((c) => c.lem === 'as')) continue;
    const person = tok(g, r.head);
    const verb = person && person.rel === 'obj' ? tok(g, person.head) : undefined;
    if (!verb?.pos.startsWith('VB') || !appointing.has(verb.lem)) continue;
    attach(r, verb.i, 'obl');
    return true;
  }
  return false;
}
