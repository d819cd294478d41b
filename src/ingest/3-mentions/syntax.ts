/**
 * Shallow syntax for the mention stage, which runs before the parse: the preposition before a
 * mention ("in Afghanistan" is a place) and whether a mention looks like its clause's subject
 * (anaphora prefers subjects). The relation patterns use the real parse instead.
 */
import { TITLE_WORDS } from './lexicon-names.ts';
import type { Token } from '../1-text/tokens.ts';
import type { Mention } from '../types.ts';

export const PREPOSITIONS = new Set([
  'of',
  'in',
  'with',
  'by',
  'from',
  'to',
  'on',
  'against',
  'at',
  'for',
  'over',
  'into',
  'inside',
  'across',
  'between',
  'among',
  'about',
  'through',
  'toward',
  'towards',
  'within',
  'under',
  'after',
  'before',
  'since',
  'during',
  'without',
  'upon',
  'near',
  'via',
  'beyond',
  'like',
  'including',
  'than',
  'behind',
  'amid',
  'despite',
  'throughout',
  'outside',
  'around',
]);

/** Words that may sit between a preposition and its noun ("against the outlawed TTP"). */
/** Determiners and possessive determiners. */
export const DETERMINER_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
]);

const NP_MODIFIERS = new Set([
  ...DETERMINER_WORDS,
  'some',
  'several',
  'many',
  'two',
  'three',
  'four',
  'five',
  'senior',
  'top',
  'outlawed',
  'banned',
  'proscribed',
  'interim',
  'acting',
  'new',
  'former',
  'certain',
  'local',
  'provincial',
  'federal',
  'militant',
  'armed',
  'alleged',
  'suspected',
  'various',
  'individual',
  'then',
  'ruling',
  'current',
  'coalition',
  'caretaker',
  'undocumented',
  'little',
  'known',
  'high',
  'level',
  'overthrown',
  'ousted',
  'civilian',
  'military',
  'so',
  'called',
  'all',
  'other',
  'both',
  'neighbouring',
  // (place modifiers: "from eastern Afghanistan", "in restive North Waziristan")
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
  'remote',
  'restive',
  'mountainous',
  'rugged',
]);

/** The preposition governing the noun phrase that starts at token `first`, or null. */
export function prepositionBefore(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (['-', '"', '“', '‘', "'", '.'].includes(t.text)) continue;
      return null;
    }
    if (t.kind === 'poss') {
      steps++;
      continue;
    }
    if (PREPOSITIONS.has(t.lower)) return t.lower;
    // (also a capitalised owner of a title: "with Valdoria Chief Minister X")
    const titleOwner = t.cap && TITLE_WORDS.has(tokens[k + 1]?.lower ?? '');
    if (NP_MODIFIERS.has(t.lower) || /^\d/.test(t.text) || TITLE_WORDS.has(t.lower) || titleOwner) {
      steps++;
      continue;
    }
    return null;
  }
  return null;
}

/** Nouns after a possessive that keep the possessor as the actor ("the TTP's leadership said"). */
const AGENTIVE_HEADS = new Set(['leadership', 'leaders', 'government', 'statement', 'forces', 'fighters', 'administration', 'authorities']);

/** A mention that can be the subject of its clause: not a place, not behind a preposition, not a mere possessor. */
export function isSubjectLike(tokens: readonly Token[], m: Mention): boolean {
  if (m.place || m.anaphor === 'pair' || m.anaphor === 'both') return false;
  // "its spokesman", "their demand": a possessive determiner is the possessor, not the agent,
  // unless it owns the agent itself ("their forces fired").
  if (/^(its|their|his)$/i.test(m.surface) && !AGENTIVE_HEADS.has(tokens[m.end]?.lower ?? '')) return false;
  if (m.possessive && !AGENTIVE_HEADS.has(tokens[m.end + 1]?.lower ?? '')) return false;
  return prepositionBefore(tokens, m.first) === null;
}

/** `vp`: a coordinated verb phrase ("… and urged X") that shares the subject of its main clause. */
