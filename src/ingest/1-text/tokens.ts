/**
 * Tokeniser that keeps character offsets into the original text.
 *
 * Words are runs of letters/digits (with one inner apostrophe before a capital: "O'Donnell"); a possessive "'s" is its own token (so "TTP's spokesperson"
 * still matches the alias "TTP" and the rules can see the possessive); every other
 * non-space character is a one-character punctuation token.
 */
import { foldWordKey } from './normalize.ts';

export type TokenKind = 'word' | 'poss' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Transliteration-insensitive key (words only; punctuation keeps its text). */
  key: string;
  kind: TokenKind;
  /** Character offsets into the original article. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Only whitespace, '-' or '.' separate this word from the next word (names may continue). */
  joinsNext: boolean;
}

// (a name with an inner apostrophe before a capital, "O'Donnell", "D’Souza", is one word)
const TOKEN_RE = /([\p{L}\p{N}]+(?:['’][\p{Lu}]\p{L}+)?)|(['’`][sS](?![\p{L}\p{N}]))|(\S)/gu;

/** Tokenises `text` (a slice of the article starting at `offset`). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'poss' : 'punct';
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower,
      key: kind === 'word' ? foldWordKey(raw) : kind === 'poss' ? "'s" : raw,
      kind,
      start,
      end: start + raw.length,
      cap: kind === 'word' && /^\p{Lu}/u.test(raw),
      joinsNext: false,
    });
  }
  markJoins(tokens, text, offset);
  return tokens;
}

/** A name may run on across spaces, hyphens and the dots of initials ("U.S. forces"), not across commas. */
function markJoins(tokens: Token[], text: string, offset: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'punct' && /^[-.–‐]$/.test(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (next?.kind !== 'word') continue;
    const gap = text.slice(t.end - offset, next.start - offset);
    t.joinsNext = gap.length <= 3 && /^[\s.\-–‐]*$/.test(gap);
  }
}
