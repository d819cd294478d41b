/**
 * Proposing actors the knowledge base does not know, from a capitalised name in the text.
 *
 * A capitalised run of words is only proposed when something tells its kind, because
 * sentence-initial words, places and headings are capitalised too:
 *   - a title or rank just before it ("Interior Minister X", "Lt. Gen. X") → Person;
 *   - a role apposition before or after it ("the group's spokesperson, X," / "X, the chief of") → Person;
 *   - a person noun or an age before it, set off by commas ("arrested a teenager, X,", "a 15-year-old, X") → Person;
 *   - a speech verb right after a two-or-three word name ("X said") → Person;
 *   - a leading participle's by-phrase ("a faction led by X", "commanded by X") → Person;
 *   - an honorific opening the name ("Mufti X", "Mullah X") → Person;
 *   - a head word closing it ("… group", "… Police", "… Party") → that head's kind;
 *   - a descriptive appositive after it ("X, a little-known militant outfit,") → its head's kind.
 * Before a new id is minted the name is compared, within its kind, with the known names
 * (edit-distance similarity ≥ 0.85), so misspellings ("Sirajuddin Haqani") resolve to the known actor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../config.ts';
import { distance } from 'fastest-levenshtein';
import type { EntityKind } from '../../model/vocabulary.ts';
import { type AliasMatch, kindOf, learnAlias, matchAliasAt, namesOfKind } from './alias-index.ts';
import type { ArticleState } from '../article-state.ts';
import { isTitleWordAt, KIND_HEADS, PERSON_HONORIFICS, PERSON_POST_HONORIFICS, PERSON_TITLE_CUES, TITLE_WORDS } from './lexicon-names.ts';
import { lexicon } from '../lexicon.ts';
import { nameKey, slugify } from '../1-text/normalize.ts';
import type { Token } from '../1-text/tokens.ts';

const CONNECTORS = new Set(['ul', 'ur', 'ud', 'al', 'e', 'i', 'bin', 'ibn', 'of']);
/**
 * Role nouns that, in apposition to an unknown capitalised name, make it a person ("X, the
 * director of Y,"): these, and every one-word leader or spokesperson noun of the lexicon `roles`
 * (see `isRoleNoun`). Member nouns stay listed one by one: "a member of the alliance" may follow
 * a group's name.
 */
const ROLE_NOUNS = new Set([
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'commander',
  'chief',
  'leader',
  'emir',
  'head',
  'minister',
  'founder',
  'deputy',
  'official',
  'envoy',
  'general',
  'president',
  'ambassador',
  'representative',
  'adviser',
  'advisor',
  'governor',
  'counterpart',
  'aide',
  'assistant',
]);
/** True when `word` is a role noun for `roleApposition` (see `ROLE_NOUNS`). */
function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  const type = lexicon().roles.get(word);
  return type === 'LEADS' || type === 'SPOKESPERSON_FOR';
}

/** Prepositions that may follow a role noun before the name in apposition ("envoy to the UN, X"). */
const ROLE_PREPS = new Set(['to', 'of', 'in', 'for', 'at']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'claimed', 'announced', 'warned']);
/** Participles whose by-phrase names a person who leads ("led by X", "commanded by X"). */
const LEADING_PARTICIPLES = new Set(['led', 'headed', 'commanded', 'founded', 'chaired']);
const GROUP_HEADS = new Set(['group', 'faction', 'network', 'outfit', 'militia']);
/** Plural nouns for a group's fighters, after its name ("Jund-e-Karn militants"). */
const FIGHTER_NOUNS = new Set(['militants', 'fighters', 'insurgents', 'gunmen', 'cadres', 'jihadists']);
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'however',
  'but',
  'and',
  'since',
  'after',
  'before',
  'according',
  'earlier',
  'later',
  'this',
  'that',
  'these',
  'those',
  'last',
  'it',
  'he',
  'they',
  'we',
  'i',
  'his',
  'its',
  'their',
  'our',
  'as',
  'for',
  'with',
  'while',
  'when',
  'if',
  'although',
  'other',
  'some',
  'no',
  'neither',
  'both',
  // calendar words are dates, never actors
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

const nameLists = new Map<string, Set<string>>();

/** True for a common given name of the list (lower-case word). */
export function isGivenName(lower: string): boolean {
  return nameList('given-names.yaml').has(lower);
}

/** True for a family name written first ("Wang" of "Wang Yi"; lower-case word). */
export function isFamilyNameFirst(lower: string): boolean {
  return nameList('family-names-first.yaml').has(lower);
}

/** True for a family, clan or tribal name that closes a person's name ("Khan" of "Mukarram Khan"; lower-case word). */
export function isFamilyNameLast(lower: string): boolean {
  return nameList('family-names-last.yaml').has(lower);
}

/** A list of capitalised names (knowledge/lexicon/FILE), lower-cased; loaded and validated once. */
function nameList(file: string): Set<string> {
  let names = nameLists.get(file);
  if (!names) {
    const raw = parseYaml(readFileSync(path.join(PROJECT_ROOT, 'knowledge', 'lexicon', file), 'utf8'));
    const list = z.array(z.string().regex(/^[A-Z][a-z]+$/, 'a capitalised name')).safeParse(raw);
    if (!list.success)
      throw new Error(`knowledge/lexicon/${file}: ${list.error.issues[0]?.path.join('.')}: ${list.error.issues[0]?.message}`);
    names = new Set(list.data.map((n) => n.toLowerCase()));
    nameLists.set(file, names);
  }
  return names;
}

export interface Proposal {
  id: string;
  end: number;
  via: 'proposed' | 'fuzzy';
  confidence: number;
}

/** Ministerial title heads whose title words may be joined by "of" and "for". */
const MINISTERIAL = new Set(['minister', 'secretary']);

function titleBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '.' || t.text === '-') continue;
      break;
    }
    // "Minister of State for Interior X", "Secretary for Foreign Affairs X": of/for joining the words
    // of a ministerial title ("Chief of Army Staff General X" keeps its own name boundary)
    if (['of', 'for'].includes(t.lower) && MINISTERIAL.has(tokens[k - 1]?.lower ?? '')) continue;
    if (['of', 'for'].includes(t.lower) && TITLE_WORDS.has(tokens[k - 1]?.lower ?? '') && MINISTERIAL.has(tokens[k - 3]?.lower ?? ''))
      continue;
    if (!isTitleWordAt(tokens, k)) break;
    if (PERSON_TITLE_CUES.has(t.lower)) return true;
    seen++;
  }
  return false;
}

/** "15-year-old" ending at token `k` (the tokenizer splits it at its hyphens). */
function isAge(tokens: readonly Token[], k: number): boolean {
  const words = [k - 4, k - 2, k].map((j) => tokens[j]?.lower ?? '');
  return /^\d+$/.test(words[0]!) && words[1] === 'year' && words[2] === 'old' && tokens[k - 1]?.text === '-';
}

function roleApposition(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  const beforeWord = tokens[first - 2];
  if (before?.text === ',' && beforeWord && isRoleNoun(beforeWord.lower)) return true;
  // "arrested a 15-year-old, X,", "a tribal elder, X,": a person noun (lexicon `personNouns`) or an
  // age right before the comma, the name closed by a comma or the sentence's end
  const closed = !tokens[end] || tokens[end]!.text === ',' || tokens[end]!.text === '.';
  if (before?.text === ',' && beforeWord && closed && (lexicon().sets.personNouns.has(beforeWord.lower) || isAge(tokens, first - 2)))
    return true;
  // "Pakistan's envoy to the UN, X,": a role noun with a short prepositional phrase after it,
  // the name closed by a comma
  if (before?.text === ',' && tokens[end]?.text === ',') {
    for (let k = first - 2, seen = 0; k >= 0 && seen < 5; k--, seen++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') break;
      if (isRoleNoun(w.lower)) return ROLE_PREPS.has(tokens[k + 1]?.lower ?? '');
    }
  }
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) if (isRoleNoun(tokens[k]!.lower)) return true;
  // "X, a 15-year-old schoolgirl and activist,", "X, his son,": a person noun heading the
  // appositive (lexicon `personNouns`), before any preposition or clause
  const people = lexicon().sets.personNouns;
  if (!['a', 'an', 'the', 'his', 'her', 'their'].includes(tokens[end + 1]?.lower ?? '')) return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 10); k++) {
    const w = tokens[k]!;
    if (people.has(w.lower)) return true;
    if ((w.kind === 'punct' && w.text !== '-') || APPOSITIVE_STOPS.has(w.lower)) return false;
  }
  return false;
}

/** Heads of a descriptive appositive that tell an organisation's kind ("X, a little-known militant outfit,"). */
const APPOSITIVE_KIND: Readonly<Record<string, EntityKind>> = {
  group: 'ArmedGroup',
  outfit: 'ArmedGroup',
  faction: 'ArmedGroup',
  militia: 'ArmedGroup',
  network: 'ArmedGroup',
  offshoot: 'ArmedGroup',
  party: 'PoliticalParty',
  organisation: 'Organization',
  organization: 'Organization',
  charity: 'Organization',
  agency: 'Organization',
  council: 'Organization',
  jirga: 'Organization',
  shura: 'Organization',
  committee: 'Organization',
};
const APPOSITIVE_STOPS = new Set(['of', 'in', 'for', 'from', 'with', 'to', 'on', 'by', 'that', 'which', 'who', 'and', 'or']);
const MILITANT_WORDS = new Set(['militant', 'armed', 'jihadist', 'terrorist', 'insurgent', 'extremist', 'splinter', 'banned', 'outlawed']);

/**
 * Construction class: descriptive appositive. "X, a little-known militant group, …", "X, a
 * splinter faction of Y": the appositive's head noun tells the kind of the name before it; a
 * militant modifier makes an organisation an armed group. The head must come within a short
 * noun phrase opened by an article.
 */
function appositiveKind(tokens: readonly Token[], at: number): EntityKind | null {
  // (past the name's bracketed acronym: "X (XYZ), a Shia political party,")
  const end = tokens[at]?.text === '(' && tokens[at + 1]?.kind === 'word' && tokens[at + 2]?.text === ')' ? at + 3 : at;
  if (tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? '')) return null;
  let militant = false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 8); k++) {
    const w = tokens[k]!;
    if ((w.kind === 'punct' && w.text !== '-') || APPOSITIVE_STOPS.has(w.lower)) return null; // the head comes before its of-phrase
    // (a possessor is not the head: "X, the group's spokesman," describes no group)
    const kind = tokens[k + 1]?.kind === 'poss' ? undefined : APPOSITIVE_KIND[w.lower];
    if (kind) return militant && kind === 'Organization' ? 'ArmedGroup' : kind;
    if (MILITANT_WORDS.has(w.lower)) militant = true;
  }
  return null;
}

/**
 * Construction class: a description before the name in apposition. "A little-known group, X,
 * claimed …", "a new outfit, X,": the head noun right before the comma that opens the name tells
 * its kind (as one after the name does, `appositiveKind`).
 */
function describedBefore(tokens: readonly Token[], first: number): EntityKind | null {
  if (tokens[first - 1]?.text !== ',') return null;
  return APPOSITIVE_KIND[tokens[first - 2]?.lower ?? ''] ?? null;
}

/**
 * Construction class: the complement of a title ("Chief of Army Staff", "Chief of the Naval
 * Staff"): a lone capitalised word after "of" and the title's other words belongs to the title,
 * not to a name of its own.
 */
function titleComplement(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first !== 1) return false;
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.lower === 'the' || (tokens[k]!.cap && TITLE_WORDS.has(tokens[k]!.lower)))) k--;
  return tokens[k]?.lower === 'of' && TITLE_WORDS.has(tokens[k - 1]?.lower ?? '');
}

function inferKind(tokens: readonly Token[], first: number, end: number): { kind: EntityKind; end: number } | null {
  if (titleComplement(tokens, first, end)) return null;
  // Construction class: a descriptor capitalised as a heading's first word. "Militant group and
  // Islamabad resume contacts": a run of fighter words only (lexicon `unnamedFighters`) before a
  // group noun describes a group; it names none
  if (tokens.slice(first, end).every((t) => lexicon().sets.unnamedFighters.has(t.lower.replace(/s$/, '')))) return null;
  const after = tokens[end];
  if (after && after.kind === 'word' && GROUP_HEADS.has(after.lower)) return { kind: 'ArmedGroup', end: end + 1 };
  // ("Jund-e-Karn militants ambushed …": a new name before a noun for its fighters is their group)
  if (after && after.kind === 'word' && FIGHTER_NOUNS.has(after.lower) && end - first > 1) return { kind: 'ArmedGroup', end };
  const last = tokens[end - 1]!.lower;
  for (const [re, kind] of KIND_HEADS) if (re.test(last) && end - first > 1) return { kind, end };
  // ("the Diocese of Karn", "the Federation of Dorn Traders": an organisation's head before its
  // of-phrase; "the Ministry of Foreign Affairs" is an office of a government, not a new actor)
  const of = tokens.slice(first + 1, end - 1).findIndex((t) => t.lower === 'of');
  const headBeforeOf = of >= 0 ? tokens[first + of]!.lower : '';
  const organisation = KIND_HEADS.find(([, kind]) => kind === 'Organization')![0];
  if (headBeforeOf && organisation.test(headBeforeOf)) return { kind: 'Organization', end };
  // "Iqbal Park", "Saddar Bazaar": a place, whatever its first word
  if (lexicon().sets.placeHeads.has(last)) return null;
  if (end - first > 1 && KIND_HEADS[0]![0].test(tokens[first]!.lower)) return { kind: 'ArmedGroup', end };
  const described = appositiveKind(tokens, end) ?? describedBefore(tokens, first);
  if (described) return { kind: described, end };
  if (titleBefore(tokens, first) || roleApposition(tokens, first, end)) return { kind: 'Person', end };
  if (PERSON_HONORIFICS.has(tokens[first]!.lower) && end - first > 1) return { kind: 'Person', end };
  // (words of the name, not its hyphens or the connectors they join: "Abu Omar al-Harbi" has three)
  const joined = (k: number) => CONNECTORS.has(tokens[k]!.lower) && tokens[k + 1]?.text === '-';
  let words = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.kind === 'word' && !joined(k)) words++;
  if (words >= 2 && words <= 3 && after && SPEECH_VERBS.has(after.lower)) return { kind: 'Person', end };
  // "X Y, who identified himself as …": a relative "who" is said of people
  if (words >= 2 && words <= 3 && after?.text === ',' && tokens[end + 1]?.lower === 'who') return { kind: 'Person', end };
  // "a faction led by X Y", "the unit commanded by X Y": a leader's name
  if (words >= 2 && words <= 3 && tokens[first - 1]?.lower === 'by' && LEADING_PARTICIPLES.has(tokens[first - 2]?.lower ?? ''))
    return { kind: 'Person', end };
  // Construction class: a lower-case role noun before a name. "PTM activist X Y", "senior
  // journalist X Y": a role noun of the lexicon (or a noun for a person, lexicon `personNouns`)
  // written in lower case right before a two- or three-word name
  const role = tokens[first - 1];
  if (
    words >= 2 &&
    words <= 3 &&
    role?.kind === 'word' &&
    !role.cap &&
    (lexicon().roles.has(role.lower) || lexicon().sets.personNouns.has(role.lower))
  )
    return { kind: 'Person', end };
  if (words >= 2 && words <= 4 && isGivenName(tokens[first]!.lower)) return { kind: 'Person', end };
  // "Judge Rafaqat Ahmad Awan": an unlisted first name before a listed given name (not the
  // sentence's first word, which may be any capitalised word)
  if (words >= 3 && words <= 4 && first > 0 && isGivenName(tokens[first + 1]?.lower ?? '')) return { kind: 'Person', end };
  if (words >= 2 && words <= 3 && isFamilyNameFirst(tokens[first]!.lower)) return { kind: 'Person', end };
  if (words >= 2 && words <= 3 && isFamilyNameLast(tokens[end - 1]!.lower)) return { kind: 'Person', end };
  return null;
}

/**
 * Person names match word by word: a transliteration changes a letter or two in a word
 * ("Haqani"/"Haqqani"), while another surname sharing the given name ("Rahmatullah Najib" /
 * "Rahmatullah Nabil") is another person, though the whole names are as close.
 */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  return x.length === y.length && x.every((w, k) => distance(w, y[k]!) <= (w.length >= 7 ? 2 : 1));
}

function fuzzyKnown(state: ArticleState, key: string, kind: EntityKind): string | null {
  if (key.length < 8) return null;
  let best: string | null = null;
  let bestScore = 0.85;
  for (const cand of namesOfKind(state.index, kind)) {
    if (Math.abs(cand.key.length - key.length) > 4) continue;
    const score = 1 - distance(cand.key, key) / Math.max(cand.key.length, key.length);
    if (score >= bestScore && (kind !== 'Person' || sameWords(cand.key, key))) [best, bestScore] = [cand.id, score];
  }
  return best;
}

/**
 * Construction class: a relative's full name. "Hammad Azhar, his son": a known person's one-word
 * name (surname) right after capitalised words that are neither titles nor honorifics, and not
 * part of any known name of that person, ends another person's name.
 */
function relativesName(tokens: readonly Token[], i: number, j: number, known: AliasMatch, state: ArticleState): boolean {
  const person = state.index.actors.get(known.entry.id);
  if (known.end !== j + 1 || person?.kind !== 'Person') return false;
  const before = tokens.slice(i, j);
  if (!before.every((t) => t.kind === 'word' && t.cap && !TITLE_WORDS.has(t.lower) && !PERSON_HONORIFICS.has(t.lower))) return false;
  const own = [person.name, ...person.aliases].flatMap((n) => n.toLowerCase().split(/\s+/));
  return !before.some((t) => own.includes(t.lower));
}

/**
 * Construction class: honorifics and given names opening a known person's name. "Mian Muhammad
 * Nawaz Sharif", "Syed Arshad Hussain Shah": a run of honorifics (at least one) and given names
 * right before a known person's name is part of that name, not a person of its own.
 */
function opensKnownName(tokens: readonly Token[], i: number, end: number, state: ArticleState): boolean {
  const known = matchAliasAt(state.index, tokens, end);
  if (!known || state.index.actors.get(known.entry.id)?.kind !== 'Person') return false;
  const run = tokens.slice(i, end);
  return run.some((t) => PERSON_HONORIFICS.has(t.lower)) && run.every((t) => PERSON_HONORIFICS.has(t.lower) || isGivenName(t.lower));
}

/**
 * Construction class: another person sharing a surname. "Karel Brandt spoke … Jonas Brandt was
 * killed": a name whose last word is the surname the article learned for a person, after given
 * names that are not that person's (nor titles or honorifics), is another person.
 */
function namesakeOfKnownSurname(
  tokens: readonly Token[],
  i: number,
  end: number,
  state: ArticleState,
): { kind: EntityKind; end: number } | null {
  // (a capitalised first word of the sentence is a name only when it is a known given name: "Then Brandt")
  if (end - i < 2 || (i === 0 && !isGivenName(tokens[i]!.lower))) return null;
  const owner = state.surnames.get(nameKey(tokens[end - 1]!.text));
  const person = owner ? state.index.actors.get(owner) : undefined;
  if (person?.kind !== 'Person') return null;
  const before = tokens.slice(i, end - 1);
  if (!before.every((t) => t.kind === 'word' && t.cap && !TITLE_WORDS.has(t.lower) && !PERSON_HONORIFICS.has(t.lower))) return null;
  const own = [person.name, ...person.aliases].flatMap((n) => n.toLowerCase().split(/\s+/));
  return before.some((t) => own.includes(t.lower)) ? null : { kind: 'Person', end };
}

/**
 * Construction class: a body named "the <head> of <state or place>". "the Communist Party of
 * Ostmark", "the Supreme Council of Valdoria": a name that reaches "of" after a word that tells
 * a kind (`KIND_HEADS`) goes on through the known state or place after it, which ends it.
 * The head's kind is the name's.
 */
function ofKnownPlace(tokens: readonly Token[], i: number, end: number, state: ArticleState): { kind: EntityKind; end: number } | null {
  const head = KIND_HEADS.find(([re]) => re.test(tokens[end - 2]?.lower ?? ''));
  if (end - i < 3 || tokens[end - 1]!.lower !== 'of' || !head) return null;
  const known = matchAliasAt(state.index, tokens, end);
  const kind = known ? kindOf(state.index, known.entry.id) : undefined;
  return known && (kind === 'Location' || kind === 'Government') ? { kind: head[1], end: known.end } : null;
}

/** Endings of a word that, hyphened to a name, make the whole a modifier ("Front-backed", "Tarn-based"). */
const MODIFIER_ENDING = /^([a-z]{2,}(ed|ing)|run|born|like|style|bound|wide|free|made|led|held)$/;

/**
 * Construction class: a name with a lower-case hyphened syllable ("Ban Ki-moon", "Kim Jong-un"):
 * a lower-case word joined by a bare hyphen to the capitalised word before it continues the
 * name, unless it makes the whole a modifier (`MODIFIER_ENDING`).
 */
function hyphenedSyllable(tokens: readonly Token[], j: number): boolean {
  const [before, hyphen, t] = [tokens[j - 2], tokens[j - 1], tokens[j]!];
  if (hyphen?.text !== '-' || !before?.cap || before.end !== hyphen.start || hyphen.end !== t.start) return false;
  return t.kind === 'word' && /^[a-z]+$/.test(t.text) && !MODIFIER_ENDING.test(t.lower) && !CONNECTORS.has(t.lower);
}

/** Proposes an actor for the capitalised name starting at token `i`, or null when nothing tells its kind. */
export function proposeActor(tokens: readonly Token[], i: number, state: ArticleState): Proposal | null {
  if (NOT_NAMES.has(tokens[i]!.lower) || lexicon().sets.discourseAdverbs.has(tokens[i]!.lower)) return null;
  let end = i + 1;
  while (end < tokens.length && tokens[end - 1]!.joinsNext) {
    let j = end;
    while (tokens[j]?.kind === 'punct') j++;
    const t = tokens[j];
    if (t?.kind !== 'word') break;
    // a lower-case connector continues the name when the next word is capitalised ("Lashkar-e-Zafar")
    let k = j + 1;
    while (tokens[k]?.kind === 'punct' && /^[-–‐]$/.test(tokens[k]!.text)) k++;
    if (!t.cap && !(CONNECTORS.has(t.lower) && tokens[k]?.cap) && !hyphenedSyllable(tokens, j)) break;
    // a known name starts here (a learned surname, or a person's one-word name after a given name, may end another name)
    const known = matchAliasAt(state.index, tokens, j);
    if (known && !state.surnames.has(nameKey(t.text)) && !relativesName(tokens, i, j, known, state)) break;
    end = j + 1;
  }
  if (opensKnownName(tokens, i, end, state)) return null;
  // ("Captain X Shaheed", "X Sahib": an honorific after the name closes the mention but is no part of the name)
  const full = end;
  while (end - i > 1 && PERSON_POST_HONORIFICS.has(tokens[end - 1]!.lower)) end--;
  const found = ofKnownPlace(tokens, i, end, state) ?? inferKind(tokens, i, end) ?? namesakeOfKnownSurname(tokens, i, end, state);
  if (!found) return null;
  const inferred = found.end === end && found.kind === 'Person' ? { ...found, end: full } : found;
  const name = tokens
    .slice(i, found.end)
    .map((t, k) => (k > 0 && tokens[i + k - 1]!.end < t.start ? ' ' : '') + t.text)
    .join('');
  const key = nameKey(name);
  const fuzzy = fuzzyKnown(state, key, inferred.kind);
  if (fuzzy) return { id: fuzzy, end: inferred.end, via: 'fuzzy', confidence: 0.8 };
  return { id: registerProposed(state, name, inferred.kind), end: inferred.end, via: 'proposed', confidence: 0.7 };
}

/** Adds a proposed actor of this name and kind to the article's index (once); returns its id. */
export function registerProposed(state: ArticleState, name: string, kind: EntityKind): string {
  let id = slugify(name);
  const clash = state.index.actors.get(id);
  if (clash && clash.kind !== kind) id = `${id}-${kind.toLowerCase()}`;
  if (!state.index.actors.has(id)) {
    state.index.actors.set(id, { id, name, kind, aliases: [] });
    state.proposed.add(id);
  }
  learnAlias(state.index, name, id);
  return id;
}
