/**
 * Helpers for the extraction tests (nlp project, real parser): relations as compact
 * "TYPE source>target" strings.
 */
import type { KnownActor } from '../knowledge/actors.ts';
import type { SentenceParser } from '../parser-local/index.ts';
import { extractArticle } from './extract-article.ts';
import type { ExtractedRelation } from './types.ts';

/** Extracts `text` and returns its relations as "TYPE source>target" strings. */
export async function listRelations(
  parser: SentenceParser,
  text: string,
  publishedAt: string | null = '2024-05-10',
  knownActors?: readonly KnownActor[],
): Promise<string[]> {
  return (await extractArticle(text, { publishedAt, knownActors, parser })).relations.map((r) => `${r.type} ${r.source}>${r.target}`);
}

/** Extracts `text` and returns the first relation of a type (or undefined). */
export async function findRelation(
  parser: SentenceParser,
  text: string,
  type: ExtractedRelation['type'],
  publishedAt: string | null = '2024-05-10',
): Promise<ExtractedRelation | undefined> {
  return (await extractArticle(text, { publishedAt, parser })).relations.find((r) => r.type === type);
}
