/**
 * Repairs of attachments the parser gets wrong in a recognisable way, applied once per sentence
 * before any relation pattern reads the parse (so every pattern sees the same corrected tree).
 *
 * Construction class: trailing communicative participle. In "X said his government had made no
 * commitment to free the prisoners, rejecting a demand …" the parser hangs "rejecting" on the
 * deepest verb of the reported clause ("free"), so it would inherit that clause's subject and its
 * negation. A participle of saying, demanding, accusing, threatening or rejecting, set off by a
 * comma, without a subject of its own, inside the complement of a verb of saying, is the
 * speaker's act: it is re-attached to the verb of saying as an adverbial clause. Participles of
 * other verbs ("…, killing four soldiers") stay where they are: they continue the reported event.
 */
import { type DepGraph, kids, tok } from './dependency-graph.ts';
import { communicativeVerb, lexicon } from '../lexicon.ts';

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

/** Returns `g` with its repairs applied (tokens and the children index updated in place). */
export function repairAttachments(g: DepGraph): DepGraph {
  const speech = lexicon().sets.speech;
  let changed = false;
  for (const t of g.tokens) {
    if (t.pos !== 'VBG' || !ADJUNCT.has(t.rel) || tok(g, t.i - 1)?.word !== ',') continue;
    if (kids(g, t.i, 'nsubj').length || !communicativeVerb(t.lem)) continue;
    const speaker = governingSpeech(g, t.head, speech);
    if (!speaker || speaker === t.head) continue;
    t.head = speaker;
    t.rel = 'advcl';
    changed = true;
  }
  if (changed) {
    g.children.clear();
    for (const t of g.tokens) g.children.set(t.head, [...(g.children.get(t.head) ?? []), t]);
  }
  return g;
}
