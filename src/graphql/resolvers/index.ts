/** The resolver map: one module per concern, merged here. Resolvers stay thin (args → repository → result). */
import { queryResolvers } from './query.ts';
import { actorResolvers, articleResolvers, relationshipResolvers } from './types.ts';

export const resolvers = {
  Query: queryResolvers,
  Actor: actorResolvers,
  Relationship: relationshipResolvers,
  Article: articleResolvers,
};
