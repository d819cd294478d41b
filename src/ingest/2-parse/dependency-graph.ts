/**
 * A sentence's Universal Dependencies parse as the relation patterns read it: tokens with
 * article offsets, children per head, enhanced++ edges per dependent and per head.
 *
 * The parse comes from the local CoreNLP service (src/parser-local/); this module only indexes
 * it. Positions are the parser's 1-based token indexes (0 is the root).
 */
import type { EnhancedEdge, ParsedSentence, ParsedToken } from '../../parser-local/index.ts';
import { lexicon } from '../lexicon.ts';

export interface DepToken extends ParsedToken {
  /** Character offsets into the article (the sentence offset added). */
  absStart: number;
  absEnd: number;
  /** Lower-cased lemma. */
  lem: string;
}

export interface DepGraph {
  /** tokens[i - 1] is token i. */
  tokens: DepToken[];
  parsed: boolean;
  children: Map<number, DepToken[]>;
  enhancedIn: Map<number, EnhancedEdge[]>;
  enhancedOut: Map<number, EnhancedEdge[]>;
}

/**
 * Construction class: a joint act ("co-mediated by X", "co-hosted the talks", "co-sponsors"): a
 * verb or noun of the lexicon with the prefix "co-" is that predicate, done together with others.
 */
function withoutJointPrefix(lem: string): string {
  const L = lexicon();
  if (!lem.startsWith('co-') || L.roles.has(lem)) return lem;
  const bare = lem.slice(3);
  return L.verbs.has(bare) || L.nouns.has(bare) ? bare : lem;
}

/** Indexes one parsed sentence; `toArticle` maps the parser's offsets to the article's (see mask-names.ts). */
export function buildGraph(parsed: ParsedSentence, toArticle: (start: number, end: number) => [number, number]): DepGraph {
  const tokens = parsed.tokens.map((t) => {
    const [absStart, absEnd] = toArticle(t.start, t.end);
    const lem = withoutJointPrefix(t.lemma.toLowerCase());
    return { ...t, absStart, absEnd, lem: lexicon().lemmaFixes.get(t.word.toLowerCase()) ?? lem };
  });
  const children = new Map<number, DepToken[]>();
  for (const t of tokens) children.set(t.head, [...(children.get(t.head) ?? []), t]);
  const enhancedIn = new Map<number, EnhancedEdge[]>();
  const enhancedOut = new Map<number, EnhancedEdge[]>();
  for (const e of parsed.enhanced) {
    enhancedIn.set(e.dep, [...(enhancedIn.get(e.dep) ?? []), e]);
    enhancedOut.set(e.head, [...(enhancedOut.get(e.head) ?? []), e]);
  }
  return { tokens, parsed: parsed.parsed, children, enhancedIn, enhancedOut };
}

/** Token `i` (1-based), or undefined for the root and out-of-range indexes. */
export function tok(g: DepGraph, i: number): DepToken | undefined {
  return i >= 1 ? g.tokens[i - 1] : undefined;
}

/** Children of `i`, optionally only those whose relation is one of `rels` (subtypes match their base: "obl" matches "obl:tmod"). */
export function kids(g: DepGraph, i: number, ...rels: string[]): DepToken[] {
  const all = g.children.get(i) ?? [];
  if (rels.length === 0) return all;
  return all.filter((c) => rels.includes(c.rel) || rels.includes(c.rel.split(':')[0]!));
}

/** The lemma of the case marker or marker of `i` ("by", "on", "between", "of"), or ''. */
export function caseOf(g: DepGraph, i: number): string {
  const marks = kids(g, i, 'case', 'mark');
  return marks.map((m) => m.lem).join(' ');
}

/** Enhanced++ dependents of `i` whose relation starts with `prefix`. */
export function enhancedKids(g: DepGraph, i: number, prefix: string): number[] {
  return (g.enhancedOut.get(i) ?? []).filter((e) => e.rel === prefix || e.rel.startsWith(`${prefix}:`)).map((e) => e.dep);
}

/** The nearest verb at or above token `i` (up to eight heads up). */
export function verbAbove(g: DepGraph, i: number): number | undefined {
  let x = tok(g, i);
  for (let hops = 0; x && hops < 8; hops++, x = tok(g, x.head)) if (x.pos.startsWith('VB')) return x.i;
  return undefined;
}

/** Finite verb tags: past, third-person present, other present. */
export const FINITE = /^VB[DZP]$/;

/** A finite verb, or a perfect with a finite "have" ("has rejected", "had held"). */
export function isFiniteOrPerfect(g: DepGraph, v: DepToken): boolean {
  return FINITE.test(v.pos) || (v.pos === 'VBN' && kids(g, v.i, 'aux').some((a) => a.lem === 'have' && FINITE.test(a.pos)));
}

/** Re-attaches token `t` to `head` with relation `rel` (a repair's edit; the caller re-indexes children). */
export function attach(t: DepToken, head: number, rel: string): void {
  t.head = head;
  t.rel = rel;
}

/** Re-attaches the sentence-final punctuation hung on `from` to `to` (a repair that moved the clause `from` heads). */
export function moveFinalPunct(g: DepGraph, from: number, to: number): void {
  for (const p of kids(g, from, 'punct').filter((p) => p.i === g.tokens.length)) p.head = to;
}

/** Removes the enhanced++ edges out of `i` whose relation starts with `prefix` (a repair that moved `i` invalidates them). */
export function dropEnhanced(g: DepGraph, i: number, prefix: string): void {
  const gone = (e: EnhancedEdge) => e.head === i && (e.rel === prefix || e.rel.startsWith(`${prefix}:`));
  g.enhancedOut.set(
    i,
    (g.enhancedOut.get(i) ?? []).filter((e) => !gone(e)),
  );
  for (const [dep, edges] of g.enhancedIn)
    g.enhancedIn.set(
      dep,
      edges.filter((e) => !gone(e)),
    );
}

/** True when `i` is a verb form (or an adjective/noun used as a copular predicate). */
export function isVerb(t: DepToken): boolean {
  return t.pos.startsWith('VB');
}

/** The phrasal lemma of `i`: "turn down", "carry out" when it has a particle, else its lemma. */
export function phrasalLemma(g: DepGraph, i: number): string | undefined {
  const prt = kids(g, i, 'compound:prt')[0];
  return prt ? `${tok(g, i)!.lem} ${prt.lem}` : undefined;
}

/** A reflexive pronoun ("himself", "itself", "themselves"). */
export function isReflexive(t: DepToken): boolean {
  return /^(?:my|your|him|her|it|our|them|one)sel(?:f|ves)$/i.test(t.word);
}

/**
 * Multiword noun lemma: "safe haven", "peace talks", "prime minister" (compound or amod before
 * it). A proper name that opens with a common noun is an instance of it: "Operation Thunderbolt"
 * is an operation.
 */
export function nounLemmas(g: DepGraph, i: number): string[] {
  const t = tok(g, i)!;
  const out = [t.lem];
  for (const c of kids(g, i, 'compound', 'amod')) if (c.i === i - 1) out.unshift(`${c.lem} ${t.lem}`);
  const first = kids(g, i, 'compound')[0];
  if (t.pos.startsWith('NNP') && first?.pos.startsWith('NNP') && first.i < i) out.push(first.lem.toLowerCase());
  // a named operation ("Operation Rah-e-Rast", whatever the tags of its name) is an operation
  else if (first && first.i < i && /^\p{Lu}/u.test(first.word) && lexicon().sets.operationNouns.has(first.lem.toLowerCase()))
    out.push(first.lem.toLowerCase());
  return out;
}

/** First and last token index of the subtree of `i` (punctuation included). */
export function subtreeSpan(g: DepGraph, i: number): [number, number] {
  let lo = i;
  let hi = i;
  const stack = [i];
  while (stack.length) {
    const x = stack.pop()!;
    for (const c of g.children.get(x) ?? []) {
      if (c.rel === 'punct') continue;
      lo = Math.min(lo, c.i);
      hi = Math.max(hi, c.i);
      stack.push(c.i);
    }
  }
  return [lo, hi];
}

/** True when `word` is among the case and mark words of `i` ("that behind" has "behind"). */
export function hasCase(g: DepGraph, i: number, word: string): boolean {
  return caseOf(g, i).split(' ').includes(word);
}

/** True for a noun with a definite determiner ("the attack", "this demand", "that assault"). */
export function isDefinite(g: DepGraph, i: number): boolean {
  // (a demonstrative the parser tags as a preposition hangs on the noun as amod: "rejected that condition")
  return kids(g, i, 'det', 'amod').some((d) => (d.rel === 'det' && d.lem === 'the') || DEMONSTRATIVES.has(d.word.toLowerCase()));
}

/** Demonstrative determiners. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** True for a relative pronoun: who, whom, whose, which, that (as a relativiser). */
export function isRelativePronoun(t: DepToken): boolean {
  return t.pos === 'WP' || t.pos === 'WP$' || t.pos === 'WDT';
}

/**
 * The noun a relative pronoun stands for: the head of the relative clause it is in ("the Front,
 * which attacked …", "X, whose spokesman said …"). When the parser did not build the relative
 * clause (it often hangs "whose N" on the next verb), the noun just before the comma that opens
 * it. Hand-written: the parse's enhanced++ `ref` edge is missing exactly in those broken cases.
 */
export function antecedentOf(g: DepGraph, t: DepToken): number | undefined {
  if (!isRelativePronoun(t)) return undefined;
  let x: DepToken | undefined = t;
  for (let k = 0; k < 4 && x; k++) {
    if (x.rel === 'acl:relcl') return x.head || undefined;
    x = tok(g, x.head);
  }
  const comma = tok(g, t.i - 1);
  const before = tok(g, t.i - 2);
  return comma?.word === ',' && before?.pos.startsWith('NN') ? before.i : undefined;
}
