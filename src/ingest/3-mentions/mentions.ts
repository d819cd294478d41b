/**
 * Mention detection in one sentence, left to right, first rule that fires wins at a position:
 *   1. a known alias (knowledge base, caller's actors, aliases learned earlier in the article),
 *      longest first; "NAME (ACR)" and "NAME, commonly known as X" teach the article new aliases;
 *   2. a nationality adjective with a government or force noun ("Pakistani officials");
 *   3. an anaphor: a pronoun, "the (outlawed) group", "the government", "the two sides";
 *   4. a proposed new actor: a capitalised name with a cue to its kind (see propose-actor.ts).
 * Resolution of places, eras and anaphors happens afterwards (resolve.ts, anaphora.ts).
 */
import { metonymAt, nationalityAt as nationalityOn } from '../../knowledge/actors.ts';
import { describedBodyAt } from './described-bodies.ts';
import { type AliasMatch, kindOf, learnAlias, matchAliasAt } from './alias-index.ts';
import { nameKey } from '../1-text/normalize.ts';
import { type ArticleState, governorOf } from '../article-state.ts';
import {
  BOTH_NOUN_KINDS,
  bothNounKey,
  FORCE_NOUNS,
  PERSON_HONORIFICS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_MODIFIERS,
  PLAIN_GOVERNMENT_MODIFIERS,
  GROUP_ANAPHOR_HEADS,
  INSTITUTION_HEADS,
  GROUP_ANAPHOR_MODIFIERS,
  NATIONALITY_MODIFIERS,
  PAIR_ANAPHORS,
  PRONOUNS,
  TITLE_WORDS,
  KIND_HEADS,
  isTitleWordAt,
} from './lexicon-names.ts';
import { isFamilyNameFirst, proposeActor, registerProposed } from './propose-actor.ts';
import { lexicon } from '../lexicon.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Token } from '../1-text/tokens.ts';
import type { AnaphorKind, Mention } from '../types.ts';

/** Words whose kind is no person's: a body's name ends in one (lexicon-names.ts `KIND_HEADS`). */
const BODY_HEADS = KIND_HEADS.filter(([, kind]) => kind !== 'Person').map(([re]) => re);

/**
 * Construction class: a body's name opening with a title word. "The National Assembly passed …",
 * "the Federal Investigation Agency said": a run of capitalised words from `i` (a title word such
 * as "National" or "Federal") that ends in a body's head word is a name to propose, not a title
 * before a person's name ("National Security Adviser X" ends in a name, not a head).
 */
function bodyNameFrom(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k + 1]?.cap && tokens[k + 1]?.kind === 'word' && k - i < 4) k++;
  return k > i && BODY_HEADS.some((re) => re.test(tokens[k]!.lower));
}

function makeMention(
  tokens: readonly Token[],
  first: number,
  end: number,
  id: string,
  state: ArticleState,
  via: Mention['via'],
  confidence = 1,
): Mention {
  const poss = tokens[end]?.kind === 'poss';
  return {
    id,
    kind: kindOf(state.index, id) ?? 'Organization',
    surface: tokens
      .slice(first, end)
      .map((t, k) => (k > 0 && tokens[first + k - 1]!.end < t.start ? ' ' : '') + t.text)
      .join(''),
    first,
    end,
    start: tokens[first]!.start,
    stop: tokens[end - 1]!.end,
    via,
    place: false,
    possessive: poss,
    confidence,
  };
}

/** "Taliban-style", "TTP-linked": a name used inside a hyphenated adjective is not a mention. */
function isHyphenatedModifier(tokens: readonly Token[], end: number): boolean {
  const dash = tokens[end];
  const next = tokens[end + 1];
  // ("Ostmark-backed fighters": a participle of agency keeps its agent a name)
  if (next && lexicon().sets.agentParticiples.has(next.lower)) return false;
  return Boolean(dash && dash.text === '-' && next && next.kind === 'word' && !next.cap && dash.start === tokens[end - 1]!.end);
}

/** "(TTP)" right after a name teaches the acronym; returns the index after the bracket. */
function learnBracketAcronym(tokens: readonly Token[], end: number, id: string, state: ArticleState): number {
  const [open, word, close] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (open?.text !== '(' || word?.kind !== 'word' || close?.text !== ')') return end;
  if (!/^[A-Z][A-Za-z-]{1,7}$/.test(word.text) || (word.text.match(/[A-Z]/g) ?? []).length < 2) return end;
  learnAlias(state.index, word.text, id);
  return end + 3;
}

/** "…, commonly/also/better known as (the) X" teaches X as an alias of the preceding actor. */
function learnKnownAs(tokens: readonly Token[], from: number, id: string, state: ArticleState): number {
  let i = from;
  if (tokens[i]?.text === ',') i++;
  if (['commonly', 'also', 'better', 'widely', 'locally'].includes(tokens[i]?.lower ?? '')) i++;
  if (tokens[i]?.lower !== 'known' || tokens[i + 1]?.lower !== 'as') return from;
  i += 2;
  if (tokens[i]?.lower === 'the') i++;
  const first = i;
  while (tokens[i]?.kind === 'word' && tokens[i]!.cap) i++;
  if (i === first) return from;
  learnAlias(state.index, wordsText(tokens, first, i), id);
  return i;
}

/**
 * "U.S.", "U.K.": single capital letters each followed by a dot, which the tokenizer splits; the
 * lower-case word they spell and the index after them, or null.
 */
function dottedAt(tokens: readonly Token[], i: number): { word: string; end: number } | null {
  let k = i;
  let word = '';
  while (/^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.') {
    word += `${tokens[k]!.lower}.`;
    k += 2;
  }
  return k - i >= 4 ? { word, end: k } : null;
}

/** "Afghan soil", "Pakistani territory": the state's land — a place, which an accusation may still aim at the state. */
const TERRITORY_NOUNS = new Set(['soil', 'land', 'territory', 'airspace']);

function nationalityAt(tokens: readonly Token[], i: number, state: ArticleState): { id: string; end: number; territory?: boolean } | null {
  const dotted = dottedAt(tokens, i);
  // ("Afghanistan's intelligence agency": a country's possessive the tokenizer split off)
  const possessive = tokens[i + 1]?.kind === 'poss' ? nationalityOn(`${tokens[i]!.lower}'s`, state.publishedAt) : undefined;
  const nat = nationalityOn(dotted?.word ?? tokens[i]!.lower, state.publishedAt) ?? possessive;
  if (!nat || !tokens[i]!.cap) return null;
  // ("U.S. special forces": an abbreviation the tokenizer split into letters and dots)
  if (dotted) return nationalHead(nat, tokens, dotted.end);
  // "Pakistani and Afghan troops": the first of coordinated nationality adjectives shares the
  // head of the second ("Pakistani [troops] and Afghan troops"); its mention is the adjective
  const second = tokens[i + 2];
  if (['and', 'or'].includes(tokens[i + 1]?.lower ?? '') && second?.cap && nationalityOn(second.lower, state.publishedAt)) {
    const shared = nationalHead(nat, tokens, i + 3);
    return shared ? { ...shared, end: i + 1 } : null;
  }
  return (
    nationalHead(nat, tokens, tokens[i + 1]?.kind === 'poss' ? i + 2 : i + 1) ??
    civilianGroup(tokens, i, state) ??
    countryAbbreviation(tokens, i, nat.government)
  );
}

/** Nouns after a community's adjective that name the community itself ("the Christian community"). */
const COMMUNITY_HEADS = new Set(['community', 'minority']);

/**
 * Construction class: a religious or ethnic community named as an actor. "The bombing killed 80
 * Christians", "the Hazara community", "attacks on Shias": a capitalised community word (lexicon
 * `communities`: "Christians", "Shias", "Hazaras"), plural or before "community"/"minority",
 * names a group the knowledge base does not hold as an actor; it becomes a proposed
 * Organization named by the phrase (the targets of sectarian attacks are often such groups). An
 * adjective before any other noun ("Christian leaders", "a Shia cleric") names no community.
 */
function communityAt(tokens: readonly Token[], i: number, state: ArticleState): { id: string; end: number } | null {
  const t = tokens[i]!;
  if (!t.cap || !lexicon().sets.communities.has(t.lower.replace(/s$/, ''))) return null;
  const head = tokens[i + 1];
  if (head?.kind === 'word' && COMMUNITY_HEADS.has(head.lower))
    return { id: registerProposed(state, `${t.text} ${head.lower}`, 'Organization'), end: i + 2 };
  if (!t.lower.endsWith('s') || (head?.kind === 'word' && !head.cap && lexicon().sets.civilianGroups.has(head.lower))) return null;
  return { id: registerProposed(state, t.text, 'Organization'), end: i + 1 };
}

/** Words after a noun phrase that show it has ended: auxiliaries, modals, verbs of saying, conjunctions, prepositions. */
const AFTER_NOUN_PHRASE = new Set(
  'has have had is was were are will would could should may might must can said says and or but to of for with in on at by from over against'.split(
    ' ',
  ),
);

/**
 * Construction class: a country's abbreviation as a noun phrase. "The US has accused X", "talks
 * with the UK and Qatar": an all-capitals nationality word (knowledge `nationalities`: "US",
 * "UK", "UAE") that heads no noun of its own — punctuation, an auxiliary, a conjunction, a
 * preposition or a past-tense verb comes next — names the country's government, as its full name
 * does. Before a noun ("US strikes", "US custody") it stays a modifier (see nationalHead).
 */
function countryAbbreviation(tokens: readonly Token[], i: number, government: string | undefined): { id: string; end: number } | null {
  const t = tokens[i]!;
  if (!government || !/^[A-Z]{2,4}$/.test(t.text)) return null;
  const ends = (k: number) => {
    const next = tokens[k];
    return next?.kind !== 'word' || AFTER_NOUN_PHRASE.has(next.text) || /^[a-z]+ed$/.test(next.text);
  };
  // ("US and NATO forces": a conjunction whose capitalised conjunct shares a head noun with it)
  let k = i + 2;
  if (['and', 'or'].includes(tokens[i + 1]?.text ?? '')) while (tokens[k]?.cap) k++;
  const shared = k > i + 2 && !ends(k);
  return ends(i + 1) && !shared ? { id: government, end: i + 1 } : null;
}

/**
 * "Chinese engineers", "Afghan refugees": a nationality adjective before a plural noun for
 * civilians (lexicon `civilianGroups`) names a group the knowledge base may not know; it becomes
 * a proposed Organization named by the phrase (targets of attacks and expulsions are often such
 * groups).
 */
function civilianGroup(tokens: readonly Token[], i: number, state: ArticleState): { id: string; end: number } | null {
  const noun = tokens[i + 1];
  if (noun?.kind !== 'word' || !lexicon().sets.civilianGroups.has(noun.lower)) return null;
  return { id: registerProposed(state, `${tokens[i]!.text} ${noun.lower}`, 'Organization'), end: i + 2 };
}

/** The actor a nationality's noun phrase names from token `j` on (territory, government, forces, army, intelligence), or null. */
function nationalHead(
  nat: NonNullable<ReturnType<typeof nationalityOn>>,
  tokens: readonly Token[],
  from: number,
): { id: string; end: number; territory?: boolean } | null {
  let j = from;
  for (let k = 0; k < 3 && tokens[j]; k++) {
    const w = tokens[j]!.lower;
    if (TERRITORY_NOUNS.has(w) && k === 0 && nat.government) return { id: nat.government, end: j + 1, territory: true };
    // ("Afghan government forces", "government troops": the state's forces, not its government)
    const after = tokens[j + 1]?.lower ?? '';
    if (w === 'government' && (FORCE_NOUNS.has(after) || lexicon().sets.armyNouns.has(after)) && (nat.forces ?? nat.army))
      return { id: nat.forces ?? nat.army!, end: j + 2 };
    if (GOVERNMENT_NOUNS.has(w) && nat.government) return { id: nat.government, end: j + 1 };
    if (FORCE_NOUNS.has(w) && nat.forces)
      return { id: nat.forces, end: w === 'security' && tokens[j + 1]?.lower.startsWith('force') ? j + 2 : j + 1 };
    if (lexicon().sets.armyNouns.has(w) && (nat.army ?? nat.forces)) return { id: nat.army ?? nat.forces!, end: j + 1 };
    if (lexicon().sets.intelligenceNouns.has(w) && nat.intelligence)
      return { id: nat.intelligence, end: lexicon().sets.intelligenceHeads.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1 };
    if (!NATIONALITY_MODIFIERS.has(w) && tokens[j]!.text !== '-') return null;
    j++;
  }
  return null;
}

/**
 * End of a title phrase used as a noun phrase at `j` ("army chief", "interior minister",
 * "COAS"): title words ending in an office head, not followed by a name ("army chief General
 * X" is a title before a name, which the name itself carries). Null when there is none.
 */
function officeAt(tokens: readonly Token[], j: number): number | null {
  const L = lexicon().sets;
  let k = j;
  while (tokens[k] && (TITLE_WORDS.has(tokens[k]!.lower) || L.officeHeads.has(tokens[k]!.lower)) && k - j < 4) k++;
  if (k === j || !L.officeHeads.has(tokens[k - 1]!.lower)) return null;
  const next = tokens[k];
  if (next && next.kind === 'word' && next.cap) return null;
  // "the chief of the TTP", "the spokesman for the government": the phrase names the body
  if (next?.lower === 'of' || next?.lower === 'for') return null;
  return k;
}

/** Nouns a group word modifies rather than heads ("the coalition government"). */
const BODY_AFTER_HEAD = new Set(['government', 'administration', 'cabinet', 'partners']);

/** Words between "the" and "party" in a party anaphor ("the ruling party"). */
const PARTY_ANAPHOR_MODIFIERS = new Set(['ruling', 'opposition', 'same', 'religious', 'political']);

/** Side nouns of "each government … the other", "each side blames the other". */
const EACH_NOUNS = new Set(['government', 'side', 'country', 'party', 'group', 'neighbour', 'neighbor', 'capital', 'state']);

/**
 * "Each (government) accuses the other …": "each" is the principal pair when "the other" follows
 * in the sentence (the verb reads it as a reciprocal); otherwise it is no anaphor.
 */
function eachTheOther(tokens: readonly Token[], i: number): { kind: AnaphorKind; end: number } | null {
  const noun = tokens[i + 1]?.lower ?? '';
  const end = EACH_NOUNS.has(noun) ? i + 2 : i + 1;
  if (tokens[end]?.lower === 'of') return null; // "each of the groups" names its set
  // "each government": the two governments named last; "each side": the principal pair
  const kind: AnaphorKind = BOTH_NOUN_KINDS[bothNounKey(noun)] ? 'both' : 'pair';
  for (let k = end; k < tokens.length - 1; k++) if (tokens[k]!.lower === 'the' && tokens[k + 1]!.lower === 'other') return { kind, end };
  return null;
}

/** Titles after which a bare government body names the speaker's employer ("Foreign Office spokesperson X"). */
const SPEAKER_TITLES = new Set(['spokesman', 'spokesperson', 'spokeswoman']);

/** Words before "government" that make it no bare modifier: a determiner or owner opens its own phrase ("that" is mostly a complementizer: "demanded that government officials resign"). */
const GOVERNMENT_OPENERS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her', 'our', 'any', 'no', 'every', 'each']);

/**
 * Construction class: a government's people named by the bare word. "Government negotiators met
 * the Front", "the Front freed two government officials": lower-case "government" with no
 * determiner or owner before it, right before a noun of lexicon `governmentPeople`, refers to the
 * article's government as "the government" does. ("Afghan government officials" is a
 * nationality's phrase, "the government officials" the plain anaphor.)
 */
function bareGovernmentBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (
    !(t.text === 'government' || (i === 0 && t.text === 'Government')) ||
    !lexicon().sets.governmentPeople.has(tokens[i + 1]?.lower ?? '')
  )
    return false;
  return before?.kind !== 'word' || (!GOVERNMENT_OPENERS.has(before.lower) && !/^\p{Lu}/u.test(before.text));
}

function anaphorAt(tokens: readonly Token[], i: number, state: ArticleState): { kind: AnaphorKind; end: number } | null {
  const t = tokens[i]!;
  const pronoun = PRONOUNS[t.lower];
  // ("US" is the United States, not "us")
  if (pronoun && !(pronoun === 'we' && t.text.length > 1 && t.text === t.text.toUpperCase())) return { kind: pronoun, end: i + 1 };
  if (t.lower === 'each') return eachTheOther(tokens, i);
  if (bareGovernmentBefore(tokens, i)) return { kind: 'government', end: i + 1 };
  // "that network", "this group": a demonstrative group anaphor
  if ((t.lower === 'that' || t.lower === 'this') && GROUP_ANAPHOR_HEADS.has(tokens[i + 1]?.lower ?? ''))
    return { kind: 'group', end: i + 2 };
  // "Foreign Office spokesperson X": a body of the article's government named bare before a title
  if (t.lower !== 'the' && /^\p{Lu}/u.test(t.text))
    for (const words of lexicon().governmentBodies)
      if (
        words.every((w, k) => tokens[i + k]?.lower === w) &&
        SPEAKER_TITLES.has(tokens[i + words.length]?.lower ?? '') &&
        !matchAliasAt(state.index, tokens, i)
      )
        return { kind: 'government', end: i + words.length };
  if (t.lower !== 'the' && t.lower !== 'both') return null;
  // "the two sides", "both sides", "both parties"
  for (const words of PAIR_ANAPHORS) {
    if (t.lower === 'both' && words.length > 1) continue;
    if (words.every((w, k) => tokens[i + 1 + k]?.lower === w)) return { kind: 'pair', end: i + 1 + words.length };
  }
  // "both groups", "both countries": the last two actors of that kind (resolved in anaphora.ts)
  if (t.lower === 'both' && BOTH_NOUN_KINDS[tokens[i + 1]?.lower ?? '']) return { kind: 'both', end: i + 2 };
  if (t.lower !== 'the') return null;
  let j = i + 1;
  while (tokens[j] && GROUP_ANAPHOR_MODIFIERS.has(tokens[j]!.lower)) j++;
  // "the umbrella alliance", "the militant group network": the last of consecutive head words
  while (GROUP_ANAPHOR_HEADS.has(tokens[j]?.lower ?? '') && GROUP_ANAPHOR_HEADS.has(tokens[j + 1]?.lower ?? '')) j++;
  // not when the head modifies a noun ("the coalition government", "the group's leaders" stay)
  if (tokens[j] && GROUP_ANAPHOR_HEADS.has(tokens[j]!.lower) && !BODY_AFTER_HEAD.has(tokens[j + 1]?.lower ?? ''))
    return { kind: 'group', end: j + 1 };
  // "the party", "the ruling party's chief": the party last named (resolved in anaphora.ts)
  j = i + 1;
  while (PARTY_ANAPHOR_MODIFIERS.has(tokens[j]?.lower ?? '')) j++;
  if (tokens[j]?.lower === 'party' && !BODY_AFTER_HEAD.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]?.lower !== 'of')
    return { kind: 'party', end: j + 1 };
  // "the army chief", "the COAS": whoever held the office (resolved in anaphora.ts)
  const office = officeAt(tokens, i + 1);
  if (office) return { kind: 'office', end: office };
  // "the foreign ministry", "the Foreign Office": an office of the article's government
  for (const words of lexicon().governmentBodies) {
    if (words.every((w, k) => tokens[i + 1 + k]?.lower === w) && !matchAliasAt(state.index, tokens, i + 1))
      return { kind: 'government', end: i + 1 + words.length };
  }
  const next = tokens[i + 1];
  // "if the state did not comply": the state acting is the article's government
  // (lower-case and not a name's first word: "the State Department", "the state of emergency")
  const after = tokens[i + 2];
  if (next?.text === 'state' && !['of', "'s"].includes(after?.lower ?? '') && after?.text !== '-' && !/^\p{Lu}/u.test(after?.text ?? ''))
    return { kind: 'government', end: i + 2 };
  // "the interim government in Kabul": a described government names its seat after it (anaphora.ts
  // resolves it there); without the seat, "the interim government" could be any side's, and is none
  let g = i + 1;
  while (GOVERNMENT_MODIFIERS.has(tokens[g]?.lower ?? '')) g++;
  if (
    g > i + 1 &&
    tokens[g]?.lower === 'government' &&
    ['in', 'of'].includes(tokens[g + 1]?.lower ?? '') &&
    !matchAliasAt(state.index, tokens, i + 1)
  )
    return { kind: 'government', end: g + 1 };
  // ("the civilian government", "the federal government": the article's government, as the bare noun)
  if (
    g === i + 2 &&
    PLAIN_GOVERNMENT_MODIFIERS.has(next?.lower ?? '') &&
    tokens[g]?.lower === 'government' &&
    !matchAliasAt(state.index, tokens, i + 1)
  )
    return { kind: 'government', end: g + 1 };
  if (next && (next.lower === 'government' || next.lower === 'country')) {
    const longer = matchAliasAt(state.index, tokens, i + 1);
    if (longer && longer.end > i + 2) return null;
    if (next.lower === 'country' && ['in', 'across', 'throughout'].includes(tokens[i - 1]?.lower ?? '')) return null;
    return { kind: next.lower === 'government' ? 'government' : 'country', end: i + 2 };
  }
  return null;
}

/**
 * Construction class: a body named again by its head noun. "the Salarzai Lashkar … the lashkar",
 * "the Kurram Peace Committee … the committee": a body's name of two or more words ending in a
 * noun of lexicon `echoedHeads` (or a group's hyphened name opened by one of `echoedOpeners`:
 * "Tehreek-e-Taliban Pakistan … the Tehreek") teaches the article "the <noun>" for that body,
 * unless two bodies of the article share the noun (then it is forgotten).
 */
function learnBodyHead(state: ArticleState, m: Mention, tokens: readonly Token[]): void {
  if (!m.id || m.kind === 'Person' || m.place || m.end - m.first < 2) return;
  const head = tokens[m.end - 1];
  // ("Tehreek-e-Taliban Pakistan … the Tehreek": a group's hyphened name opened by a word of
  // lexicon `echoedOpeners` is named again by that word)
  const opener = tokens[m.first];
  const opens = m.kind === 'ArmedGroup' && tokens[m.first + 1]?.text === '-' && lexicon().sets.echoedOpeners.has(opener?.lower ?? '');
  for (const word of [head?.kind === 'word' && lexicon().sets.echoedHeads.has(head.lower) ? head.lower : '', opens ? opener!.lower : '']) {
    if (!word) continue;
    const owner = state.bodyHeads.get(word);
    if (owner === undefined) state.bodyHeads.set(word, m.id);
    else if (owner && owner !== m.id) state.bodyHeads.set(word, '');
  }
}

/** "the committee" at token `i`, when the article has taught it (see `learnBodyHead`): the body's id and the end. */
function echoedBodyAt(tokens: readonly Token[], i: number, state: ArticleState): { id: string; end: number } | null {
  const next = tokens[i + 1];
  if (tokens[i]?.lower !== 'the' || next?.kind !== 'word') return null;
  const id = state.bodyHeads.get(next.lower);
  // (not the first word of another name, "the Committee for Peace", nor another body told by its
  // of-phrase, "the lashkar of Vessa")
  const after = tokens[i + 2];
  // (nor the first word of a hyphened name: "the Tehreek-e-Taliban of Pakistan")
  if (after?.text === '-' && after.start === next.end) return null;
  return id && !(after?.kind === 'word' && (after.cap || after.lower === 'of')) ? { id, end: i + 2 } : null;
}

/**
 * Second references by surname ("Mohammad Sharifullah … Sharifullah said"): a person named
 * with two or more words teaches the article their last word, unless two people of the article
 * share it (then it is forgotten) or it already names something else.
 */
function learnSurname(state: ArticleState, m: Mention, tokens: readonly Token[]): void {
  if (m.kind !== 'Person' || m.end - m.first < 2) return;
  // ("Wang Yi" … "Wang": a family name written first is the surname)
  const first = tokens[m.first]!;
  const familyFirst = m.end - m.first <= 3 && isFamilyNameFirst(first.lower);
  for (const word of familyFirst ? [first] : [tokens[m.end - 1]!, distinctiveFirstName(tokens, m)]) {
    if (word?.kind !== 'word' || word.text.length < 4 || !word.cap) continue;
    const key = nameKey(word.text);
    const owner = state.surnames.get(key);
    if (owner === undefined) {
      if (learnAlias(state.index, word.text, m.id)) state.surnames.set(key, m.id);
    } else if (owner && owner !== m.id) {
      state.index.entries.delete(key);
      state.surnames.set(key, '');
    }
  }
}

/**
 * Second references by a distinctive first name ("Baitullah Mehsud … after Baitullah was
 * killed"), usual for names of the region where the last word is a tribe many share: the first
 * word after honorifics and titles, when it is not the last word and not an everyday given name
 * (lexicon `everydayGivenNames`: "Mohammad" or "Imran" alone name nobody in particular).
 */
function distinctiveFirstName(tokens: readonly Token[], m: Mention): Token | undefined {
  let f = m.first;
  while (f < m.end - 1 && (PERSON_HONORIFICS.has(tokens[f]!.lower) || TITLE_WORDS.has(tokens[f]!.lower))) f++;
  const t = tokens[f];
  return t && f < m.end - 1 && t.text.length >= 5 && !lexicon().sets.everydayGivenNames.has(t.lower) ? t : undefined;
}

/** Finds the raw mentions of one sentence (anaphors unresolved, places not yet disambiguated). */
/**
 * Construction class: a place-named faction. "the Swat Taliban", "the Mohmand Taliban": a known
 * place right before a name that means an armed group only locally (knowledge `localAliases`) is
 * that place's faction, a new actor, not the group the bare name means elsewhere.
 */
function placeFaction(tokens: readonly Token[], place: AliasMatch, state: ArticleState): { id: string; end: number } | null {
  if (kindOf(state.index, place.entry.id) !== 'Location' || !tokens[place.end]?.cap) return null;
  const key = nameKey(tokens[place.end]!.text);
  const local = [...state.index.actors.values()].some(
    (a) => a.kind === 'ArmedGroup' && (a.localAliases ?? []).some((l) => l.aliases.some((x) => nameKey(x) === key)),
  );
  if (!local) return null;
  const name = `${wordsText(tokens, place.first, place.end)} ${tokens[place.end]!.text}`;
  return { id: registerProposed(state, name, 'ArmedGroup'), end: place.end + 1 };
}

/**
 * Construction class: a place's authorities. "the Kandahar authorities", "the Kunar
 * administration", "Punjab's caretaker government": a known place that is no capital standing for
 * a state (no metonym), followed (after a possessive and words that describe a government without
 * naming it, `GOVERNMENT_MODIFIERS`) by a noun for its rulers (lexicon `placeAuthorities`), is the
 * government that governs it in the knowledge base, else a new government named by the phrase.
 */
function placeAuthorities(tokens: readonly Token[], place: AliasMatch, state: ArticleState): { id: string; end: number } | null {
  let k = place.end;
  if (tokens[k]?.kind === 'poss') k++;
  while (k - place.end < 3 && (GOVERNMENT_MODIFIERS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'provincial')) k++;
  const noun = tokens[k];
  if (kindOf(state.index, place.entry.id) !== 'Location' || !noun || !lexicon().sets.placeAuthorities.has(noun.lower)) return null;
  const surface = wordsText(tokens, place.first, place.end);
  if (metonymAt(surface.toLowerCase(), state.publishedAt)) return null;
  // (a described body the knowledge base has no governor for stays unnamed: "Kunar's new administration")
  const governor = governorOf(state, place.entry.id);
  if (!governor && k > place.end) return null;
  return { id: governor ?? registerProposed(state, `${surface} ${noun.lower}`, 'Government'), end: k + 1 };
}

/**
 * Construction class: an institution named after an actor. "the Army Public School", "Bacha Khan
 * University": a known name followed by capitalised words ending in an institution head
 * (`INSTITUTION_HEADS`) is the institution, a new organisation, not the actor; so is a place's
 * council.
 */
function institutionAt(tokens: readonly Token[], alias: AliasMatch, state: ArticleState): { id: string; end: number } | null {
  let k = alias.end;
  while (tokens[k]?.kind === 'word' && tokens[k]!.cap && !matchAliasAt(state.index, tokens, k)) k++;
  // "the Swat Qaumi Jirga", "the Ostmark Elders Council": after a place and a capitalised word, a
  // capitalised council noun (lexicon `councilHeads`) closes the name even where the knowledge
  // base knows the noun alone as a body
  const council = (t: Token | undefined) =>
    kindOf(state.index, alias.entry.id) === 'Location' && Boolean(t?.cap) && lexicon().sets.councilHeads.has(t!.lower);
  if (k > alias.end && council(tokens[k])) k++;
  else if (k === alias.end || !(INSTITUTION_HEADS.test(tokens[k - 1]!.text) || (k - 1 > alias.end && council(tokens[k - 1])))) return null;
  return { id: registerProposed(state, wordsText(tokens, alias.first, k), 'Organization'), end: k };
}

/** The text of tokens [from, to) joined by single spaces. */
function wordsText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

export function findMentions(sentence: Sentence, state: ArticleState): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const alias = matchAliasAt(state.index, tokens, i);
    const faction = alias ? placeFaction(tokens, alias, state) : null;
    if (faction) {
      mentions.push(makeMention(tokens, i, faction.end, faction.id, state, 'proposed', 0.7));
      i = faction.end;
      continue;
    }
    const authorities = alias ? placeAuthorities(tokens, alias, state) : null;
    if (authorities) {
      mentions.push(makeMention(tokens, i, authorities.end, authorities.id, state, 'proposed', 0.7));
      i = authorities.end;
      continue;
    }
    const institution = alias ? institutionAt(tokens, alias, state) : null;
    if (institution) {
      mentions.push(makeMention(tokens, i, institution.end, institution.id, state, 'proposed', 0.7));
      i = institution.end;
      continue;
    }
    // "Afghanistan's intelligence agency", "Pakistan's army": a country's possessive before a force
    // or intelligence noun names that body, not the country (its government stays the alias's)
    // (not before the body's own name in apposition — "India's spy agency, the RAW," or "India's
    // intelligence agency RAW" names both, and the appositive states whose it is)
    const owned = alias && tokens[alias.end]?.kind === 'poss' ? nationalityAt(tokens, i, state) : null;
    const government = nationalityOn(`${t.lower}'s`, state.publishedAt)?.government;
    let next = owned?.end ?? 0;
    if (tokens[next]?.text === ',') next++;
    if (tokens[next]?.lower === 'the') next++;
    const apposed = owned !== null && Boolean(tokens[next]?.cap);
    if (owned && owned.end > alias!.end + 1 && !owned.territory && owned.id !== government && !apposed) {
      mentions.push(makeMention(tokens, i, owned.end, owned.id, state, 'nationality', 0.9));
      i = owned.end;
      continue;
    }
    // "the US Navy", "US troops": a country's name before a service noun (lexicon `armyNouns`)
    // names its forces, not a service of the same name the knowledge base knows ("navy")
    const service = alias && lexicon().sets.armyNouns.has(tokens[alias.end]?.lower ?? '') ? nationalityAt(tokens, i, state) : null;
    if (service && !service.territory && service.end > alias!.end && service.id !== alias!.entry.id) {
      mentions.push(makeMention(tokens, i, service.end, service.id, state, 'nationality', 0.9));
      i = service.end;
      continue;
    }
    if (alias && !isHyphenatedModifier(tokens, alias.end)) {
      const m = makeMention(tokens, alias.first, alias.end, alias.entry.id, state, 'alias');
      mentions.push(m);
      learnSurname(state, m, tokens);
      learnBodyHead(state, m, tokens);
      i = learnKnownAs(tokens, learnBracketAcronym(tokens, alias.end, alias.entry.id, state), alias.entry.id, state);
      continue;
    }
    const nat = nationalityAt(tokens, i, state);
    if (nat) {
      const m = makeMention(tokens, i, nat.end, nat.id, state, 'nationality', 0.9);
      m.place = Boolean(nat.territory);
      mentions.push(m);
      i = nat.end;
      continue;
    }
    const echo = echoedBodyAt(tokens, i, state);
    if (echo) {
      mentions.push(makeMention(tokens, i, echo.end, echo.id, state, 'alias', 0.8));
      i = echo.end;
      continue;
    }
    const described = describedBodyAt(tokens, i, state);
    if (described) {
      mentions.push(makeMention(tokens, i, described.end, described.id, state, 'proposed', 0.6));
      i = described.end;
      continue;
    }
    const community = communityAt(tokens, i, state);
    if (community) {
      mentions.push(makeMention(tokens, i, community.end, community.id, state, 'proposed', 0.6));
      i = community.end;
      continue;
    }
    const ana = anaphorAt(tokens, i, state);
    if (ana) {
      const m = makeMention(tokens, i, ana.end, '', state, 'anaphor', 0.6);
      m.anaphor = ana.kind;
      mentions.push(m);
      i = ana.end;
      continue;
    }
    if (t.cap && (!isTitleWordAt(tokens, i) || PERSON_HONORIFICS.has(t.lower) || bodyNameFrom(tokens, i))) {
      const proposed = proposeActor(tokens, i, state);
      if (proposed) {
        const m = makeMention(tokens, i, proposed.end, proposed.id, state, proposed.via, proposed.confidence);
        mentions.push(m);
        learnSurname(state, m, tokens);
        learnBodyHead(state, m, tokens);
        i = learnBracketAcronym(tokens, proposed.end, proposed.id, state);
        continue;
      }
    }
    i++;
  }
  return mentions;
}
