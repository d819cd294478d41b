/**
 * Construction class: a body described, not named. "A jirga of some 50 tribal elders spent days
 * talking to the group's leaders", "a delegation of religious scholars led by X pressed the
 * Front", "the government-backed peace committees warned …": a noun for a gathered body with no
 * owner of its own is an actor the article introduces. The knowledge base cannot know it, and a
 * name-based proposal (propose-actor.ts) never sees it: it is written in lower case.
 *
 * Lexicon `describedBodies` lists the nouns, the kind of body each is and what description it
 * needs: some are bodies only with an of-phrase of people ("a delegation of religious scholars",
 * not "a delegation arrived"), some with any modifier or of-phrase ("a four-member committee";
 * "a committee nominated by Valdoria" is Valdoria's). The description runs from the first lower-case modifier to the noun and
 * its of-phrase (at most `OF_WORDS` lower-case words). Not a body with an owner before it: a
 * possessive, a name or a nationality ("the Front's shura", "a Valdorian delegation") names the
 * owner's, nor a modifier that names a state's officials ("a government committee", lexicon
 * `ownerModifiers`). A later "the jirga" refers back to it (the article's echoed heads,
 * mentions.ts).
 */
import type { EntityKind } from '../../model/vocabulary.ts';
import type { ArticleState } from '../article-state.ts';
import type { Token } from '../1-text/tokens.ts';
import { lexicon } from '../lexicon.ts';
import { registerProposed } from './propose-actor.ts';
import { DETERMINER_WORDS } from './syntax.ts';

/** How many words an of-phrase may add to the description ("of some 50 tribal elders"). */
const OF_WORDS = 5;
/** How many modifiers may come before the noun ("the government-backed peace committees"). */
const MODIFIERS = 3;
/** Function words, which no description is made of. */
const FUNCTION_WORDS = new Set([...DETERMINER_WORDS, 'of', 'for', 'by', 'as', 'but', 'not']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words that close an of-phrase: the clause or another phrase begins. */
const CLOSERS = new Set([
  'and',
  'or',
  'who',
  'which',
  'that',
  'from',
  'in',
  'to',
  'on',
  'at',
  'with',
  'led',
  'headed',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
]);

/** The described body starting at token `i` (a determiner), with its id and end; null when there is none. */
export function describedBodyAt(tokens: readonly Token[], i: number, state: ArticleState): { id: string; end: number } | null {
  const det = tokens[i];
  if (!det || !DETERMINERS.has(det.lower) || tokens[i - 1]?.kind === 'poss') return null;
  const modifiers = modifiersFrom(tokens, i + 1);
  const head = tokens[modifiers.end];
  const noun = head && bodyNoun(head);
  if (!head || !noun || head.cap || modifiers.words.some((m) => lexicon().sets.ownerModifiers.has(m))) return null;
  const end = ofPhraseEnd(tokens, modifiers.end + 1);
  const described = modifiers.words.length > 0 || end > modifiers.end + 1;
  if ((noun.needs === 'of' && end === modifiers.end + 1) || (noun.needs === 'description' && !described)) return null;
  const name = tokens
    .slice(i + 1, end)
    .map((t) => t.text)
    .join(' ')
    .replace(/ - /g, '-');
  return { id: registerBody(state, name, noun.kind, singular(head.lower)), end };
}

/**
 * The lower-case modifiers from token `from` on, at most `MODIFIERS` ("four-member", "tribal",
 * "government-backed"; a hyphenated one is one modifier), and the index after them.
 */
function modifiersFrom(tokens: readonly Token[], from: number): { words: string[]; end: number } {
  const words: string[] = [];
  let k = from;
  while (tokens[k] && isModifier(tokens[k]!) && !bodyNoun(tokens[k]!) && words.length < MODIFIERS) {
    let word = tokens[k]!.lower;
    while (tokens[k + 1]?.text === '-' && tokens[k + 2] && isModifier(tokens[k + 2]!)) {
      word += `-${tokens[k + 2]!.lower}`;
      k += 2;
    }
    words.push(word);
    k++;
  }
  return { words, end: k };
}

/** The end of the description at token `at`: past an of-phrase of people ("of some 50 tribal elders"), else `at`. */
function ofPhraseEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'of') return at;
  let last = 0;
  for (let j = at + 1; j < at + 1 + OF_WORDS && tokens[j] && isModifier(tokens[j]!); j++)
    if (lexicon().sets.personNouns.has(singular(tokens[j]!.lower))) last = j;
  return last ? last + 1 : at;
}

/**
 * Proposes the body under its description, with its noun as its short name, and teaches the
 * article that noun for a later "the jirga" (unless two bodies share it). Returns its id.
 */
function registerBody(state: ArticleState, name: string, kind: EntityKind, noun: string): string {
  const id = registerProposed(state, name, kind);
  const entry = state.index.actors.get(id);
  if (entry && state.proposed.has(id) && !entry.aliases.includes(noun))
    state.index.actors.set(id, { ...entry, aliases: [...entry.aliases, noun] });
  const owner = state.bodyHeads.get(noun);
  if (owner === undefined) state.bodyHeads.set(noun, id);
  else if (owner !== id) state.bodyHeads.set(noun, '');
  return id;
}

/** A lower-case word or number that may describe a body. */
function isModifier(t: Token): boolean {
  return t.kind === 'word' && !t.cap && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !CLOSERS.has(t.lower);
}

function singular(word: string): string {
  return word.replace(/men$/, 'man').replace(/(?<=[^s])s$/, '');
}

function bodyNoun(t: Token): { kind: EntityKind; needs: string } | undefined {
  return lexicon().describedBodies.get(singular(t.lower));
}
