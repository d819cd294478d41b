/** The neighbourhood of one actor (by id, name or alias), bounded in depth (≤ 3) and size, ready to draw. */
import { badInput, notFound } from '../../errors.ts';
import { NEIGHBOURHOOD_BOUNDS } from '../../model/bounds.ts';
import type { Subgraph } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { template } from '../cypher.ts';
import { evidenceParam, typesParam, windowParams, type EvidenceFilter } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import { resolveActorRef } from './actor-refs.ts';

export const MAX_DEPTH = NEIGHBOURHOOD_BOUNDS.depth.max;
export const MAX_NODES = NEIGHBOURHOOD_BOUNDS.limit.max;
export const MAX_EDGES = NEIGHBOURHOOD_BOUNDS.maxEdges;

export interface NeighbourhoodArgs {
  actorId: string;
  depth?: number | null;
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
  evidence?: EvidenceFilter | null;
}

export function createNeighbourhoodRepository(gateway: Gateway) {
  return {
    async around(args: NeighbourhoodArgs): Promise<Subgraph> {
      const depth = args.depth ?? NEIGHBOURHOOD_BOUNDS.depth.default;
      const limit = args.limit ?? NEIGHBOURHOOD_BOUNDS.limit.default;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
        throw badInput(`depth must be between 1 and ${MAX_DEPTH} (got ${depth})`);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES)
        throw badInput(`limit must be between 1 and ${MAX_NODES} (got ${limit})`);
      const params = { types: typesParam(args.types), ...windowParams(args), minLevel: evidenceParam(args.evidence) };
      const actorId = await resolveActorRef(gateway, args.actorId);
      const rows = await gateway.read(template('neighbourhood', { hops: depth }), {
        actorId,
        ...params,
        limit,
        maxEdges: MAX_EDGES,
      });
      const row = rows[0];
      if (!row) throw notFound('actor', actorId);
      return {
        nodes: (row.nodes as Plain[]).map(toActor),
        edges: (row.edges as Plain[]).map(toRelationship),
        truncated: row.truncated === true,
      };
    },
  };
}
