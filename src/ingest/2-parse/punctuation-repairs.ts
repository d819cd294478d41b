/**
 * Parse repairs around commas and other punctuation, where CoreNLP's parser most often attaches
 * a phrase to the wrong head. Applied by repairs.ts with the others, before any pattern runs.
 * Each function names its construction class; each returns whether the tree changed (the
 * caller rebuilds the children index after each change).
 */
import { attach, type DepGraph, isRelativePronoun, kids, subtreeSpan, tok, verbAbove, FINITE } from './dependency-graph.ts';
import { lexicon } from '../lexicon.ts';

/**
 * Construction class: an opening quotation read as the root. '"More attacks will follow," the
 * Front said, warning Valdoria …': the parser makes the opening quotation mark the root, the
 * quoted clause's verb its dependent and the verb of saying a dependent of that verb. A verb of
 * saying after the quoted verb, with a subject of its own, heads the sentence and the quoted
 * verb is its complement; with none, the quoted verb heads it. Applied first (repairs.ts): the
 * other repairs expect a word as the root.
 */
export function repairQuoteAsRoot(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.rel === 'root');
  if (!root || !/^(``|'')$/.test(root.pos)) return false;
  const verb = (g.children.get(root.i) ?? []).find((c) => c.rel !== 'punct' && c.pos.startsWith('VB'));
  if (!verb) return false;
  const speech = lexicon().sets.speech;
  const saying = (g.children.get(verb.i) ?? []).find(
    (c) => c.i > verb.i && /^(dep|parataxis|ccomp)$/.test(c.rel) && speech.has(c.lem) && kids(g, c.i, 'nsubj').length > 0,
  );
  const head = saying ?? verb;
  attach(head, 0, 'root');
  if (saying) attach(verb, saying.i, 'ccomp');
  attach(root, head.i, 'punct');
  for (const c of g.children.get(root.i) ?? []) if (c !== verb) attach(c, head.i, c.rel);
  return true;
}

/** The repairs of this module, in the order repairs.ts applies them. */
export const PUNCTUATION_REPAIRS: ReadonlyArray<(g: DepGraph) => boolean> = [
  repairParentheticalSpeech,
  repairCommaCompound,
  repairRootlessRelative,
  repairSayingAsMarker,
  repairAbsoluteWith,
  repairCommaSubjects,
  repairClauseApposition,
];

/**
 * Construction class: a parenthetical report inside a relative clause. "fighters who, the army
 * said, had been attacking a post": the parser makes "said" the relative clause (with "who" as
 * its object) and hangs the real verb on it. A verb of saying between commas right after a
 * relative pronoun is a parenthetical: the verb after it heads the relative clause, with the
 * pronoun as its subject, and the report hangs on that verb.
 */
function repairParentheticalSpeech(g: DepGraph): boolean {
  let changed = false;
  for (const say of g.tokens) {
    if (say.rel !== 'acl:relcl' || !lexicon().sets.speech.has(say.lem)) continue;
    const pronoun = kids(g, say.i, 'obj', 'nsubj').find((p) => p.i < say.i && isRelativePronoun(p) && tok(g, p.i + 1)?.word === ',');
    const verb = kids(g, say.i, 'dep', 'ccomp', 'parataxis').find(
      (v) => v.i > say.i && v.pos.startsWith('VB') && tok(g, say.i + 1)?.word === ',' && !kids(g, v.i, 'nsubj', 'nsubj:pass').length,
    );
    if (!pronoun || !verb || !kids(g, say.i, 'nsubj').some((s) => s.i > pronoun.i)) continue;
    verb.head = say.head;
    verb.rel = 'acl:relcl';
    pronoun.head = verb.i;
    pronoun.rel = kids(g, verb.i, 'aux:pass').length ? 'nsubj:pass' : 'nsubj';
    say.head = verb.i;
    say.rel = 'parataxis';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: an appositive name after a prepositional phrase. "Valdoria's envoy to the
 * League, Ida Voss, said": the parser makes "League" a compound of "Voss" across the comma. A
 * compound separated from its head by a comma is the phrase's real noun; the name after the
 * comma is in apposition to the noun the phrase modifies.
 */
function repairCommaCompound(g: DepGraph): boolean {
  let changed = false;
  for (const x of g.tokens) {
    if (!x.rel.startsWith('nmod') && !x.rel.startsWith('obl')) continue;
    const c = kids(g, x.i, 'compound').find((k) => tok(g, k.i + 1)?.word === ',' && k.i + 1 < x.i);
    const governor = tok(g, x.head);
    if (!c || !governor?.pos.startsWith('NN')) continue;
    c.head = x.head;
    c.rel = x.rel;
    for (const k of kids(g, x.i)) if (k.i < c.i) k.head = c.i;
    x.head = governor.i;
    x.rel = 'appos';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: the main verb after a non-restrictive relative clause. "X, who was later
 * named chief, vowed to …": the parser leaves the name as the root and hangs "vowed" on the
 * relative clause. A finite verb with no subject, right after the comma that closes a relative
 * clause on a root noun, is the sentence's main verb and the noun its subject.
 */
function repairRootlessRelative(g: DepGraph): boolean {
  const root = g.tokens.find((t) => t.head === 0);
  if (!root?.pos.startsWith('NN')) return false;
  for (const rel of kids(g, root.i, 'acl:relcl')) {
    const verb = kids(g, rel.i, 'dep', 'parataxis', 'conj').find(
      (v) => v.i > rel.i && FINITE.test(v.pos) && tok(g, v.i - 1)?.word === ',' && !kids(g, v.i, 'nsubj', 'nsubj:pass', 'cc').length,
    );
    if (!verb) continue;
    verb.head = 0;
    verb.rel = 'root';
    root.head = verb.i;
    root.rel = 'nsubj';
    for (const t of g.tokens) if (t.head === root.i && t.i > verb.i) t.head = verb.i; // the final stop
    return true;
  }
  return false;
}

/**
 * Construction class: a participle of saying read as a subordinator. "X went further, saying Y
 * had failed …": the parser makes "saying" a `mark` of the reported clause. A verb of saying as
 * a marker heads that clause: it hangs where the clause hung, the clause is its complement.
 */
function repairSayingAsMarker(g: DepGraph): boolean {
  let changed = false;
  for (const say of g.tokens) {
    const clause = tok(g, say.head);
    if (say.rel !== 'mark' || say.pos !== 'VBG' || !lexicon().sets.speech.has(say.lem) || !clause?.pos.startsWith('VB')) continue;
    say.head = clause.head;
    say.rel = 'advcl';
    clause.head = say.i;
    clause.rel = 'ccomp';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: an absolute "with" clause. "agreed to hold talks, with Qatar and Turkey
 * mediating": the parser makes the names a with-phrase (a party to the talks) and the
 * participle their adjective. A present participle after the noun of a with-phrase is the
 * clause's verb: the noun is its subject and "with" its marker.
 */
function repairAbsoluteWith(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const noun = tok(g, v.head);
    if (v.pos !== 'VBG' || !/^(amod|acl|dep)$/.test(v.rel) || !noun || v.i < noun.i || !/^(obl|nmod)/.test(noun.rel)) continue;
    const withCase = kids(g, noun.i, 'case').find((k) => k.lem === 'with');
    const governor = tok(g, noun.head);
    if (!withCase || !governor || kids(g, v.i, 'obj').length) continue;
    v.head = governor.i;
    v.rel = 'advcl';
    noun.head = v.i;
    noun.rel = 'nsubj';
    withCase.head = v.i;
    withCase.rel = 'mark';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: subjects coordinated by a comma alone (headline style: "Islamabad, Kabul
 * agree to talks"). Two subjects of one verb, the first closed by the comma right before the
 * second (which no comma closes: that is an appositive), are conjuncts.
 */
function repairCommaSubjects(g: DepGraph): boolean {
  let changed = false;
  for (const v of g.tokens) {
    const [a, b] = kids(g, v.i, 'nsubj');
    if (!a || !b || b.i < a.i || subtreeSpan(g, a.i)[1] + 2 !== subtreeSpan(g, b.i)[0] || tok(g, b.i - 1)?.word !== ',') continue;
    // (not an appositive set off by commas: "the group's spokesman, X, said")
    if (tok(g, subtreeSpan(g, b.i)[1] + 1)?.word === ',') continue;
    b.head = a.i;
    b.rel = 'conj';
    changed = true;
  }
  return changed;
}

/**
 * Construction class: a claim noun in apposition to the whole clause before it. "accused Ostmark
 * of backing the Front, a charge Ostmark rejects", "…, an allegation that Lumen has always
 * denied": the parser hangs the noun on the last noun of the clause (as its apposition) and reads
 * its relative clause as a loose clause, sometimes with the noun as its subject and words of the
 * clause before the comma as its dependents. A claim noun (lexicon `reportNouns`) after a comma
 * and an article, followed by a subject and a verb with no object of its own to the sentence end,
 * comments on the clause: it hangs on the clause's verb, and the clause after it is its relative
 * clause. Dependents of that verb before the comma go back to the clause, the noun right before
 * the comma as the object of the nearest verb before it that has none.
 */
function repairClauseApposition(g: DepGraph): boolean {
  let changed = false;
  for (const n of g.tokens) {
    if (!lexicon().sets.reportNouns.has(n.lem) || !['a', 'an'].includes(tok(g, n.i - 1)?.lem ?? '') || tok(g, n.i - 2)?.word !== ',')
      continue;
    const comma = n.i - 2;
    const v = g.tokens.find((t) => t.i > n.i && t.pos.startsWith('VB') && !['aux', 'aux:pass'].includes(t.rel));
    const between = v ? g.tokens.slice(n.i, v.i - 1) : [];
    const subj = between.filter((t) => /^(NN|PRP)/.test(t.pos)).at(-1);
    // (its object may only be the relative pronoun: "a charge that X rejects")
    const ownObject = v && kids(g, v.i, 'obj').some((o) => !(isRelativePronoun(o) && o.i < v.i));
    if (!v || !subj || ownObject || subtreeSpan(g, v.i)[1] < g.tokens.length - 1) continue;
    if (between.some((t) => !/^(NN|PRP|DT|RB|MD|VB|WDT|IN)/.test(t.pos))) continue;
    // the clause before the comma: the verb v hangs on there, or (v being loose) the verb above the noun before the comma
    const clause = v.head > 0 && v.head < comma ? v.head : verbAbove(g, comma - 1);
    if (clause === undefined || clause === v.i || clause >= comma) continue;
    for (const c of kids(g, v.i).filter((c) => c.i < comma)) {
      const verb = c.rel.startsWith('nsubj') ? nearestVerbWithoutObject(g, c.i) : undefined;
      c.head = verb ?? clause;
      if (verb) c.rel = 'obj';
    }
    attach(n, clause, 'parataxis');
    attach(v, n.i, 'acl:relcl');
    attach(subj, v.i, 'nsubj');
    changed = true;
  }
  return changed;
}

/** The nearest verb before token `i` that has no object. */
function nearestVerbWithoutObject(g: DepGraph, i: number): number | undefined {
  for (let k = i - 1; k >= 1; k--) {
    const t = tok(g, k)!;
    if (t.pos.startsWith('VB') && !kids(g, k, 'obj').length) return k;
  }
  return undefined;
}
