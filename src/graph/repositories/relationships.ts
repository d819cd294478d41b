/** Reading relationships: for actors (batched), across the graph, and evidence by claim id. */
import { query } from '../cypher.ts';
import { relationshipParams, type RelationshipFilterInput } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toClaim, toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import type { Actor, Claim, Page, Relationship } from '../../model/types.ts';
import { createPageLoader, type PageArgs } from './batch.ts';

export function createRelationshipRepository(gateway: Gateway) {
  const ofActor = createPageLoader(
    gateway,
    query('relationships-by-actor'),
    (args: RelationshipFilterInput & PageArgs) => ({ ...relationshipParams(args), withEvidence: false }),
    toRelationship,
  );

  return {
    /** A page of one actor's relationships; calls for many actors with equal filters share one query. */
    ofActor: (actorId: string, args: RelationshipFilterInput & PageArgs) => ofActor.load(actorId, args),

    /**
     * One actor, a page of its relationships and their evidence claims, in one statement (the
     * same query as `ofActor`, asked for the actor and the evidence too). The page is kept for a
     * later `ofActor` with equal arguments; the caller keeps the actor and the claims.
     */
    async actorWithEvidence(
      actorId: string,
      args: RelationshipFilterInput & PageArgs,
    ): Promise<{ actor: Actor | null; evidence: Claim[] }> {
      const [row] = await gateway.read(query('relationships-by-actor'), {
        keys: [actorId],
        ...relationshipParams(args),
        withEvidence: true,
        offset: args.offset,
        first: args.first,
      });
      const page = { total: Number(row?.total ?? 0), items: ((row?.items as Plain[]) ?? []).map(toRelationship) };
      ofActor.prime(actorId, args, page);
      return { actor: row?.actor ? toActor(row.actor) : null, evidence: ((row?.evidence as Plain[]) ?? []).map(toClaim) };
    },

    /** A page of all relationships matching the filter. */
    async find(args: RelationshipFilterInput & PageArgs): Promise<Page<Relationship>> {
      const [row] = await gateway.read(query('relationships-all'), { ...relationshipParams(args), offset: args.offset, first: args.first });
      return { total: Number(row?.total ?? 0), items: ((row?.items as Plain[]) ?? []).map(toRelationship) };
    },
  };
}
