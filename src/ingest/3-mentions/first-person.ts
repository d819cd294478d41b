/**
 * "We", "us", "our" in quoted speech and in transcripts: the body the speaker speaks for.
 *
 * Construction classes:
 * - a quotation with its attribution in the sentence ('"We will take revenge on X," the group's
 *   spokesman said', 'X, a Front spokesman, said: "Our fighters …"'): the speaker is the actor
 *   named next to the verb of saying outside the quotation marks;
 * - a transcript line ("Spokesperson Y: We have asked X to …", "Spokesperson: We reject …"): the
 *   speaker is named before the colon; a bare role label ("Spokesperson:") is the last person
 *   labelled so in the article;
 * - a quotation continued in the next sentence with no attribution of its own: the previous
 *   sentence's speaker.
 * A person speaker stands for the body named in apposition to them ("X, a Front spokesman") or,
 * failing that, the body the knowledge base says they serve in. "We" outside quotation marks and
 * transcripts (a newspaper's "what we know") refers to nobody.
 */
import { affiliationOn } from '../../knowledge/actors.ts';
import type { ArticleState } from '../article-state.ts';
import { lexicon } from '../lexicon.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Mention } from '../types.ts';

const QUOTES = new Set(['"', '“', '”', '«', '»']);
/** Role words that label a transcript speaker ("Spokesperson:"). */
const LABEL_ROLES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'ambassador', 'official']);

/** Surface forms of the lexicon's verbs of saying ("said", "says", "told", "added", "warned"). */
export function speechForms(): Set<string> {
  const out = new Set(['said', 'says', 'told', 'tells']);
  for (const v of lexicon().sets.speech) for (const f of [v, `${v}s`, `${v}ed`, `${v}d`, `${v.replace(/y$/, 'ied')}`]) out.add(f);
  return out;
}

/** Token index ranges inside double quotation marks (an unclosed one runs to the sentence end). */
function quoted(s: Sentence): Array<[number, number]> {
  const marks = s.tokens.flatMap((t, k) => (QUOTES.has(t.text) ? [k] : []));
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < marks.length; k += 2) spans.push([marks[k]!, marks[k + 1] ?? s.tokens.length]);
  return spans;
}

/** Whether token `k` of sentence `s` lies inside its quotation marks. */
export function insideQuotes(s: Sentence): (k: number) => boolean {
  const spans = quoted(s);
  return (k) => spans.some(([open, close]) => k > open && k < close);
}

/** How far after a person's name a body may be named in apposition ("X, a spokesman for the Front"). */
const APPOSITION_REACH = 8;

const actorMention = (m: Mention) => Boolean(m.id) && !m.place && m.kind !== 'Location' && !m.anaphor;

/**
 * The body a speaker mention speaks for: itself, a body apposed to the person here or where the
 * article named them with an apposition ("X, a Front spokesman, spoke to reporters. '…,' X said"), or the
 * person's known affiliation.
 */
function bodyOf(state: ArticleState, speaker: Mention, mentions: readonly Mention[]): string | undefined {
  if (speaker.kind !== 'Person') return speaker.id;
  // the one in this sentence: near the name, as before ("X, the Front's spokesman, said")
  const here = speaker.anaphor
    ? undefined
    : mentions.find((o) => actorMention(o) && o.kind !== 'Person' && o.first > speaker.first && o.first - speaker.end <= 4)?.id;
  return (
    here ??
    affiliationOn(state.index.actors.get(speaker.id), state.publishedAt, (x) => state.index.actors.get(x)) ??
    apposedBefore(state, speaker.id)
  );
}

/**
 * The body set off in apposition after the first naming of person `id` in the article that has one
 * ("X, a spokesman for the Front, spoke to reporters"): the name is followed by a comma and the
 * body comes before the next one, within `APPOSITION_REACH` tokens.
 */
function apposedBefore(state: ArticleState, id: string): string | undefined {
  for (const s of state.sentences) {
    const ms = state.mentions[s.index] ?? [];
    const named = ms.find((o) => o.id === id && !o.anaphor && o.kind === 'Person');
    if (!named || s.tokens[named.end]?.text !== ',') continue;
    const body = ms.find(
      (o) =>
        actorMention(o) &&
        o.kind !== 'Person' &&
        o.first > named.end &&
        o.first - named.end <= APPOSITION_REACH &&
        !s.tokens.slice(named.end + 1, o.first).some((t) => t.text === ','),
    );
    if (body) return body.id;
  }
  return undefined;
}

/**
 * The body the speaker of a transcript line speaks for ("Name:", "Spokesperson Name:",
 * "Spokesperson:"); null for a line with no known speaker ("Q:"), undefined when the sentence
 * opens with no label.
 */
function labelSpeaker(s: Sentence, mentions: readonly Mention[], state: ArticleState): string | null | undefined {
  const colon = s.tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 8) return undefined;
  const named = mentions.filter((m) => actorMention(m) && m.end <= colon).at(-1);
  if (named) {
    const body = bodyOf(state, named, mentions) ?? null;
    if (named.kind === 'Person') state.turns.labelled = body ?? undefined;
    return body;
  }
  // "Spokesperson:" — the person last labelled so; "Q:" — nobody
  return s.tokens.slice(0, colon).some((t) => LABEL_ROLES.has(t.lower)) ? (state.turns.labelled ?? null) : null;
}

/** Notes the transcript turn a sentence opens, if any (every sentence, before its anaphors are resolved). */
export function noteTurn(s: Sentence, mentions: readonly Mention[], state: ArticleState): void {
  const label = labelSpeaker(s, mentions, state);
  if (label !== undefined) state.turns.transcript = { id: label ?? undefined, sentence: s.index };
}

/** The speaker named next to a verb of saying outside the quotation marks. */
function attributed(s: Sentence, mentions: readonly Mention[]): Mention | undefined {
  const inside = insideQuotes(s);
  const forms = speechForms();
  for (let k = 0; k < s.tokens.length; k++) {
    if (inside(k) || !forms.has(s.tokens[k]!.lower)) continue;
    // (a pronoun speaker resolved to a person counts: '"…," he said')
    const outside = mentions.filter((m) => (actorMention(m) || (m.anaphor === 'he' && m.id)) && !inside(m.first));
    // "X said", "X, the Front's spokesman, said": the nearest name before; "said X": the first after
    const before = outside.filter((m) => m.end <= k && k - m.end <= 8).at(-1);
    const after = outside.find((m) => m.first > k && m.first - k <= 3);
    const found = before ?? after;
    if (found) return found;
  }
  return undefined;
}

/** Resolves the first-person plural mention `m` of sentence `s` (sets its id, kind and candidates). */
export function resolveFirstPerson(s: Sentence, m: Mention, mentions: readonly Mention[], state: ArticleState): void {
  const spans = quoted(s);
  const turn = state.turns.transcript;
  let speaker: string | undefined;
  if (insideQuotes(s)(m.first)) {
    const found = attributed(s, mentions);
    speaker = found ? bodyOf(state, found, mentions) : undefined;
    // a quotation running on from the previous sentence
    if (!speaker && spans[0]![0] === 0 && state.turns.quote && s.index - state.turns.quote.sentence <= 2) speaker = state.turns.quote.id;
    if (speaker) state.turns.quote = { id: speaker, sentence: s.index };
  } else if (turn && s.index - turn.sentence <= 4) speaker = turn.id;
  m.candidates = speaker ? [speaker] : [];
  m.id = speaker ?? '';
  if (speaker) m.kind = state.entities.get(speaker)?.kind ?? state.index.actors.get(speaker)?.kind ?? m.kind;
}
