/**
 * Turning rule candidates into the published relations: one entry per fact (type + ends;
 * symmetric types keyed on the sorted pair), keeping the first evidence sentence and the highest
 * confidence; dated from the evidence sentence. A membership of a body the article also says the
 * same person leads is dropped.
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
  // an article that says X leads Y also calls X one of Y's (an appositive title, "a Front
  // commander" before "the Front's chief"): the leadership is the fact, as analysts record it
  const leads = new Set(found.filter((c) => c.type === 'LEADS').map((c) => `${c.source}|${c.target}`));
  for (const c of found) {
    if (c.type === 'MEMBER_OF' && leads.has(`${c.source}|${c.target}`)) continue;
    // (no actor stands in a tie with itself: a pronoun resolved to its own clause's subject)
    if (c.source === c.target) continue;
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
