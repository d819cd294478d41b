/**
 * Unnamed people as discourse referents: "seven militants", "the attackers", "hostage-takers",
 * "troops" are not names, but a later "they" or "their demand" refers to them. This finds them
 * at the token level (the parse comes later) so that anaphora can count them among the
 * antecedents; what they stand for is the article's default referent of their side
 * (referents.ts). Relation patterns read argument nouns from the parse instead
 * (4-relations/arguments.ts), with the same word lists.
 *
 * Not unnamed: a noun with an owner next to it ("TTP militants", "Pakistani soldiers", "its
 * fighters", "militants of the TTP"), which names its side itself.
 *
 * Construction class: a captor named by its captive. "The three were freed by their captors",
 * "the engineers' kidnappers": the owner of a captor noun (lexicon `captorNouns`) is whom they
 * held or attacked, not their side, so they stay unnamed fighters.
 */
import { lexicon } from '../lexicon.ts';
import type { ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Mention } from '../types.ts';
import { referentsAt } from './referents.ts';

const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our']);
const OWNER_PHRASES = new Set(['of', 'from', 'belonging', 'linked', 'affiliated', 'loyal']);

/** The unnamed-people noun phrases of a sentence, with the id of the side they stand for (or ''). */
export function findUnnamed(sentence: Sentence, mentions: readonly Mention[], state: ArticleState): Mention[] {
  const L = lexicon().sets;
  const tokens = sentence.tokens;
  const covered = (i: number) => mentions.some((m) => m.first <= i && i < m.end);
  const referents = referentsAt(state, sentence.index);
  // ("the soldiers" after "four Levy soldiers" are those Levy soldiers, not the article's army)
  const out: Mention[] = repeatedHead(sentence, state, covered);
  const repeated = (i: number) => out.some((m) => m.first === i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || covered(i) || repeated(i)) continue;
    const compound = tokens[i - 1]?.text === '-' && tokens[i - 2] ? `${tokens[i - 2]!.lower}-${t.lower}` : '';
    const forms = [t.lower, compound].filter(Boolean).flatMap((f) => [f, f.replace(/s$/, ''), f.replace(/men$/, 'man')]);
    const side = forms.some((f) => L.unnamedFighters.has(f))
      ? 'fighters'
      : forms.some((f) => L.unnamedSoldiers.has(f))
        ? 'soldiers'
        : undefined;
    if (!side) continue;
    // "jet fighters", "fighter jets": aircraft, not militants
    if (L.aircraftWords.has(tokens[i - 1]?.lower ?? '') || L.aircraftWords.has(tokens[i + 1]?.lower ?? '')) continue;
    const first = compound ? i - 2 : i;
    const before = tokens[first - 1];
    // ("their captors", "the engineers' kidnappers": the owner of a captor noun is whom they held)
    const captor = forms.some((f) => L.captorNouns.has(f));
    if (!captor && before && (before.kind === 'poss' || OWNER_WORDS.has(before.lower) || covered(first - 1))) continue;
    const after = tokens.slice(i + 1, i + 5);
    // "militants of the TTP", "gunmen belonging to the X group": the phrase after names their side
    if (OWNER_PHRASES.has(after[0]?.lower ?? '') && after.some((_, k) => covered(i + 1 + k))) continue;
    const id = (side === 'fighters' ? referents.armedGroup : referents.army) ?? '';
    out.push({
      id,
      kind: side === 'fighters' ? 'ArmedGroup' : 'SecurityForce',
      surface: tokens
        .slice(first, i + 1)
        .map((x) => x.text)
        .join(''),
      first,
      end: i + 1,
      start: tokens[first]!.start,
      stop: t.end,
      via: 'unnamed',
      place: false,
      possessive: tokens[i + 1]?.kind === 'poss',
      confidence: 0.6,
    });
  }
  out.push(...countedBack(sentence, state, covered));
  return out;
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen']);
/** Words that may follow a bare count ("all seven were killed", "all seven of them"). */
const AFTER_COUNT = new Set(['of', 'were', 'was', 'had', 'have', 'are', 'in', 'on', 'at', 'after', 'before', 'inside', 'within']);

/**
 * Construction class: a bare count referring back. "Seven militants stormed the school … Army
 * commandos killed all seven": "all seven" / "the seven" with no noun after it are the people
 * counted so in the last three sentences (unnamed, or of a named side: "seven TTP militants").
 */
function countedBack(sentence: Sentence, state: ArticleState, covered: (i: number) => boolean): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const count = NUMBER_WORDS.has(t.lower) || /^\d+$/.test(t.lower);
    if (!count || covered(i) || !['all', 'the'].includes(tokens[i - 1]!.lower)) continue;
    if (next && next.kind === 'word' && !AFTER_COUNT.has(next.lower)) continue;
    for (let back = 0; back <= 3 && out.length === 0; back++) {
      const earlier = state.sentences[sentence.index - back];
      // ("Seven TTP militants": a named side counted too)
      const named = (state.mentions[sentence.index - back] ?? []).filter(
        (m) => !m.anaphor && (m.kind === 'ArmedGroup' || m.kind === 'SecurityForce'),
      );
      const pool = back === 0 ? [] : [...named, ...(state.unnamed[sentence.index - back] ?? [])].sort((a, b) => a.first - b.first);
      const counted = pool.filter((m) => m.id && earlier?.tokens[m.first - 1]?.lower === t.lower).at(-1);
      if (counted) out.push({ ...counted, first: i, end: i + 1, start: t.start, stop: t.end, surface: t.text, possessive: false });
    }
  }
  return out;
}

/** How far back a repeated head noun looks for the phrase it repeats, in sentences. */
const REPEAT_REACH = 3;

/**
 * Construction class: a definite plural repeating a named side's people. "The Front abducted
 * three Levy officers … The kidnappers freed the officers": "the officers" (plural, "the" alone
 * before it) repeats the head noun of a phrase in the last `REPEAT_REACH` sentences whose name
 * (an armed group or a security force) came right before that noun, and stands for that side.
 */
function repeatedHead(sentence: Sentence, state: ArticleState, covered: (i: number) => boolean): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const plural = /^(\p{Ll}+s|\p{Ll}*men)$/u.test(t.text) && !t.text.endsWith('ss');
    if (!plural || t.kind !== 'word' || covered(i) || tokens[i - 1]!.lower !== 'the' || tokens[i + 1]?.kind === 'poss') continue;
    for (let back = 1; back <= REPEAT_REACH && out.every((m) => m.first !== i); back++) {
      const earlier = state.sentences[sentence.index - back];
      const named = (state.mentions[sentence.index - back] ?? []).filter(
        (m) => m.id && !m.anaphor && !m.place && (m.kind === 'ArmedGroup' || m.kind === 'SecurityForce'),
      );
      const repeated = named.filter((m) => earlier?.tokens[m.end]?.lower === t.lower).at(-1);
      if (repeated) out.push({ ...repeated, first: i, end: i + 1, start: t.start, stop: t.end, surface: t.text, possessive: false });
    }
  }
  return out;
}
