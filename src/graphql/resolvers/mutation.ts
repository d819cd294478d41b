/**
 * Mutations (editors only: checked once per operation in src/graphql/server.ts). Each is one
 * repository call, one transaction, safe to repeat.
 */
import { notFound } from '../../errors.ts';
import type { MutationResolvers } from '../generated/types.ts';

export const mutationResolvers: MutationResolvers = {
  upsertActor: (_, { input }, { repos }) => repos.curation.upsertActor(input),
  addAlias: (_, { actorId, alias }, { repos }) => repos.curation.addAlias(actorId, alias),
  mergeActors: (_, { keep, merge }, { repos }) => repos.curation.mergeActors(keep, merge),

  async assertRelationship(_, { input }, { repos }) {
    const { claimId, relationship, created } = await repos.curation.assertRelationship(input);
    const claim = await repos.claims.byId(claimId);
    if (!claim) throw notFound('claim', claimId);
    return { claim, relationship, created };
  },

  async retractClaim(_, { id, reason }, { repos }) {
    const { claimId, relationshipRemoved, relationship } = await repos.curation.retractClaim(id, reason);
    const claim = await repos.claims.byId(claimId);
    if (!claim) throw notFound('claim', claimId);
    return { claim, relationshipRemoved, relationship };
  },

  ingestArticle: (_, { input }, { repos }) => repos.ingest.ingest(input),
  importEvents: (_, { dataset, content, release, dryRun }, { repos }) =>
    repos.imports.importEvents(dataset, content, release, dryRun ?? false),

  async reviewClaim(_, { id, verdict }, { repos }) {
    const claim = await repos.claims.byId(await repos.curation.reviewClaim(id, verdict));
    if (!claim) throw notFound('claim', id);
    return claim;
  },
};
