/**
 * The date of a relation: the date expression of its sentence nearest to the trigger.
 */
import { findDates } from './dates.ts';
import type { Sentence } from '../1-text/sentences.ts';

/** Resolved date nearest to character offset `at` in the sentence, or null. */
export function findDateNear(sentence: Sentence, at: number, publishedAt: string | null): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const d of findDates(sentence.text, publishedAt)) {
    if (!d.value) continue;
    const start = sentence.start + d.start;
    const distance = Math.min(Math.abs(start - at), Math.abs(sentence.start + d.end - at));
    if (distance < bestDistance) [best, bestDistance] = [d.value, distance];
  }
  return best;
}
