/**
 * Sentence splitter with offsets into the original text.
 *
 * A line break always ends a sentence (headlines carry no full stop). Inside a line a
 * sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital,
 * digit or quote, except after abbreviations and titles ("Gen.", "Lt.", "Jan.") and
 * single-letter initials ("U.S.", "A. Khan"). A semicolon before a capital ends one too: it
 * joins independent clauses ("X was killed by a drone; Y named chief"), which the parser
 * otherwise runs together.
 */
import { tokenize, type Token } from './tokens.ts';

export interface Sentence {
  index: number;
  /** The sentence text exactly as in the original. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'cpt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vol',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'approx',
  'govt',
  'dept',
]);

const END_RE = /(?:[.!?]+["'”’)\]]*|;)(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? '';
  if (word.length === 1) return true; // initials, "U.S."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits the (cleaned) text into sentences; offsets index the original. Never throws. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
    const slice = text.slice(start, end);
    sentences.push({ index: sentences.length, text: slice, start, end, tokens: tokenize(slice, start) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    END_RE.lastIndex = 0;
    for (let m = END_RE.exec(line); m; m = END_RE.exec(line)) {
      if (isAbbreviation(line, m.index) && m[0] === '.') continue;
      const end = m.index + m[0].length;
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}
