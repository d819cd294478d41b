/** Reading relationships: for actors (batched), across the graph, and evidence by claim id. */
import { query } from '../cypher.ts';
import { relationshipParams, type RelationshipFilterInput } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import type { Page, Relationship } from '../../model/types.ts';
import { createPageLoader, type PageArgs } from './batch.ts';

export function createRelationshipRepository(gateway: Gateway) {
  const ofActor = createPageLoader(
    gateway,
    query('relationships-by-actor'),
    (args: RelationshipFilterInput & PageArgs) => relationshipParams(args),
    toRelationship,
  );

  return {
    /** A page of one actor's relationships; calls for many actors with equal filters share one query. */
    ofActor: (actorId: string, args: RelationshipFilterInput & PageArgs) => ofActor.load(actorId, args),

    /** A page of all relationships matching the filter. */
    async find(args: RelationshipFilterInput & PageArgs): Promise<Page<Relationship>> {
      const [row] = await gateway.read(query('relationships-all'), { ...relationshipParams(args), offset: args.offset, first: args.first });
      return { total: Number(row?.total ?? 0), items: ((row?.items as Plain[]) ?? []).map(toRelationship) };
    },
  };
}
