/**
 * Who does what to whom in one clause: the agent and patient nodes of a verb, whatever the
 * construction.
 *
 * Construction classes:
 * - active clause: subject → agent, direct object → patient;
 * - passive with by-agent ("was hosted by Qatar"): the by-phrase → agent, subject → patient;
 * - reduced relative ("talks hosted by Qatar", "militants attacking a post"): the modified noun
 *   is the patient (past participle) or the agent (present participle);
 * - relative clause ("the group, which attacked …"): the antecedent, through the enhanced++
 *   subject edge that replaces the relative pronoun;
 * - coordination of verbs ("attacked and seized"): the first conjunct's subject (of passive
 *   participles, "were mediated by A and overseen by B", its patient); a verb of
 *   saying, demanding or accusing coordinated with a reported clause: the reporter's subject;
 * - control ("agreed to mediate", "accused X of sheltering Y", "urged X to stop"): the
 *   controller is the governor's object when it has one (a passive governor's subject: "X was
 *   urged to stop"), else its subject;
 * - adverbial clauses ("…, killing four soldiers"): the governor's subject, except an of/for
 *   clause after an object ("accused X of sheltering Y", "blamed X for attacking Y"): the object.
 */
import { caseOf, enhancedKids, isRelativePronoun, kids, tok, type DepGraph, type DepToken } from '../2-parse/dependency-graph.ts';
import { communicativeVerb, isHostileAct, lexicon } from '../lexicon.ts';
import { isPlaceholder } from '../2-parse/mask-names.ts';

/** True for passive clauses and past-participle reduced relatives. */
export function isPassive(g: DepGraph, v: DepToken): boolean {
  if (kids(g, v.i, 'nsubj:pass', 'aux:pass').length) return true;
  if (v.pos !== 'VBN') return false;
  // "were mediated by A and overseen by B": a bare participle conjoined to a passive verb shares its voice
  if (v.rel === 'conj' && !kids(g, v.i, 'nsubj', 'aux').length) {
    const first = tok(g, v.head);
    if (first?.pos === 'VBN' && first.i !== v.i && isPassive(g, first)) return true;
  }
  // a reduced relative, or an adverbial participle with no subject or auxiliary of its own ("Freed by X in 2008, Y …")
  return v.rel === 'acl' || v.rel === 'amod' || (v.rel === 'advcl' && !kids(g, v.i, 'nsubj', 'aux', 'mark').length);
}

function byPhrases(g: DepGraph, v: number): number[] {
  const basic = kids(g, v, 'obl', 'nmod')
    .filter((c) => caseOf(g, c.i) === 'by')
    .map((c) => c.i);
  // "Ostmark-backed fighters": the name hyphened to the participle is its agent
  if (tok(g, v - 1)?.word === '-')
    basic.push(
      ...kids(g, v, 'obl', 'compound', 'obl:npmod', 'nmod:npmod')
        .filter((c) => c.i === v - 2)
        .map((c) => c.i),
    );
  return basic.length ? basic : enhancedKids(g, v, 'obl:by').concat(enhancedKids(g, v, 'obl:agent'));
}

/**
 * A subject of relative clause `v` that is a relative pronoun stands for the clause's noun; the
 * pronoun itself follows as a second candidate (arguments.ts resolves it to the name before its
 * comma when the parser hung the clause on a phrase's head: "the patronage of X, which …").
 */
function relativeOrSelf(v: DepToken, c: DepToken): number[] {
  return v.rel === 'acl:relcl' && isRelativePronoun(c) ? [v.head, c.i] : [c.i];
}

/** Verbs whose object does the act of their with-gerund ("charged X with financing Y"). */
const WITH_CONTROLLERS = new Set(['charge', 'task', 'credit']);

/** Candidate agent nodes of verb `v`, best first (several when the construction is ambiguous). */
export function agentNodes(g: DepGraph, v: DepToken, depth = 0): number[] {
  if (depth > 3) return [];
  if (isPassive(g, v)) {
    const by = byPhrases(g, v.i);
    // a stative passive ("X is engaged in talks") has its participant as subject
    // (as a reduced relative, "factions allied with X", the noun it modifies)
    if (!by.length && lexicon().sets.statives.has(v.lem)) return v.rel === 'acl' ? [v.head] : kids(g, v.i, 'nsubj:pass').map((c) => c.i);
    return by;
  }
  const out: number[] = [];
  // a relative pronoun stands for the noun its clause modifies ("the Front, who have killed …")
  out.push(...kids(g, v.i, 'nsubj').flatMap((c) => relativeOrSelf(v, c)));
  // "said they had no part in it and urged X to reconsider": a verb of saying, demanding or
  // accusing coordinated with a reported clause belongs to the reporter (the parser often hangs
  // it on the reported clause, and enhanced++ then gives it the reported clause's subject)
  const conjHead = v.rel === 'conj' ? tok(g, v.head) : undefined;
  const reporter = conjHead && /^(ccomp|xcomp)$/.test(conjHead.rel) ? tok(g, conjHead.head) : undefined;
  if (out.length === 0 && reporter && lexicon().sets.speech.has(reporter.lem) && communicativeVerb(v.lem))
    return agentNodes(g, reporter, depth + 1);
  const head = tok(g, v.head);
  // (enhanced++ gives an xcomp its governor's object as subject, wrong for a purpose clause:
  // "summoned the envoy to protest", "sent aid to help X", "pledged $10 million to rebuild Y")
  const purpose = v.rel === 'xcomp' && head !== undefined && (lexicon().sets.summonVerbs.has(head.lem) || thingGiven(g, head));
  if (!purpose) out.push(...enhancedKids(g, v.i, 'nsubj').filter((i) => !out.includes(i)));
  // "ambushed a convoy, killing four soldiers": a participle set off by a comma after the
  // object is an adverbial of the clause (the parser hangs it on the nearest noun)
  const verbOfHead = head ? tok(g, head.head) : undefined;
  if (
    v.rel === 'acl' &&
    v.pos === 'VBG' &&
    tok(g, v.i - 1)?.word === ',' &&
    head &&
    verbOfHead?.pos.startsWith('VB') &&
    /^(obj|obl)/.test(head.rel)
  )
    out.push(...agentNodes(g, verbOfHead, depth + 1));
  else if (v.rel === 'acl' && v.pos === 'VBG') {
    // "accused Ostmark and the League of backing X": an of-gerund hung on the last conjunct is the
    // whole coordination's (its first conjunct stands for all)
    const first = head?.rel === 'conj' && kids(g, v.i, 'mark', 'case').some((m) => m.lem === 'of') ? tok(g, head.head) : undefined;
    out.push(...(first ? [first.i] : []), v.head);
  }
  // "accused X of sheltering TTP fighters", "blamed X for sheltering …" parsed with the gerund as an adjective of its object:
  // the controller is the object of the verb that governs the of-phrase
  if (v.rel === 'amod' && v.pos === 'VBG' && head && out.length === 0) {
    const gov = tok(g, head.head);
    const obj = gov ? kids(g, gov.i, 'obj')[0] : undefined;
    if (gov && obj && ['of', 'for'].includes(caseOf(g, head.i))) out.push(obj.i);
  }
  if (head && out.length === 0) {
    if (v.rel === 'conj' && head.pos.startsWith('VB')) out.push(...agentNodes(g, head, depth + 1));
    // control: "urged X to stop" (xcomp) is controlled by the governor's object when it has
    // one; an adverbial clause ("…, killing four soldiers", "attacked X to avenge Y") by the
    // governor's subject
    // passive governor: "X was urged to stop", "X was accused of giving Y a home" — the
    // governor's object is its passive subject
    const passiveSubject = isPassive(g, head) ? kids(g, head.i, 'nsubj:pass')[0] : undefined;
    if (v.rel === 'xcomp' && passiveSubject) out.push(passiveSubject.i);
    else if (v.rel === 'xcomp') {
      // "summoned the envoy to lodge a protest": a purpose clause, controlled by the subject
      const obj = purpose ? undefined : kids(g, head.i, 'obj')[0];
      out.push(...(obj ? [obj.i] : agentNodes(g, head, depth + 1)));
    }
    // (a gerund after of/for is sometimes left as a loose dependent or an oblique)
    if (v.rel === 'advcl' || ((v.rel === 'dep' || v.rel === 'obl') && v.pos === 'VBG')) {
      // ("charged X with financing Y", "tasked X with attacking Y": a with-gerund after these verbs too)
      const marked = kids(g, v.i, 'mark', 'case').some(
        (m) => m.lem === 'of' || m.lem === 'for' || (m.lem === 'with' && WITH_CONTROLLERS.has(head.lem)),
      );
      const obj = kids(g, head.i, 'obj')[0] ?? (marked ? passiveSubject : undefined);
      out.push(...(obj && marked ? [obj.i] : agentNodes(g, head, depth + 1)));
    }
  }
  return out;
}

/**
 * Construction class: joining another in an act. "X joined Y in storming Z": the one joined (the
 * join verb's object) is a partner of the act's agent; the nodes of such partners of verb `v`.
 * Also the comitative participle: "X, later joined by Y, stormed Z": Y acts with X.
 */
export function joinedPartners(g: DepGraph, v: DepToken): number[] {
  const comitative = kids(g, v.i, 'nsubj').flatMap((s) => kids(g, s.i, 'acl').flatMap((p) => comitativeAgents(g, p)));
  if (comitative.length) return comitative;
  const head = tok(g, v.head);
  const joined =
    /^(advcl|obl)$/.test(v.rel) &&
    v.pos === 'VBG' &&
    head &&
    ['join', 'rejoin'].includes(head.lem) &&
    kids(g, v.i, 'mark', 'case').some((m) => m.lem === 'in');
  return joined ? kids(g, head.i, 'obj').map((o) => o.i) : [];
}

/**
 * The agents of a comitative participle ("the police, joined by army troops, …": the troops), or
 * none when `p` is not one: a participle of joining or accompanying with a by-phrase.
 */
export function comitativeAgents(g: DepGraph, p: DepToken): number[] {
  if (p.rel !== 'acl' || p.pos !== 'VBN' || !['join', 'accompany'].includes(p.lem)) return [];
  return kids(g, p.i, 'obl:agent', 'obl')
    .filter((o) => kids(g, o.i, 'case').some((c) => c.lem === 'by'))
    .map((o) => o.i);
}

/**
 * Construction class: membership in a class of patients. "X and Y were among those held",
 * "Among those freed were X", "Those arrested include X": a participle on "those" names what was
 * done to the people the sentence places among them; their nodes (none when `v` is not such a
 * participle).
 */
export function amongThose(g: DepGraph, v: DepToken): number[] {
  const those = tok(g, v.head);
  const word = those?.word.toLowerCase();
  if (!those || word !== 'those' || !/^(acl|amod)$/.test(v.rel)) return [];
  if (kids(g, those.i, 'case').some((c) => c.lem === 'among')) {
    const subjects = kids(g, those.i, 'nsubj', 'nsubj:pass').map((c) => c.i);
    if (subjects.length) return subjects; // "X were among those held"
    return those.rel === 'nsubj' ? [those.head] : []; // "among those freed were X"
  }
  const verb = tok(g, those.head);
  return those.rel === 'nsubj' && verb && ['include', 'comprise'].includes(verb.lem) ? kids(g, verb.i, 'obj').map((o) => o.i) : [];
}

/** Patient nodes of verb `v`: the object (active) or the subject (passive, reduced relative). */
export function patientNodes(g: DepGraph, v: DepToken): number[] {
  if (isPassive(g, v)) {
    // a relative pronoun stands for the noun the relative clause modifies ("militants who were held")
    const subj = kids(g, v.i, 'nsubj:pass').flatMap((c) => relativeOrSelf(v, c));
    if (subj.length) return subj;
    const enh = enhancedKids(g, v.i, 'nsubj:pass');
    if (enh.length) return enh;
    // reduced relative, or a passive relative clause whose pronoun the parser left unattached
    // ("militants who were being held …" with "who" as an object)
    if (v.rel === 'advcl') return kids(g, v.head, 'nsubj', 'nsubj:pass').map((c) => c.i); // "Freed by X, Y agreed …": Y
    // "were mediated by A and overseen by B": the second participle's patient is the first's
    const first = v.rel === 'conj' ? tok(g, v.head) : undefined;
    if (first?.pos === 'VBN') return patientNodes(g, first);
    const members = amongThose(g, v);
    if (members.length) return members;
    return v.rel === 'acl' || v.rel === 'amod' || v.rel === 'acl:relcl' ? [v.head] : [];
  }
  // ("the talks that Lumen hosted", "the camp which Valdoria bombed": an object relative pronoun
  // stands for the noun the clause modifies)
  // (the pronoun first: "a commander whom X arrested" reaches the person through it)
  const objs = kids(g, v.i, 'obj', 'iobj').flatMap((c) => relativeOrSelf(v, c).reverse());
  if (objs.length) return objs;
  if (v.rel === 'amod' && v.pos === 'VBG') return [v.head]; // the gerund-as-adjective above
  const enh = enhancedKids(g, v.i, 'obj');
  if (enh.length) return enh;
  // "killed and arrested Front members": a conjunct verb before the object shares it with the
  // first verb (the parser hangs the object on the first verb only)
  const first = v.rel === 'conj' && v.pos.startsWith('VB') ? tok(g, v.head) : undefined;
  const shared = first?.pos.startsWith('VB') ? kids(g, first.i, 'obj').filter((o) => o.i > v.i) : [];
  if (shared.length && !kids(g, v.i, 'ccomp', 'xcomp', 'obl').length) return shared.map((o) => o.i);
  // "fighting to topple X", "battled to overthrow X": a fight's purpose of ousting names its
  // target (lexicon `ousterVerbs`)
  const ouster = isHostileAct(v.lem) ? kids(g, v.i, 'xcomp', 'advcl').find((x) => lexicon().sets.ousterVerbs.has(x.lem)) : undefined;
  if (ouster && kids(g, ouster.i, 'obj').length) return kids(g, ouster.i, 'obj').map((o) => o.i);
  // a contact relative clause ("the officer the Front had kidnapped"): the gap is the object
  const subj = kids(g, v.i, 'nsubj')[0];
  return v.rel === 'acl:relcl' && subj && !isRelativePronoun(subj) && !kids(g, v.i, 'ccomp', 'xcomp', 'mark').length ? [v.head] : [];
}

/** The active subjects of clause `v` (a passive clause's subject is its patient, not its actor). */
export function activeSubjects(g: DepGraph, v: DepToken): DepToken[] {
  return kids(g, v.i, 'nsubj').filter((s) => s.rel === 'nsubj');
}

/** Subordinators of a condition on an act ("would strike X if Y failed to act", "unless Y withdrew"). */
const CONDITIONS = new Set(['if', 'unless']);

/** The adverbial clauses of `v` that set a condition on it. */
export function conditionClauses(g: DepGraph, v: DepToken): DepToken[] {
  return kids(g, v.i, 'advcl').filter((c) => kids(g, c.i, 'mark').some((m) => CONDITIONS.has(m.lem)));
}

/** The hostile acts `v` is done by ("would avenge its leader by attacking X": "attacking"). */
export function hostileMeans(g: DepGraph, v: DepToken): DepToken[] {
  return kids(g, v.i, 'advcl').filter((a) => caseOf(g, a.i) === 'by' && isHostileAct(a.lem));
}

/**
 * Construction class: revenge taken on someone. "would take revenge on X", "vowed to exact
 * vengeance on X": the revenge noun `v` takes as its object (lexicon `revengeNouns`), which makes
 * `v` a hostile act whose on/against-phrase (on the verb or the noun) names the target.
 */
export function revengeTaken(g: DepGraph, v: DepToken): DepToken | undefined {
  return kids(g, v.i, 'obj').find((o) => lexicon().sets.revengeNouns.has(o.lem));
}

/**
 * "They came days after Y killed X": a clause marked as before the reported event (lexicon
 * `earlierMarks`) tells of an earlier one, so its victim is not the one a later claim refers to.
 * So does the act an attack avenges ("avenged the killing of X", "in revenge for X's killing").
 */
export function earlierEvent(g: DepGraph, v: DepToken): boolean {
  const L = lexicon().sets;
  const earlier = (t: DepToken) => L.earlierMarks.has(t.lem);
  if (v.rel === 'advcl' && kids(g, v.i, 'mark').some(earlier)) return true;
  // ("the attack avenged the killing of X", "in revenge for the killing of X", "as revenge for X,
  // who was killed in May": the act avenged came before)
  const avenged = (n: DepToken | undefined) => {
    const head = n && tok(g, n.head);
    if (!n || !head) return false;
    if (n.rel === 'obj' && L.revengeVerbs.has(head.lem)) return true;
    return caseOf(g, n.i) === 'for' && (L.revengeNouns.has(head.lem) || L.revengeVerbs.has(head.lem));
  };
  if (avenged(v) || (v.rel === 'acl:relcl' && avenged(tok(g, v.head)))) return true;
  // ("11 days after Y killed X": the clause hung on the measure noun the subordinator marks)
  return v.rel === 'dep' && kids(g, v.head, 'case').some(earlier);
}

/**
 * Construction class: a purpose clause after a thing given. "Ostmark sent aid to help Valdoria",
 * "pledged $10 million to rebuild the schools": when a verb of giving (lexicon `givingVerbs`) has a
 * thing as its object (a common noun that names no people, or an amount), the infinitive after it
 * is the giver's purpose, not the thing's act ("took the decision to attack X" is no giving).
 */
function thingGiven(g: DepGraph, governor: DepToken): boolean {
  const L = lexicon();
  const obj = kids(g, governor.i, 'obj')[0];
  if (!obj || !L.sets.givingVerbs.has(governor.lem)) return false;
  if (obj.pos === '$' || obj.pos === 'CD') return true;
  return /^NNS?$/.test(obj.pos) && !L.sets.standIns.has(obj.lem) && !L.sets.personNouns.has(obj.lem) && !isPlaceholder(obj.word);
}
