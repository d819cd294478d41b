/**
 * What the parser is given: the sentence with every named mention replaced by one plain
 * placeholder word, bracketed acronyms after a name dropped, and the noun compounds the parser
 * mis-tags rewritten to one word.
 *
 * Why: the parser's models never saw "Tehrik-e-Taliban Pakistan (TTP)" or "Mufti Noor Wali
 * Mehsud"; hyphenated transliterations and brackets split such names into several tokens and
 * often wreck the attachment of the whole sentence. A single proper noun per name parses the
 * way ordinary news English does, and mentions are already known from the knowledge base.
 * Offsets map back: a placeholder token covers its mention's span in the article.
 */
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';

export interface MaskedSentence {
  text: string;
  /** Maps a [start, end) range of the masked text to the article's offsets. */
  toArticle(start: number, end: number): [number, number];
}

const PLACEHOLDER: Record<string, string> = { Person: 'Smith', Location: 'Paris' };
/** The placeholder of every other kind of name. */
const BODY_PLACEHOLDER = 'Acme';
/** True for the word a person's name was masked with (what the parser saw in its place). */
export function isPersonPlaceholder(word: string): boolean {
  return word === PLACEHOLDER.Person;
}

/** True for the word a place's name was masked with. */
export function isPlacePlaceholder(word: string): boolean {
  return word === PLACEHOLDER.Location;
}

/** The placeholder of a body named with "the" right before a person's name in apposition. */
const APPOSITION_PLACEHOLDER = 'Alliance';

/** A plural proper noun the parser tags NNPS and reads as a subject ("the Allies shelter X"). */
const PLURAL_PLACEHOLDER = 'Allies';

/** True for any word a name was masked with (the tagger sometimes reads one as a common noun). */
export function isPlaceholder(word: string): boolean {
  return (
    word === BODY_PLACEHOLDER || word === APPOSITION_PLACEHOLDER || word === PLURAL_PLACEHOLDER || Object.values(PLACEHOLDER).includes(word)
  );
}

/**
 * The placeholder word for a mention: plural names ("the Taliban shelter …") get a plural one —
 * except after "a"/"an", where the name modifies a singular noun ("a Taliban demand", "a Taliban
 * commander") and a plural word would turn that noun into a verb.
 */
function placeholderFor(m: Mention, before: string, nameInApposition = false): string {
  const last = m.surface.split(/\s+/).pop()?.toLowerCase() ?? '';
  const modifier = /\b(a|an)\s+$/i.test(before);
  // "the head of the Front, X, said": "the Acme, Smith," reads as a list; another word does not
  if (nameInApposition && m.kind !== 'Person' && m.kind !== 'Location' && /\bthe\s+$/i.test(before)) return APPOSITION_PLACEHOLDER;
  const plural = lexicon().sets.pluralNames.has(last) || (lexicon().sets.pluralHeads.has(last) && /\s/.test(m.surface.trim()));
  if (m.kind !== 'Person' && m.kind !== 'Location' && !modifier && plural) return PLURAL_PLACEHOLDER;
  return PLACEHOLDER[m.kind] ?? BODY_PLACEHOLDER;
}

/** A live blog entry's leading time and dash ("10:42 – ", "14:20 GMT - "). */
const TIME_PREFIX = /^(\d{1,2}[:.]\d{2})(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|PKT|UTC))?\s*[–—-]\s+(?=[A-Z])/;

/** A timeline entry's leading date and dash or colon. */
const TIMELINE_PREFIX = /^((?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4})\s*[–—:-]\s+(?=[A-Z])/;

/** A report's section number before its sentence ("4.2 It warned …", "3. The Front …"). */
const SECTION_PREFIX = /^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s+(?=[A-Z])/;

/** A span of the sentence (article offsets) the parser is given as another word. */
interface Rewrite {
  start: number;
  stop: number;
  word: string;
}

/** A calendar word of a fronted date adverbial ("Thursday", "12", "May", "2014", "last", "week"). */
const CALENDAR_WORD =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}(?:st|nd|rd|th)?|\\d{4}|last|this|next|early|late|week|month|year|weekend|morning|afternoon|evening|night|of|on)';
/** A sentence-initial date adverbial with no comma after it ("On Thursday", "In May 2014", "Last week"). */
const FRONTED_DATE = new RegExp(`^(?:On|In|By|Since|Last|Earlier|Late|Early|This)(?:\\s+${CALENDAR_WORD})+(?=\\s)`);
/** The date words proper among them ("last", "of" alone make no date). */
const DATE_PROPER = /\d|day\b|uary|ember|March|April|May|June|July|August|October|week|month|year|night|morning|evening|afternoon/;
/** What may stand between such a date and the name it runs into: spaces and an honorific. */
const BEFORE_NAME = /^\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;

/**
 * Construction class: a fronted date run into the subject's name. "On Thursday Valdoria accused
 * …", "Last week X said …": with no comma, the parser reads the calendar word and the placeholder
 * as one compound name and the clause loses its subject. A comma after the date (what most
 * outlets print) gives the parse of the same sentence; only when a name follows the date at once.
 */
function dateBeforeName(text: string, offset: number, named: readonly Mention[]): Rewrite[] {
  const date = FRONTED_DATE.exec(text);
  if (!date || !DATE_PROPER.test(date[0])) return [];
  const from = date[0].length;
  const name = named.find((m) => m.start - offset > from && BEFORE_NAME.test(text.slice(from, m.start - offset)));
  if (!name) return [];
  return [{ start: offset + from, stop: offset + from + 1, word: ', ' }];
}

/** Built once from the lexicon, on first use. */
let stancePattern: RegExp | undefined;

/**
 * Construction class: a stance stated as a copular content clause. "Valdoria's position is that
 * Ostmark shelters the Front", "the Front's view was that …": the parser cannot attach a
 * that-clause after "is" and scatters the clause. A name's possessive stance noun (lexicon
 * `stanceNouns`) with "is/was that" states what the name holds: the parser is given "says that" /
 * "said that", so the clause is the owner's reported speech (its status and the accusation follow
 * from reported speech).
 */
function stanceAsSpeech(text: string, offset: number, named: readonly Mention[]): Rewrite[] {
  const out: Rewrite[] = [];
  stancePattern ??= new RegExp(
    `^['’]s\\s+(?:${[...lexicon().sets.stanceNouns].join('|')})\\s+(is|was|remains|remained|has been)\\s+that\\b`,
    'i',
  );
  const re = stancePattern;
  for (const m of named) {
    const at = m.stop - offset;
    const hit = re.exec(text.slice(at));
    if (!hit) continue;
    const present = /^(is|remains|has been)$/i.test(hit[1]!);
    out.push({ start: m.stop, stop: m.stop + hit[0].length, word: present ? ' says that' : ' said that' });
  }
  return out;
}

/** Built once from the lexicon, on first use. */
let framePattern: RegExp | undefined;

/**
 * Construction class: an assertive frame before the clause it asserts. "It merits mention that
 * the Front withdrew the offer", "It is pertinent to mention here that …", "It may be recalled
 * that …" (news English of the Urdu press): the parser does not know the frame and often breaks
 * the clause. A sentence-initial "It <frame> that" (lexicon `assertiveFrames`) only states the
 * clause, so the parser is given "Notably," in its place and reads the clause as the main one.
 */
function assertiveFrame(text: string, offset: number): Rewrite[] {
  framePattern ??= new RegExp(
    `^It\\s+(?:${[...lexicon().sets.assertiveFrames].map((f) => f.replace(/ /g, '\\s+')).join('|')})\\s+that\\s+`,
    'i',
  );
  const hit = framePattern.exec(text);
  return hit ? [{ start: offset, stop: offset + hit[0].length, word: 'Notably, ' }] : [];
}

/**
 * Noun compounds the parser mis-tags, rewritten to one word of the same meaning (lexicon
 * `parserRewrites`: "drone strike" is read as the verb "drone" with the object "strike").
 */
function rewrites(text: string, offset: number): Rewrite[] {
  const out: Rewrite[] = [];
  // a timeline entry's date ("2014 – Army launches …", "26 July 2009 - The police arrest …") is no
  // word of the sentence (the relation's date is read from the text): left as it is, the parser
  // makes the year the sentence's head, and a fronted "On 26 July 2009, The …" still misleads the tagger
  const dated = TIMELINE_PREFIX.exec(text);
  if (dated) out.push({ start: offset, stop: offset + dated[0].length, word: '' });
  // a section number ("4.2 It warned …") is no word of the sentence: the parser would make it the subject
  const numbered = SECTION_PREFIX.exec(text);
  if (numbered) out.push({ start: offset, stop: offset + numbered[0].length, word: '' });
  // a live blog's entry time ("10:42 – ISPR says …") likewise
  const timed = TIME_PREFIX.exec(text);
  if (timed) out.push({ start: offset, stop: offset + timed[0].length, word: `At ${timed[1]}, ` });
  for (const [phrase, word] of lexicon().parserRewrites) {
    const re = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of text.matchAll(re)) out.push({ start: offset + m.index, stop: offset + m.index + m[0].length, word });
  }
  return out;
}

/** Masks the named mentions of a sentence starting at article offset `offset`. */
export function maskNames(text: string, offset: number, mentions: readonly Mention[]): MaskedSentence {
  // a nationality adjective stays a word the parser knows, except the first of coordinated ones
  // standing for a whole noun phrase ("Pakistani and Afghan troops": "Acme and Afghan troops")
  const elided = (m: Mention) => /^\s+(and|or)\s/.test(text.slice(m.stop - offset, m.stop - offset + 6)) && !/\s/.test(m.surface);
  const named = mentions.filter((m) => !m.anaphor && (m.via !== 'nationality' || elided(m))).sort((a, b) => a.start - b.start);
  // segments: [maskedStart, maskedEnd, articleStart, articleEnd, isPlaceholder]
  const segs: Array<[number, number, number, number, boolean]> = [];
  let out = '';
  let pos = offset;
  const end = offset + text.length;
  const copy = (to: number) => {
    if (to <= pos) return;
    segs.push([out.length, out.length + (to - pos), pos, to, false]);
    out += text.slice(pos - offset, to - offset);
    pos = to;
  };
  const spans = [
    ...named.map((m) => ({ start: m.start, stop: m.stop, mention: m as Mention | undefined, word: '' })),
    ...rewrites(text, offset).map((r) => ({ ...r, mention: undefined })),
    ...dateBeforeName(text, offset, named).map((r) => ({ ...r, mention: undefined })),
    ...stanceAsSpeech(text, offset, named).map((r) => ({ ...r, mention: undefined })),
    ...assertiveFrame(text, offset).map((r) => ({ ...r, mention: undefined })),
  ].sort((a, b) => a.start - b.start);
  for (const sp of spans) {
    if (sp.start < pos || sp.stop > end) continue;
    copy(sp.start);
    const next = sp.mention ? named.find((o) => o.start > sp.stop) : undefined;
    const apposed = Boolean(next?.kind === 'Person' && /^\s*,\s*$/.test(text.slice(sp.stop - offset, next.start - offset)));
    const word = sp.mention
      ? placeholderFor(sp.mention, text.slice(Math.max(0, sp.start - offset - 4), sp.start - offset), apposed)
      : sp.word;
    segs.push([out.length, out.length + word.length, sp.start, sp.stop, true]);
    out += word;
    pos = sp.stop;
    if (!sp.mention) continue;
    const bracket = /^\s*\([A-Za-z][A-Za-z-]{0,11}\)/.exec(text.slice(pos - offset));
    if (bracket) pos += bracket[0].length;
  }
  copy(end);
  const toArticle = (s: number, e: number): [number, number] => {
    const a = segs.find((g) => g[0] <= s && s < g[1]) ?? segs.at(-1)!;
    const b = segs.find((g) => g[0] < e && e <= g[1]) ?? a;
    const start = a[4] ? a[2] : a[2] + (s - a[0]);
    const stop = b[4] ? b[3] : b[2] + (e - b[0]);
    return [start, Math.max(start, stop)];
  };
  return { text: out, toArticle };
}
