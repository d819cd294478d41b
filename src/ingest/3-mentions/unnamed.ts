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
 */
import { lexicon } from '../lexicon.ts';
import type { ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Mention } from '../types.ts';
import { articleReferents } from './referents.ts';

const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our']);
const OWNER_PHRASES = new Set(['of', 'from', 'belonging', 'linked', 'affiliated', 'loyal']);

/** The unnamed-people noun phrases of a sentence, with the id of the side they stand for (or ''). */
export function findUnnamed(sentence: Sentence, mentions: readonly Mention[], state: ArticleState): Mention[] {
  const L = lexicon().sets;
  const tokens = sentence.tokens;
  const covered = (i: number) => mentions.some((m) => m.first <= i && i < m.end);
  const referents = articleReferents(state);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || covered(i)) continue;
    const compound = tokens[i - 1]?.text === '-' && tokens[i - 2] ? `${tokens[i - 2]!.lower}-${t.lower}` : '';
    const forms = [t.lower, compound].filter(Boolean).flatMap((f) => [f, f.replace(/s$/, ''), f.replace(/men$/, 'man')]);
    const side = forms.some((f) => L.unnamedFighters.has(f))
      ? 'fighters'
      : forms.some((f) => L.unnamedSoldiers.has(f))
        ? 'soldiers'
        : undefined;
    if (!side) continue;
    const first = compound ? i - 2 : i;
    const before = tokens[first - 1];
    if (before && (before.kind === 'poss' || OWNER_WORDS.has(before.lower) || covered(first - 1))) continue;
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
  return out;
}
