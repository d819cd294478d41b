/**
 * The scale generator: a synthetic conflict graph of N actors, deterministic for a seed.
 *
 * Shape: actor i is also its popularity rank. Every actor is the source of a few relationships
 * (1 + geometric, mean `relationshipsPerActor`) whose other end is drawn from a Zipf law over
 * the ranks, so a handful of hubs (governments, the army, the TTP) collect a large share of the
 * ties and most actors are leaves — the heavy tail of a preferential-attachment graph. The
 * relationship type follows from the two kinds (a person is a MEMBER_OF an armed group, a
 * security force DETAINS a person...). Each relationship is backed by 1 + geometric claims,
 * dated over 2001–2025 at day, month or year precision (some undated), eight claims to an
 * article. Actors are pure functions of their index (`actorAt`), so nothing of size N is held
 * in memory except the Zipf table.
 */
import type { ActorRow, ArticleRow } from '../src/graph/writes/write-graph.ts';
import { toClaimRow, type ClaimRow } from '../src/model/claim.ts';
import type { ActorKind, ClaimStatus, RelationType } from '../src/model/vocabulary.ts';
import { HUBS, KIND_MIX, smallActorName } from './names.ts';
import { createRng, createZipfSampler, geometric, type Rng } from './rng.ts';
import { TYPE_RULES } from './type-rules.ts';

export interface GeneratorOptions {
  actors: number;
  seed: number;
  /** Mean relationships each actor is the source of (at least 1). */
  relationshipsPerActor?: number;
  /** Mean claims per relationship (at least 1). */
  claimsPerRelationship?: number;
  claimsPerArticle?: number;
  /** Zipf exponent of the other end's rank: higher means bigger hubs. */
  zipfExponent?: number;
  /** Claims per write batch (whole relationships are never split). */
  batchClaims?: number;
}

/** One unit of loading: new articles, then claims (their actors already exist). */
export interface ClaimBatch {
  articles: ArticleRow[];
  claims: ClaimRow[];
}

export const DEFAULTS = {
  relationshipsPerActor: 2,
  claimsPerRelationship: 1.5,
  claimsPerArticle: 8,
  zipfExponent: 0.8,
  batchClaims: 2000,
} as const;

/** The id of actor `index`. */
export const actorId = (index: number): string => `act-${index}`;

const STATUSES: ReadonlyArray<[ClaimStatus, number]> = [
  ['stated', 0.6],
  ['alleged', 0.2],
  ['denied', 0.08],
  ['ended', 0.06],
  ['past', 0.06],
];

function weighted<T>(rng: Rng, items: ReadonlyArray<[T, number]>): T {
  let x = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** The kind of actor `index` (hubs are fixed; the rest follow KIND_MIX). */
export function kindAt(seed: number, index: number): ActorKind {
  if (index < HUBS.length) return HUBS[index]!.kind;
  return weighted(createRng(seed * 7919 + index), KIND_MIX);
}

/** Actor `index`, always the same for a seed. */
export function actorAt(seed: number, index: number): ActorRow {
  if (index < HUBS.length) return { id: actorId(index), ...HUBS[index]!, validFrom: null, validTo: null };
  const kind = kindAt(seed, index);
  const rng = createRng(seed * 104729 + index);
  const { name, aliases } = smallActorName(rng, kind, index);
  const validFrom = rng.chance(0.3) ? String(1990 + rng.int(30)) : null;
  return {
    id: actorId(index),
    name,
    kind,
    aliases,
    description: rng.chance(0.2) ? `Synthetic ${kind} active around ${name.split(' ').at(-1)}` : null,
    validFrom,
  };
}

/** Actors in batches of `size`, in index order. */
export function* actorBatches(options: GeneratorOptions, size = 5000): Generator<ActorRow[]> {
  for (let start = 0; start < options.actors; start += size) {
    const rows: ActorRow[] = [];
    for (let i = start; i < Math.min(options.actors, start + size); i++) rows.push(actorAt(options.seed, i));
    yield rows;
  }
}

function pickType(rng: Rng, source: ActorKind, target: ActorKind): { type: RelationType; forward: boolean } {
  const candidates: Array<[{ type: RelationType; forward: boolean }, number]> = [];
  for (const rule of TYPE_RULES) {
    if (rule.from === source && rule.to === target) candidates.push([{ type: rule.type, forward: true }, rule.weight]);
    else if (rule.from === target && rule.to === source) candidates.push([{ type: rule.type, forward: false }, rule.weight]);
  }
  if (!candidates.length) return { type: rng.pick(['ACCUSES', 'SUPPORTS', 'REJECTS', 'THREATENS'] as const), forward: true };
  return weighted(rng, candidates);
}

function randomDay(rng: Rng): Date {
  // More events in later years: the square root skews the draw towards 2025.
  const start = Date.UTC(2001, 0, 1);
  const span = Date.UTC(2025, 5, 30) - start;
  return new Date(start + Math.sqrt(rng.next()) * span);
}

function claimDate(rng: Rng, published: Date): string | null {
  if (rng.chance(0.05)) return null;
  const day = new Date(published.getTime() - rng.int(30) * 86_400_000).toISOString().slice(0, 10);
  const r = rng.next();
  return r < 0.68 ? day : r < 0.9 ? day.slice(0, 7) : day.slice(0, 4);
}

/** What the claim generator has made so far; `sources` counts the actors whose ties are done. */
export interface ClaimCounters {
  relationships: number;
  claims: number;
  articles: number;
  sources: number;
}

/**
 * Claims in batches, grouped by relationship (a relationship's claims share a batch), with the
 * articles they cite introduced in the first batch that uses them. Also counts what it made.
 */
export function* claimBatches(
  options: GeneratorOptions,
  counters: ClaimCounters = { relationships: 0, claims: 0, articles: 0, sources: 0 },
): Generator<ClaimBatch> {
  const o = { ...DEFAULTS, ...options };
  const rng = createRng(o.seed);
  const zipf = createZipfSampler(o.actors, o.zipfExponent);
  let batch: ClaimBatch = { articles: [], claims: [] };
  let article: ArticleRow | undefined;
  let articleDay = new Date();

  const nextArticle = (): ArticleRow => {
    articleDay = randomDay(rng);
    const n = counters.articles++;
    article = {
      id: `art-${n}`,
      title: `Synthetic report ${n}`,
      publisher: rng.pick(['Dawn', 'The Express Tribune', 'Geo News', 'Tolo News', 'Reuters', 'AFP', 'The News', 'Pajhwok']),
      url: `https://example.org/bench/${n}`,
      publishedAt: articleDay.toISOString().slice(0, 10),
    };
    batch.articles.push(article);
    return article;
  };

  for (let i = 0; i < o.actors; i++) {
    const ties = geometric(rng, 1, o.relationshipsPerActor);
    for (let t = 0; t < ties; t++) {
      const j = zipf(rng);
      if (j === i) continue;
      const { type, forward } = pickType(rng, kindAt(o.seed, i), kindAt(o.seed, j));
      const [sourceId, targetId] = forward ? [actorId(i), actorId(j)] : [actorId(j), actorId(i)];
      counters.relationships++;
      const evidence = geometric(rng, 1, o.claimsPerRelationship);
      for (let e = 0; e < evidence; e++) {
        const art = !article || counters.claims % o.claimsPerArticle === 0 ? nextArticle() : article;
        const origin = rng.chance(0.3) ? 'curated' : 'extracted';
        const sentenceIndex = 1 + rng.int(40);
        const text = `${type.toLowerCase().replace(/_/g, ' ')} reported between ${sourceId} and ${targetId} in report ${art.id}, sentence ${sentenceIndex}.`;
        batch.claims.push(
          toClaimRow({
            id: `clm-${counters.claims++}`,
            type,
            sourceId,
            targetId,
            articleId: art.id,
            summary: origin === 'curated' ? text : null,
            sentence: origin === 'extracted' ? text : null,
            sentenceIndex,
            date: claimDate(rng, articleDay),
            status: weighted(rng, STATUSES),
            confidence: Math.round((0.5 + rng.next() * 0.49) * 100) / 100,
            origin,
            review: origin === 'curated' ? 'accepted' : rng.chance(0.02) ? 'rejected' : 'unreviewed',
          }),
        );
      }
    }
    counters.sources = i + 1;
    if (batch.claims.length >= o.batchClaims) {
      yield batch;
      batch = { articles: [], claims: [] };
      article = undefined; // a new batch starts a new article, so every article is written with its first claims
    }
  }
  if (batch.claims.length) yield batch;
}
