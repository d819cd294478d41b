/**
 * Shallow syntax without a parser: prepositions before a mention, clause segments, and the
 * subject of a clause. Good enough for news prose, where the agent of an act is usually the
 * first bare noun phrase of its clause and objects/places sit behind prepositions.
 */
import { TITLE_WORDS } from './lexicon-names.ts';
import type { Token } from '../1-text/tokens.ts';
import type { Mention } from '../types.ts';

export const PREPOSITIONS = new Set([
  'of', 'in', 'with', 'by', 'from', 'to', 'on', 'against', 'at', 'for', 'over', 'into', 'inside', 'across', 'between', 'among', 'about',
  'through', 'toward', 'towards', 'within', 'under', 'after', 'before', 'since', 'during', 'without', 'upon', 'near', 'via', 'beyond',
  'like', 'including', 'than', 'behind', 'amid', 'despite', 'throughout', 'outside', 'around',
]);

/** Words that may sit between a preposition and its noun ("against the outlawed TTP"). */
const NP_MODIFIERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'five',
  'senior', 'top', 'outlawed', 'banned', 'proscribed', 'interim', 'acting', 'new', 'former', 'certain', 'local', 'provincial', 'federal',
  'militant', 'armed', 'alleged', 'suspected', 'various', 'individual', 'then', 'ruling', 'current', 'coalition', 'caretaker', 'undocumented',
  'little', 'known', 'high', 'level', 'overthrown', 'ousted', 'civilian', 'military', 'so', 'called', 'all', 'other', 'both', 'neighbouring',
]);

/** The preposition governing the noun phrase that starts at token `first`, or null. */
export function prepositionBefore(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (['-', '"', '“', '‘', "'", '.'].includes(t.text)) continue;
      return null;
    }
    if (t.kind === 'poss') { steps++; continue; }
    if (PREPOSITIONS.has(t.lower)) return t.lower;
    if (NP_MODIFIERS.has(t.lower) || /^\d/.test(t.text) || (t.cap && TITLE_WORDS.has(t.lower)) || TITLE_WORDS.has(t.lower)) { steps++; continue; }
    return null;
  }
  return null;
}

/** Nouns after a possessive that keep the possessor as the actor ("the TTP's leadership said"). */
const AGENTIVE_HEADS = new Set(['leadership', 'leaders', 'government', 'statement', 'forces', 'fighters', 'administration', 'authorities']);

/** A mention that can be the subject of its clause: not a place, not behind a preposition, not a mere possessor. */
export function isSubjectLike(tokens: readonly Token[], m: Mention): boolean {
  if (m.place || (m.anaphor === 'pair')) return false;
  // "its spokesman", "their demand": a possessive determiner is the possessor, not the agent,
  // unless it owns the agent itself ("their forces fired").
  if (/^(its|their|his)$/i.test(m.surface) && !AGENTIVE_HEADS.has(tokens[m.end]?.lower ?? '')) return false;
  if (m.possessive && !AGENTIVE_HEADS.has(tokens[m.end + 1]?.lower ?? '')) return false;
  return prepositionBefore(tokens, m.first) === null;
}

/** `vp`: a coordinated verb phrase ("… and urged X") that shares the subject of its main clause. */
export type ClauseType = 'main' | 'rel' | 'comp' | 'coord' | 'vp';

export interface Clause {
  start: number;
  end: number;
  type: ClauseType;
}

const REPORTING = new Set(['said', 'says', 'say', 'claimed', 'claims', 'alleged', 'alleges', 'insisted', 'insists', 'believe', 'believes', 'warned', 'announced', 'declared', 'revealed', 'added', 'note', 'noted', 'recalled', 'reported', 'clear', 'told', 'stated', 'argued', 'confirmed', 'denied', 'denies', 'acknowledged', 'vowed', 'hinted']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'whenever', 'if', 'unless']);

const ADVERBS = /^(instead|also|then|later|again|secretly|publicly|openly|repeatedly|still|even|further|subsequently|\w+ly)$/;
const FINITE = /^(\w+ed|has|have|had|is|was|were|will|would|may|might|could|should|says|said|vowed|urges|warns|calls|accuses|blames|rejects|threatens|took|gave|made|struck|told|met|held|sought|went|hit)$/;

/** "and (instead) urged …": a verb right after the conjunction starts a coordinated verb phrase. */
function startsVerbPhrase(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && ADVERBS.test(tokens[k]!.lower) && !FINITE.test(tokens[k]!.lower)) k++;
  const w = tokens[k];
  return Boolean(w && w.kind === 'word' && !w.cap && FINITE.test(w.lower));
}

/** Splits a sentence into clauses at ; : dashes, ", and/but", relative pronouns, "that" and speech verbs. */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const starts: Array<{ at: number; type: ClauseType }> = [{ at: 0, type: 'main' }];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if ([';', ':', '—', '–'].includes(prev.text)) starts.push({ at: i, type: 'coord' });
    else if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'or') && startsVerbPhrase(tokens, i + 1)) starts.push({ at: i + 1, type: 'vp' });
    else if (prev.text === ',' && (t.lower === 'and' || t.lower === 'but')) starts.push({ at: i + 1, type: 'coord' });
    else if (t.lower === 'which' || t.lower === 'who' || t.lower === 'whose') starts.push({ at: i, type: 'rel' });
    else if (t.lower === 'that') starts.push({ at: i + 1, type: REPORTING.has(prev.lower) || prev.text === ',' ? 'comp' : 'rel' });
    else if (SUBORDINATORS.has(t.lower)) starts.push({ at: i, type: 'coord' });
    else if (REPORTING.has(prev.lower) && !['denied', 'told'].includes(prev.lower) && t.kind === 'word' && t.lower !== 'that' && !PREPOSITIONS.has(t.lower)) starts.push({ at: i, type: 'comp' });
  }
  const clauses: Clause[] = [];
  starts.sort((a, b) => a.at - b.at);
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const end = starts[k + 1]?.at ?? tokens.length;
    if (end > s.at) clauses.push({ start: s.at, end, type: s.type });
  }
  return clauses;
}

/** Index of the clause containing token `i`. */
export function clauseAt(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.start <= i) return k;
  return 0;
}
