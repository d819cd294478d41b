/**
 * Helpers for the extraction unit tests: relations as compact "TYPE source>target" strings.
 */
import type { KnownActor } from '../knowledge/actors.ts';
import { extractArticle } from './extract-article.ts';
import type { ExtractedRelation } from './types.ts';

/** Extracts `text` and returns its relations as "TYPE source>target" strings. */
export function listRelations(text: string, publishedAt: string | null = '2024-05-10', knownActors?: readonly KnownActor[]): string[] {
  return extractArticle(text, { publishedAt, knownActors }).relations.map((r) => `${r.type} ${r.source}>${r.target}`);
}

/** Extracts `text` and returns the first relation of a type (or undefined). */
export function findRelation(text: string, type: ExtractedRelation['type'], publishedAt: string | null = '2024-05-10'): ExtractedRelation | undefined {
  return extractArticle(text, { publishedAt }).relations.find((r) => r.type === type);
}
