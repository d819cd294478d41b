/**
 * Mutations (editors only: checked once per operation in src/graphql/server.ts). Each is one
 * repository call, one transaction, safe to repeat.
 */
import { notFound } from '../../errors.ts';
import type { RequestContext } from '../context.ts';

type Args = Record<string, any>;

export const mutationResolvers = {
  upsertActor: (_: unknown, { input }: Args, { repos }: RequestContext) => repos.curation.upsertActor(input),
  addAlias: (_: unknown, { actorId, alias }: Args, { repos }: RequestContext) => repos.curation.addAlias(actorId, alias),
  mergeActors: (_: unknown, { keep, merge }: Args, { repos }: RequestContext) => repos.curation.mergeActors(keep, merge),

  async assertRelationship(_: unknown, { input }: Args, { repos }: RequestContext) {
    const { claimId, relationship, created } = await repos.curation.assertRelationship(input);
    return { claim: await repos.claims.byId(claimId), relationship, created };
  },

  async retractClaim(_: unknown, { id, reason }: Args, { repos }: RequestContext) {
    const { claimId, relationshipRemoved, relationship } = await repos.curation.retractClaim(id, reason);
    return { claim: await repos.claims.byId(claimId), relationshipRemoved, relationship };
  },

  async reviewClaim(_: unknown, { id, verdict }: Args, { repos }: RequestContext) {
    const claim = await repos.claims.byId(await repos.curation.reviewClaim(id, verdict));
    if (!claim) throw notFound('claim', id);
    return claim;
  },
};
