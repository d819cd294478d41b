/** The resolver map: one module per concern, merged here. Resolvers stay thin (args → repository → result). */
import { mutationResolvers } from './mutation.ts';
import { pathResolvers } from './paths.ts';
import { queryResolvers } from './query.ts';
import { actorResolvers, articleResolvers, claimResolvers, relationshipResolvers } from './types.ts';

export const resolvers = {
  Query: { ...queryResolvers, ...pathResolvers },
  Mutation: mutationResolvers,
  Actor: actorResolvers,
  Relationship: relationshipResolvers,
  Article: articleResolvers,
  Claim: claimResolvers,
};
