/**
 * Ingestion into the graph: an article's text → extraction → one transaction that writes the
 * article, the actors its claims need, and the claims (origin `extracted`, review
 * `unreviewed`, each citing its sentence), then re-projects the relationships. An extracted
 * claim with the same type and actors as a curated relationship simply adds evidence to it.
 *
 * Idempotent: the article id is derived from the text's hash, so ingesting the same text again
 * finds it and writes nothing. Existing actors are never renamed or re-kinded by extraction.
 */
import { createHash } from 'node:crypto';
import { query } from '../cypher.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toArticle } from '../mappers.ts';
import { projectRelationships, uniqueKeys, writeActors, writeArticles, writeClaims, type ActorRow } from '../writes/write-graph.ts';
import { findKnownActor, type KnownActor } from '../../knowledge/actors.ts';
import { toClaimRow } from '../../model/claim.ts';
import type { Actor, Article } from '../../model/types.ts';
import { isActorKind } from '../../model/vocabulary.ts';
import { extractArticle, type ExtractionResult } from '../../ingest/extract-article.ts';
import { getSharedParser, type SentenceParser } from '../../parser-local/index.ts';

/** One article is one transaction; a long one on a busy server gets more than a read's time limit. */
export const INGEST_TIMEOUT_MS = 60_000;

export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

export interface IngestReport {
  article: Article;
  created: boolean;
  newActors: Actor[];
  claims: number;
  relationships: number;
  warnings: string[];
}

/** Actors of the graph to match mentions against (bounded: the knowledge base covers the rest). */
export async function loadGraphActors(gateway: Gateway, limit = 50_000): Promise<KnownActor[]> {
  const rows = await gateway.read(query('actors-for-matching'), { limit });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as KnownActor['kind'],
    aliases: (r.aliases as string[]) ?? [],
  }));
}

/** The text's hash, ignoring differences in whitespace (the same article copied twice). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** A line that is only a date or a weekday dateline ("Tuesday, June 25, 2024"), not a headline. */
const DATELINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}?,?\s*\d{4}$/i;

/** A title for an article given without one: its first line that reads like a headline, shortened. */
export function defaultTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines.find((l) => l.split(/\s+/).length >= 4 && !DATELINE.test(l)) ?? lines[0] ?? 'untitled article';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/** The actors a result's relations need, from the knowledge base or as proposed by extraction. */
function actorsNeeded(result: ExtractionResult): ActorRow[] {
  const used = new Set(result.relations.flatMap((r) => [r.source, r.target]));
  const rows: ActorRow[] = [];
  for (const e of result.entities) {
    if (!used.has(e.id) || !isActorKind(e.kind)) continue;
    const known = findKnownActor(e.id);
    rows.push(
      known && isActorKind(known.kind)
        ? { ...known, kind: known.kind }
        : { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, description: 'proposed by extraction; not yet reviewed' },
    );
  }
  return rows;
}

/**
 * Extracts and writes one article. `graphActors` (from loadGraphActors) lets a batch reuse one
 * snapshot; without it the graph's actors are read first.
 */
export async function ingestArticle(
  gateway: Gateway,
  input: ArticleInput,
  graphActors?: readonly KnownActor[],
  parser?: SentenceParser,
): Promise<IngestReport> {
  const hash = contentHash(input.text);
  const [existing] = await gateway.read(query('article-by-hash'), { hash });
  if (existing)
    return {
      article: toArticle(existing.article),
      created: false,
      newActors: [],
      claims: 0,
      relationships: 0,
      warnings: ['this text was ingested before; nothing was written'],
    };

  const known = graphActors ?? (await loadGraphActors(gateway));
  const result = await extractArticle(input.text, {
    publishedAt: input.publishedAt ?? null,
    knownActors: known,
    parser: parser ?? (await getSharedParser()),
  });
  const articleId = `article-${hash.slice(0, 20)}`;
  const article = {
    id: articleId,
    title: input.title?.trim() || defaultTitle(input.text),
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? result.publishedAt ?? null,
    contentHash: hash,
    text: input.text,
  };
  const actorIds = new Set(result.entities.filter((e) => isActorKind(e.kind)).map((e) => e.id));
  const claims = result.relations
    .filter((r) => actorIds.has(r.source) && actorIds.has(r.target) && r.source !== r.target)
    .map((r) =>
      toClaimRow({
        type: r.type,
        sourceId: r.source,
        targetId: r.target,
        articleId,
        sentence: r.sentence,
        sentenceIndex: r.sentenceIndex + 1,
        date: r.date,
        status: r.status,
        confidence: r.confidence,
        origin: 'extracted',
      }),
    );
  const needed = actorsNeeded(result);

  const newIds = await gateway.writeTx(
    async (tx) => {
      const present = new Set(
        (await tx.run(query('actors-by-ids'), { ids: needed.map((a) => a.id) })).map((r) => String((r.actor as { id: string }).id)),
      );
      const created = await writeActors(
        tx,
        needed.filter((a) => !present.has(a.id)),
      );
      await writeArticles(tx, [article]);
      await projectRelationships(tx, await writeClaims(tx, claims));
      return created;
    },
    { timeoutMs: INGEST_TIMEOUT_MS },
  );
  return {
    article: toArticle(article),
    created: true,
    newActors: needed
      .filter((a) => newIds.includes(a.id))
      .map((a) => toActor({ ...a, description: a.description ?? null, validFrom: a.validFrom ?? null, validTo: a.validTo ?? null })),
    claims: claims.length,
    relationships: uniqueKeys(claims).length,
    warnings: result.warnings,
  };
}
