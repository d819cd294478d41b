/**
 * `extractArticle`: the whole offline pipeline for one article, from raw text to the entities
 * and relations it states, in the order of the stage folders: 1-text (furniture and dateline
 * removal, sentences) → 3-mentions (aliases, places, eras, unnamed people, anaphors) → 2-parse (names masked,
 * the sentences that name an actor parsed by the local CoreNLP) → 4-relations (construction
 * patterns over the parse) → 5-finish (one relation per fact, dates). Deterministic for a given
 * parser: ids are knowledge-base ids or slugs of the canonical name. Input problems become
 * warnings; only parser failures throw.
 */
import { metonymAt, type KnownActor } from '../knowledge/actors.ts';
import { foldAscii } from './1-text/normalize.ts';
import { resolveAnaphors } from './3-mentions/anaphora.ts';
import { countGovernments, createArticleState, noteDateline, type ArticleState } from './article-state.ts';
import { cleanText } from './1-text/clean-text.ts';
import { parseIsoDate } from './5-finish/dates.ts';
import { looksBinary, looksNonEnglish, MAX_EXTRACT_CHARS } from './1-text/input-checks.ts';
import { findMentions } from './3-mentions/mentions.ts';
import { findUnnamed } from './3-mentions/unnamed.ts';
import { finishRelations } from './5-finish/finish-relations.ts';
import { createMemory } from './4-relations/context.ts';
import { ParserError, type SentenceParser } from '../parser-local/index.ts';
import { buildGraph } from './2-parse/dependency-graph.ts';
import { repairAttachments } from './2-parse/repairs.ts';
import { maskNames } from './2-parse/mask-names.ts';
import { createClauseContext } from './4-relations/clause-context.ts';
import { matchSentence } from './4-relations/match-sentence.ts';
import { resolveNamedMentions } from './3-mentions/resolve.ts';
import { splitSentences } from './1-text/sentences.ts';
import type { ExtractedEntity, ExtractionResult, Mention } from './types.ts';

export type { ExtractedEntity, ExtractedRelation, ExtractionResult } from './types.ts';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD); when absent, a dateline in the text is used. */
  publishedAt?: string | null;
  /** Actors already in the graph (same shape as the knowledge base), matched like known actors. */
  knownActors?: readonly KnownActor[];
  /** The dependency parser (the local CoreNLP service; see src/parser-local/). */
  parser: SentenceParser;
}

function empty(warnings: string[], publishedAt: string | null = null): ExtractionResult {
  return { entities: [], relations: [], warnings, sentenceCount: 0, publishedAt };
}

/**
 * Extracts the actors and relations an article states. Problems with the input become warnings;
 * only a parser failure (ParserError: no Java, download failed, crashed) is thrown.
 */
export async function extractArticle(text: string, options: ExtractOptions): Promise<ExtractionResult> {
  try {
    return await run(text, options);
  } catch (err) {
    if (err instanceof ParserError) throw err;
    return empty([`internal error, no result: ${err instanceof Error ? err.message : String(err)}`]);
  }
}

async function run(input: string, options: ExtractOptions): Promise<ExtractionResult> {
  const warnings: string[] = [];
  if (typeof input !== 'string' || input.trim() === '') return empty(['empty input: nothing to extract']);
  if (looksBinary(input)) return empty(['input looks like binary data, not text: nothing extracted']);
  let text = input;
  if (text.length > MAX_EXTRACT_CHARS) {
    text = text.slice(0, MAX_EXTRACT_CHARS);
    warnings.push(`input longer than ${MAX_EXTRACT_CHARS} characters: only the beginning was read`);
  }
  if (looksNonEnglish(text)) return empty([...warnings, 'input does not look like English text: nothing extracted']);
  let publishedAt = options.publishedAt ?? null;
  if (publishedAt !== null && !parseIsoDate(publishedAt)) {
    warnings.push(`ignored invalid publication date ${JSON.stringify(publishedAt)} (expected YYYY-MM-DD)`);
    publishedAt = null;
  }
  const cleaned = cleanText(text);
  publishedAt ??= cleaned.datelineDate;
  const state = createArticleState(publishedAt, options.knownActors);
  state.warnings = warnings;
  state.sentences = splitSentences(cleaned.text);
  noteDateline(state, cleaned.datelinePlace);
  // names first, over the whole article (aliases and surnames are learned in order); then the
  // unnamed people and the anaphors, which may refer to what the article names later
  for (const sentence of state.sentences) {
    const mentions = findMentions(sentence, state);
    resolveNamedMentions(sentence, mentions, state);
    state.mentions[sentence.index] = mentions;
    countGovernments(state, mentions);
  }
  for (const sentence of state.sentences) state.unnamed[sentence.index] = findUnnamed(sentence, state.mentions[sentence.index]!, state);
  for (const sentence of state.sentences) resolveAnaphors(sentence, state.mentions[sentence.index]!, state);
  const memory = createMemory();
  // Only sentences naming an actor (or its unnamed people, or a capital or country that can stand
  // for its government: "delegations from Islamabad and Kabul met") can state a relation: the
  // others are not sent to the parser.
  const named = (m: Mention) => (!m.place && (m.id || m.anaphor)) || (m.place && metonymAt(foldAscii(m.surface), publishedAt));
  const wanted = state.sentences.filter(
    (s) => (state.mentions[s.index] ?? []).some(named) || (state.unnamed[s.index] ?? []).some((m) => m.id),
  );
  const masked = wanted.map((s) => maskNames(s.text, s.start, state.mentions[s.index] ?? []));
  const parses = await options.parser.parse(masked.map((m) => m.text));
  wanted.forEach((sentence, k) => {
    const g = repairAttachments(buildGraph(parses[k]!, masked[k]!.toArticle));
    matchSentence(createClauseContext(sentence, state.mentions[sentence.index] ?? [], g, state, memory));
  });
  const relations = finishRelations(memory.found, state);
  return {
    entities: listEntities(
      state,
      relations.flatMap((r) => [r.source, r.target]),
    ),
    relations,
    warnings,
    sentenceCount: state.sentences.length,
    publishedAt,
  };
}

function listEntities(state: ArticleState, used: string[]): ExtractedEntity[] {
  const wanted = new Set(used);
  for (const list of state.mentions) for (const m of list) if (m.id && !m.anaphor) wanted.add(m.id);
  const out: ExtractedEntity[] = [];
  for (const e of state.entities.values()) {
    if (!wanted.has(e.id)) continue;
    const aliases = [...e.aliasSet].filter((a) => a !== e.name).sort((a, b) => a.localeCompare(b));
    out.push({ id: e.id, name: e.name, kind: e.kind, aliases, known: e.known });
  }
  for (const id of wanted) {
    if (state.entities.has(id)) continue;
    const known = state.index.actors.get(id);
    if (known) out.push({ id, name: known.name, kind: known.kind, aliases: [...known.aliases], known: true });
  }
  return out;
}
