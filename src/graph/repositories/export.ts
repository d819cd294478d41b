/**
 * What `GET /export/{graphml,gexf,csv}` writes: a bounded subgraph with the claims behind its
 * edges. Either an actor's neighbourhood (the same arguments and bounds as the `neighbourhood`
 * query) or an explicit list of actors — the explorer's current view — with every relationship
 * among them that passes the filters. Everything is read before the first byte is sent, so a
 * bad argument is still a JSON error; the sizes are capped by EXPORT_BOUNDS and a cut is told.
 */
import { badInput } from '../../errors.ts';
import type { Claim, Subgraph } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { NEIGHBOURHOOD_BOUNDS } from '../../model/bounds.ts';
import { query } from '../cypher.ts';
import { confidenceParam, evidenceParam, typesParam, windowParams, type EvidenceFilter } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import type { createClaimRepository } from './claims.ts';
import type { createNeighbourhoodRepository } from './neighbourhood.ts';

export const EXPORT_BOUNDS = Object.freeze({ maxIds: 1000, maxEdges: NEIGHBOURHOOD_BOUNDS.maxEdges, maxClaims: 10_000 });

export interface ExportArgs {
  /** The view's actors (ids), or … */
  ids?: readonly string[] | null;
  /** … one actor's neighbourhood (id, name or alias), `depth` and `limit` as in the API. */
  actor?: string | null;
  depth?: number | null;
  limit?: number | null;
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
  evidence?: EvidenceFilter | null;
}

export interface ExportData extends Subgraph {
  claims: Claim[];
}

/** Reads the export's subgraph and claims (see the module comment for the bounds). */
export function createExportRepository(
  gateway: Gateway,
  deps: { neighbourhood: ReturnType<typeof createNeighbourhoodRepository>; claims: ReturnType<typeof createClaimRepository> },
) {
  async function viewOf(ids: readonly string[], args: ExportArgs): Promise<Subgraph> {
    if (ids.length > EXPORT_BOUNDS.maxIds)
      throw badInput(`ids: at most ${EXPORT_BOUNDS.maxIds} actors (got ${ids.length})`, { argument: 'ids' });
    const [row] = await gateway.read(query('export-subgraph'), {
      ids: [...new Set(ids)],
      types: typesParam(args.types),
      minConfidence: confidenceParam(args.minConfidence),
      minLevel: evidenceParam(args.evidence),
      ...windowParams(args),
      maxEdges: EXPORT_BOUNDS.maxEdges,
    });
    return {
      nodes: ((row?.nodes as Plain[]) ?? []).map(toActor),
      edges: ((row?.edges as Plain[]) ?? []).map(toRelationship),
      truncated: row?.truncated === true,
    };
  }

  return {
    async read(args: ExportArgs): Promise<ExportData> {
      if (!args.ids === !args.actor)
        throw badInput('give either ids (the actors of a view) or actor (a neighbourhood)', { argument: 'ids' });
      const graph = args.ids
        ? await viewOf(args.ids, args)
        : await deps.neighbourhood.around({
            actorId: args.actor!,
            depth: args.depth,
            limit: args.limit,
            types: args.types,
            from: args.from,
            to: args.to,
            evidence: args.evidence,
          });
      const edges = args.minConfidence == null ? graph.edges : graph.edges.filter((e) => e.confidence >= args.minConfidence!);
      const claimIds = edges.flatMap((e) => e.claimIds);
      const claims = await deps.claims.many(claimIds.slice(0, EXPORT_BOUNDS.maxClaims));
      return { nodes: graph.nodes, edges, claims, truncated: graph.truncated || claimIds.length > EXPORT_BOUNDS.maxClaims };
    },
  };
}
