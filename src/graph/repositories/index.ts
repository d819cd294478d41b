/**
 * The repositories a request uses, created per request (their batch loaders cache only within
 * one request). Each repository turns domain arguments into calls on the gateway.
 */
import type { Gateway } from '../gateway.ts';
import { createActorRepository } from './actors.ts';
import { createArticleRepository } from './articles.ts';
import { createClaimRepository } from './claims.ts';
import { createCurationRepository } from './curation.ts';
import { createHealthRepository } from './health.ts';
import { createImportRepository } from './import-events.ts';
import { createIngestRepository } from './ingest.ts';
import { createExportRepository } from './export.ts';
import { createLocationRepository } from './locations.ts';
import { createNeighbourhoodRepository } from './neighbourhood.ts';
import { createPathRepository } from './paths.ts';
import { createRelationshipRepository } from './relationships.ts';
import { createStatsRepository } from './stats.ts';

/** Creates a request's repositories over the shared gateway; `by` names the editor for the record. */
export function createRepositories(gateway: Gateway, by: string | null = null, pathTimeoutMs = 10_000) {
  const claims = createClaimRepository(gateway);
  const neighbourhood = createNeighbourhoodRepository(gateway);
  return {
    curation: createCurationRepository(gateway, by),
    ingest: createIngestRepository(gateway),
    imports: createImportRepository(gateway),
    health: createHealthRepository(gateway),
    actors: createActorRepository(gateway),
    relationships: createRelationshipRepository(gateway),
    claims,
    locations: createLocationRepository(gateway),
    articles: createArticleRepository(gateway),
    stats: createStatsRepository(gateway),
    neighbourhood,
    exports: createExportRepository(gateway, { neighbourhood, claims }),
    paths: createPathRepository(gateway, pathTimeoutMs),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
