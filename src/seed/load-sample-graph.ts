/**
 * Loads the sample graph: the curated actors and places of the knowledge base that the sample
 * claims need, the sample articles, and their curated claims, then projects the relationships.
 * One transaction; idempotent (every write MERGEs on a stable id), so `npm run seed` twice
 * changes nothing.
 */
import type { Gateway } from '../graph/gateway.ts';
import {
  projectRelationships,
  writeActors,
  writeArticles,
  writeClaims,
  writeLocations,
  type ActorRow,
} from '../graph/writes/write-graph.ts';
import { KNOWN_ACTORS, KNOWN_LOCATIONS } from '../knowledge/actors.ts';
import { toClaimRow } from '../model/claim.ts';
import { isActorKind } from '../model/vocabulary.ts';
import { SAMPLE_ARTICLES, SAMPLE_CLAIMS, SAMPLE_EXTRA_ACTORS } from './sample-data.ts';

/** A bulk load on a cold, busy server can take a while; it is still one transaction. */
export const SEED_TIMEOUT_MS = 120_000;

export interface SeedReport {
  actors: number;
  articles: number;
  claims: number;
  relationships: number;
}

/** The actors the sample graph holds: every endpoint of a sample claim plus the listed extras. */
export function sampleActors(): ActorRow[] {
  const wanted = new Set([...SAMPLE_CLAIMS.flatMap((c) => [c.source, c.target]), ...SAMPLE_EXTRA_ACTORS]);
  const rows: ActorRow[] = [];
  for (const id of wanted) {
    const known = KNOWN_ACTORS.find((a) => a.id === id);
    if (!known || !isActorKind(known.kind)) throw new Error(`sample graph: ${id} is not an actor of the knowledge base`);
    rows.push({ ...known, kind: known.kind });
  }
  return rows;
}

/** Loads (or re-loads, harmlessly) the sample graph in one transaction. */
export async function loadSampleGraph(gateway: Gateway): Promise<SeedReport> {
  const actors = sampleActors();
  const claims = SAMPLE_CLAIMS.map((c) =>
    toClaimRow({
      id: c.id,
      type: c.type,
      sourceId: c.source,
      targetId: c.target,
      articleId: c.article,
      summary: c.summary,
      sentenceIndex: c.sentenceIndex,
      date: c.date,
      status: c.status,
      confidence: c.confidence,
      origin: 'curated',
    }),
  );
  const keys = await gateway.writeTx(
    async (tx) => {
      await writeActors(tx, actors);
      await writeLocations(
        tx,
        KNOWN_LOCATIONS.map((l) => ({ id: l.id, name: l.name, aliases: l.aliases, description: l.description })),
      );
      await writeArticles(
        tx,
        SAMPLE_ARTICLES.map((a) => ({
          id: a.id,
          title: a.title,
          publisher: a.publisher,
          url: a.url,
          publishedAt: a.publishedAt,
          note: a.note,
        })),
      );
      const touched = await writeClaims(tx, claims);
      await projectRelationships(tx, touched);
      return touched;
    },
    { timeoutMs: SEED_TIMEOUT_MS },
  );
  return { actors: actors.length, articles: SAMPLE_ARTICLES.length, claims: claims.length, relationships: keys.length };
}
