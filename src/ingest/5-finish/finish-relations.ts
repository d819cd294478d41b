/**
 * Turning rule candidates into the published relations: one entry per fact (type + ends;
 * symmetric types keyed on the sorted pair), keeping the first evidence sentence and the highest
 * confidence; dated from the evidence sentence.
 */
import { SYMMETRIC_TYPES } from '../../model/vocabulary.ts';
import type { ArticleState } from '../article-state.ts';
import type { Candidate } from '../4-relations/context.ts';
import { findDateNear } from './date-near.ts';
import type { ExtractedRelation } from '../types.ts';

/** One entry per fact and status: a truce agreed and the same truce ended are two claims. */
function keyOf(c: Candidate): string {
  const [a, b] = SYMMETRIC_TYPES.has(c.type) && c.source > c.target ? [c.target, c.source] : [c.source, c.target];
  return `${c.type}|${a}|${b}|${c.status}`;
}

/** De-duplicates candidates into relations with evidence, offsets and dates. */
export function finishRelations(found: readonly Candidate[], state: ArticleState): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const c of found) {
    const sentence = state.sentences[c.sentenceIndex]!;
    const key = keyOf(c);
    const existing = byKey.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, c.confidence);
      existing.date ??= findDateNear(sentence, sentence.tokens[c.at]?.start ?? sentence.start, state.publishedAt);
      continue;
    }
    byKey.set(key, {
      type: c.type,
      source: c.source,
      target: c.target,
      sentence: sentence.text,
      date: findDateNear(sentence, sentence.tokens[c.at]?.start ?? sentence.start, state.publishedAt),
      status: c.status,
      confidence: c.confidence,
      sentenceIndex: c.sentenceIndex,
      start: sentence.start,
      end: sentence.end,
      rule: c.rule,
    });
  }
  return [...byKey.values()].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}
